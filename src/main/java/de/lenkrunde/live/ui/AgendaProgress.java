package de.lenkrunde.live.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import de.lenkrunde.meetings.AgendaItemState;
import de.lenkrunde.meetings.MeetingStatus;
import de.lenkrunde.meetings.RunItem;
import de.lenkrunde.meetings.RunState;

import java.util.function.LongConsumer;

/**
 * The agenda as held: every TOP with its state, the current one highlighted (aria-current). In the console an open
 * item can be called to jump to it; in the members' view and on the projector the list only shows. A reader who may
 * not see the non-public part gets one line for it while it runs.
 */
class AgendaProgress extends Composite<Div> {

    private final OrderedList list = new OrderedList();
    private final LongConsumer goTo;

    /** @param goTo called with the item id to jump to, or {@code null} where the list only shows */
    AgendaProgress(LongConsumer goTo) {
        this.goTo = goTo;
        list.addClassName("agenda-progress");
        list.getElement().setAttribute("aria-label", getTranslation("agenda.title"));
        getContent().add(list);
    }

    void show(RunState state) {
        list.removeAll();
        for (RunItem item : state.items()) {
            list.add(entry(state, item));
        }
        if (state.currentHidden()) {
            ListItem hidden = new ListItem(new Span(""), new Span(getTranslation("live.nonPublicPart")));
            hidden.addClassNames("current", "non-public-part");
            hidden.getElement().setAttribute("aria-current", "step");
            list.add(hidden);
        }
    }

    private ListItem entry(RunState state, RunItem item) {
        ListItem entry = new ListItem();
        entry.addClassName("state-" + item.state().name().toLowerCase());
        if (item.depth() > 0) {
            entry.addClassName("sub-item");
        }
        boolean current = state.currentItemId() != null && state.currentItemId() == item.itemId();
        if (current) {
            entry.addClassName("current");
            entry.getElement().setAttribute("aria-current", "step");
        }
        Span number = new Span(item.number());
        number.addClassName("progress-number");
        Span title = new Span(item.title());
        title.addClassName("progress-title");
        Div body = new Div(title);
        body.addClassName("progress-body");
        if (item.state() != AgendaItemState.OPEN) {
            body.add(badge(getTranslation("agendaItemState." + item.state().name()),
                    item.state() == AgendaItemState.DONE ? "badge success small" : "badge contrast small"));
        }
        if (item.urgent()) {
            body.add(badge(getTranslation("live.urgent"), "badge error small"));
        }
        if (item.nonPublic()) {
            body.add(badge(getTranslation("agenda.nonPublic"), "badge small"));
        }
        entry.add(number, body);
        if (goTo != null && item.open() && !current && state.status() == MeetingStatus.IN_PROGRESS && state.may(de.lenkrunde.meetings.RunAction.RUN)) {
            Button jump = new Button(getTranslation("live.goTo"), e -> goTo.accept(item.itemId()));
            jump.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            jump.setAriaLabel(getTranslation("live.goToLabel", item.number(), item.title()));
            entry.add(jump);
        }
        return entry;
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().setAttribute("theme", theme);
        return badge;
    }
}
