package de.lenkrunde.live.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import de.lenkrunde.meetings.AgendaItemState;
import de.lenkrunde.meetings.RunItem;
import de.lenkrunde.meetings.RunState;

import java.util.function.LongConsumer;

/**
 * The agenda as held: every TOP with its state, the current one highlighted (aria-current). In the
 * console an open item can be chosen to jump to it; in the members' view and on the projector it only shows.
 */
class AgendaProgress extends Composite<Div> {

    private final OrderedList list = new OrderedList();
    private final LongConsumer goTo;

    /** @param goTo called with the item id to jump to, or {@code null} where the list only shows */
    AgendaProgress(LongConsumer goTo) {
        this.goTo = goTo;
        list.addClassName("agenda-progress");
        getContent().add(list);
    }

    void show(RunState state) {
        list.removeAll();
        for (RunItem item : state.items()) {
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
            entry.add(number, title);
            if (item.state() != AgendaItemState.OPEN) {
                Span mark = new Span(getTranslation("agendaItemState." + item.state().name()));
                mark.getElement().getThemeList().add(item.state() == AgendaItemState.DONE ? "badge success small" : "badge contrast small");
                entry.add(mark);
            }
            if (item.urgent()) {
                Span urgent = new Span(getTranslation("live.urgent"));
                urgent.getElement().getThemeList().add("badge error small");
                entry.add(urgent);
            }
            if (goTo != null && item.state() == AgendaItemState.OPEN && !current
                    && state.status() == de.lenkrunde.meetings.MeetingStatus.IN_PROGRESS) {
                Button jump = new Button(getTranslation("live.goTo"), e -> goTo.accept(item.itemId()));
                jump.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                jump.setAriaLabel(getTranslation("live.goToLabel", item.number(), item.title()));
                entry.add(jump);
            }
            list.add(entry);
        }
    }
}
