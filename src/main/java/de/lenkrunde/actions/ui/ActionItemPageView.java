package de.lenkrunde.actions.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import de.lenkrunde.actions.ActionItemDetails;
import de.lenkrunde.actions.ActionItemEvent;
import de.lenkrunde.actions.ActionItemService;
import de.lenkrunde.actions.ActionItemView;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.EmptyState;
import de.lenkrunde.base.ui.ViewHeader;
import de.lenkrunde.base.validation.RecordNotFoundException;
import jakarta.annotation.security.PermitAll;

/**
 * One action item: what, who, by when, status and progress (overdue marked), where it came from (body, meeting,
 * decision), its story, and for those who may the follow-up form. The route {@code aufgaben/<id>} is the one
 * {@link ActionItemService#route} names (notifications and reminders link here).
 */
@Route("aufgaben/:id([0-9]+)")
@PermitAll
public class ActionItemPageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ActionItemService actions;
    private final ViewHeader header = new ViewHeader("");
    private final Div facts = new Div();
    private final OrderedList story = new OrderedList();
    private final Div storyBox = new Div();
    private final ActionItemEditor editor;
    private ActionItemDetails details;

    public ActionItemPageView(ActionItemService actions) {
        this.actions = actions;
        this.editor = new ActionItemEditor(actions, this::reload, this::reload);
        story.setId("action-story");
        Div content = new Div(new RouterLink(getTranslation("action.backToList"), MyActionItemsView.class), facts, editor, storyBox);
        content.addClassName("view-content");
        add(header, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            details = actions.get(event.getRouteParameters().getLong("id").orElse(-1L));
        } catch (RecordNotFoundException notVisible) {
            event.rerouteToError(notVisible, "");
            return;
        }
        render();
    }

    private void reload() {
        details = actions.get(details.item().id());
        render();
    }

    private void render() {
        ActionItemView item = details.item();
        header.setTitle(item.description());
        facts.removeAll();
        Span status = RegisterTexts.statusBadge(this, item.status(), item.overdue());
        status.setId("action-status");
        facts.add(new Paragraph(status, new Span(" " + getTranslation("action.progressValue", item.progress()))),
                new Paragraph(getTranslation("action.ownerLine", item.owner().name(), Formats.date(item.dueDate()))),
                new Paragraph(getTranslation("action.origin", details.bodyName())));
        if (details.meetingRoute() != null) {
            facts.add(new Paragraph(new Anchor(details.meetingRoute(), getTranslation("action.openMeeting"))));
        }
        if (details.decisionRoute() != null) {
            facts.add(new Paragraph(new Span(getTranslation("action.decision") + " "), new Anchor(details.decisionRoute(), details.decisionLabel())));
        }
        if (details.cancelReason() != null) {
            facts.add(new Paragraph(getTranslation("action.cancelledBecause", details.cancelReason())));
        }
        editor.show(item);
        editor.setVisible(details.mayUpdate() && item.status().pending());

        storyBox.removeAll();
        storyBox.add(new H2(getTranslation("action.story")));
        story.removeAll();
        if (details.story().isEmpty()) {
            storyBox.add(new EmptyState(getTranslation("action.story.empty")));
        } else {
            details.story().forEach(event -> story.add(entry(event)));
            storyBox.add(story);
        }
    }

    private ListItem entry(ActionItemEvent event) {
        String who = event.actorName() == null ? getTranslation("audit.system") : event.actorName();
        String when = Formats.dateTime(event.occurredAt());
        String line = switch (event.kind()) {
            case PROGRESS -> getTranslation("action.story.progress", when, who, event.progress());
            case STATUS -> getTranslation("action.story.status", when, who, getTranslation("actionStatus." + event.toStatus().name()));
            case DUE_DATE -> getTranslation("action.story.dueDate", when, who, Formats.date(event.oldDueDate()), Formats.date(event.newDueDate()));
        };
        ListItem item = new ListItem(new Paragraph(line));
        if (event.text() != null) {
            Paragraph text = new Paragraph(event.text());
            text.addClassName("timeline-reason");
            item.add(text);
        }
        return item;
    }

    @Override
    public String getPageTitle() {
        return (details == null ? getTranslation("action.menu") : details.item().description()) + " – " + getTranslation("app.name");
    }
}
