package de.lenkrunde.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import de.lenkrunde.meetings.MeetingDetails;

/**
 * Below the builder's list: planned time, when the agenda would end and when the meeting is to end, with a warning
 * when it runs over. Announced politely to screen readers as items are added or moved.
 */
class AgendaTotals extends Div {

    AgendaTotals() {
        getElement().setAttribute("aria-live", "polite");
        addClassName("agenda-totals");
    }

    void show(MeetingDetails meeting) {
        removeAll();
        add(new Span(getTranslation("agenda.totals", duration(this, meeting.plannedMinutes()),
                MeetingTexts.time(meeting.plannedAgendaEnd()), MeetingTexts.time(meeting.endsAt()))));
        removeClassName("overrun");
        if (meeting.overrunMinutes() > 0) {
            addClassName("overrun");
            Span warning = new Span(getTranslation("agenda.overrun", duration(this, (int) meeting.overrunMinutes())));
            warning.addClassName("overrun-warning");
            add(new Div(VaadinIcon.WARNING.create(), warning));
        }
    }

    /** "2 h 15 min", "45 min". */
    static String duration(Component c, int minutes) {
        int hours = minutes / 60;
        int rest = minutes % 60;
        if (hours == 0) {
            return c.getTranslation("duration.minutes", rest);
        }
        return rest == 0 ? c.getTranslation("duration.hours", hours) : c.getTranslation("duration.hoursMinutes", hours, rest);
    }
}
