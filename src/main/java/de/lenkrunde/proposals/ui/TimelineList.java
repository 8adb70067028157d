package de.lenkrunde.proposals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.ReferenceLinks;
import de.lenkrunde.proposals.TimelineEntry;
import org.springframework.modulith.NamedInterface;

import java.util.ArrayList;
import java.util.List;

/**
 * A case record's timeline as read-only list, newest first: each step as a plain German sentence ("Am 12.03.2026 von
 * der Fokusgruppe Jugend an die Lenkrunde eingereicht") with its reason and its cause, linked where the reader may
 * open it. Shown on the proposal's page and, for the proposal a decision is about, on the decision's page.
 */
@NamedInterface("timeline")
public class TimelineList extends OrderedList {

    public TimelineList(List<TimelineEntry> timeline) {
        addClassName("timeline");
        timeline.forEach(entry -> add(item(entry)));
    }

    private ListItem item(TimelineEntry entry) {
        ListItem item = new ListItem();
        item.addClassName("timeline-entry");
        item.add(new Paragraph(sentence(entry)));
        if (entry.reason() != null) {
            String label = entry.kind() == TimelineEntry.Kind.COMMENT ? ""
                    : getTranslation(entry.action().equals("COMPLETE") ? "proposal.timeline.result"
                    : entry.kind() == TimelineEntry.Kind.PROGRESS ? "register.timeline.note" : "proposal.timeline.reason") + " ";
            Paragraph reason = new Paragraph(label + entry.reason());
            reason.addClassName("timeline-reason");
            item.add(reason);
        }
        if (entry.cause() != null && entry.cause().label() != null) {
            Component cause = ReferenceLinks.linkOrText(entry.cause().route(), entry.cause().label());
            item.add(new Div(new Span(getTranslation("proposal.timeline.cause") + " "), cause));
        }
        return item;
    }

    /** The sentence of one step: date, actor, then the action's own arguments (group and body names …). */
    String sentence(TimelineEntry entry) {
        List<Object> args = new ArrayList<>();
        args.add(Formats.dateTime(entry.occurredAt()));
        args.add(entry.actorName() == null ? getTranslation("audit.system") : entry.actorName());
        args.addAll(entry.arguments());
        return getTranslation("timeline." + entry.action(), args.toArray());
    }
}
