package de.lenkrunde.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.meetings.MeetingListItem;
import de.lenkrunde.meetings.MeetingStatus;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** How the meeting views write times, places and states, in one place. */
final class MeetingTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private MeetingTexts() {
    }

    static String time(Instant instant) {
        return TIME.format(instant.atZone(Formats.ZONE));
    }

    /** "Mi., 03.12.2026, 18:00–20:00" in the reader's language. */
    static String when(Component c, Instant start, Instant end) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE, dd.MM.yyyy", c.getUI().map(com.vaadin.flow.component.UI::getLocale).orElse(java.util.Locale.GERMANY));
        return day.format(start.atZone(Formats.ZONE)) + ", " + time(start) + "–" + time(end);
    }

    static String place(Component c, String room, String onlineLink) {
        if (room != null && onlineLink != null) {
            return c.getTranslation("meeting.place.hybrid", room);
        }
        return room != null ? room : c.getTranslation("meeting.place.online");
    }

    static String place(Component c, MeetingListItem item) {
        return place(c, item.room(), item.onlineLink());
    }

    static Span statusBadge(Component c, MeetingStatus status) {
        Span badge = new Span(c.getTranslation("meetingStatus." + status.name()));
        String theme = switch (status) {
            case PLANNED -> "badge";
            case INVITED, IN_PROGRESS -> "badge success";
            case CANCELLED -> "badge error";
            default -> "badge contrast";
        };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }
}
