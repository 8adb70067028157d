package de.lenkrunde.meetings.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteConfiguration;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.meetings.MeetingListItem;
import de.lenkrunde.meetings.MeetingStatus;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A month drawn on the server as a table of weeks (Monday first), each day with links to its meetings.
 * A real table, so screen readers announce weekday and date for every entry.
 */
class MonthOverview extends Composite<Div> {

    void show(YearMonth month, List<MeetingListItem> meetings) {
        Div root = getContent();
        root.removeAll();
        root.addClassName("month-overview");
        Map<LocalDate, List<MeetingListItem>> byDay = meetings.stream()
                .collect(Collectors.groupingBy(m -> m.startsAt().atZone(Formats.ZONE).toLocalDate()));
        com.vaadin.flow.dom.Element table = new com.vaadin.flow.dom.Element("table");
        table.setAttribute("aria-label", month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, getLocale()) + " " + month.getYear());
        com.vaadin.flow.dom.Element head = new com.vaadin.flow.dom.Element("tr");
        for (DayOfWeek day : DayOfWeek.values()) {
            com.vaadin.flow.dom.Element th = new com.vaadin.flow.dom.Element("th");
            th.setAttribute("scope", "col");
            th.setText(day.getDisplayName(TextStyle.SHORT, getLocale()));
            th.setAttribute("abbr", day.getDisplayName(TextStyle.FULL, getLocale()));
            head.appendChild(th);
        }
        com.vaadin.flow.dom.Element thead = new com.vaadin.flow.dom.Element("thead");
        thead.appendChild(head);
        table.appendChild(thead);
        com.vaadin.flow.dom.Element body = new com.vaadin.flow.dom.Element("tbody");
        LocalDate first = month.atDay(1);
        LocalDate cursor = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        LocalDate today = Formats.today();
        while (!cursor.isAfter(month.atEndOfMonth())) {
            com.vaadin.flow.dom.Element week = new com.vaadin.flow.dom.Element("tr");
            for (int i = 0; i < 7; i++) {
                week.appendChild(cell(cursor, month, today, byDay.getOrDefault(cursor, List.of())));
                cursor = cursor.plusDays(1);
            }
            body.appendChild(week);
        }
        table.appendChild(body);
        root.getElement().appendChild(table);
        if (meetings.isEmpty()) {
            root.add(new Div(getTranslation("meetings.month.empty")));
        }
    }

    private com.vaadin.flow.dom.Element cell(LocalDate day, YearMonth month, LocalDate today, List<MeetingListItem> meetings) {
        com.vaadin.flow.dom.Element td = new com.vaadin.flow.dom.Element("td");
        if (!YearMonth.from(day).equals(month)) {
            td.getClassList().add("other-month");
        }
        if (day.equals(today)) {
            td.getClassList().add("today");
            td.setAttribute("aria-current", "date");
        }
        Span number = new Span(String.valueOf(day.getDayOfMonth()));
        number.addClassName("day-number");
        td.appendChild(number.getElement());
        for (MeetingListItem meeting : meetings) {
            String route = RouteConfiguration.forSessionScope().getUrl(MeetingView.class, MeetingView.parameters(meeting.id()));
            Anchor link = new Anchor(route, MeetingTexts.time(meeting.startsAt()) + " " + meeting.bodyName());
            link.addClassName("month-entry");
            if (meeting.status() == MeetingStatus.CANCELLED) {
                link.addClassName("cancelled");
                link.setText(link.getText() + " (" + getTranslation("meetingStatus.CANCELLED") + ")");
            }
            link.setTitle(meeting.title());
            td.appendChild(link.getElement());
        }
        return td;
    }
}
