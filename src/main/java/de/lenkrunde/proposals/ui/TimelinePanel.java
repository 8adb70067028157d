package de.lenkrunde.proposals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.EmptyState;
import de.lenkrunde.base.ui.FormErrors;
import de.lenkrunde.base.ui.ReferenceLinks;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.proposals.ProposalAction;
import de.lenkrunde.proposals.ProposalDetails;
import de.lenkrunde.proposals.ProposalService;
import de.lenkrunde.proposals.TimelineEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * The case record's story, newest first, each step as a plain German sentence ("Am 12.03.2026 von der
 * Fokusgruppe Jugend an die Lenkrunde eingereicht") with its reason and a link to its cause; and,
 * for those who may, a field to comment.
 */
class TimelinePanel extends Div {

    private static final int COMMENT_MAX = 2000;

    private final ProposalService proposals;
    private final Runnable onChanged;
    private final OrderedList entries = new OrderedList();

    TimelinePanel(ProposalService proposals, Runnable onChanged) {
        this.proposals = proposals;
        this.onChanged = onChanged;
        entries.addClassName("timeline");
        entries.setId("timeline");
    }

    void show(ProposalDetails proposal) {
        removeAll();
        add(new H2(getTranslation("proposal.timeline")));
        if (proposal.may(ProposalAction.COMMENT)) {
            add(commentForm(proposal));
        }
        entries.removeAll();
        List<TimelineEntry> timeline = proposals.timeline(proposal.id());
        if (timeline.isEmpty()) {
            add(new EmptyState(getTranslation("proposal.timeline.empty")));
            return;
        }
        timeline.forEach(entry -> entries.add(item(entry)));
        add(entries);
    }

    private Component commentForm(ProposalDetails proposal) {
        TextArea comment = new TextArea(getTranslation("proposal.comment"));
        comment.setMaxLength(COMMENT_MAX);
        comment.setWidthFull();
        comment.setValueChangeMode(ValueChangeMode.EAGER);
        comment.setHelperText(getTranslation("form.counter", 0, COMMENT_MAX));
        comment.addValueChangeListener(e -> comment.setHelperText(getTranslation("form.counter", e.getValue().length(), COMMENT_MAX)));
        Div message = new Div();
        FormErrors errors = new FormErrors(this, message::setText).field("comment", comment);
        Button send = new Button(getTranslation("proposal.comment.send"), e -> {
            try {
                proposals.comment(proposal.id(), comment.getValue());
                comment.clear();
                Toasts.success(getTranslation("proposal.comment.sent"));
                onChanged.run();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        return new Div(comment, message, send);
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
