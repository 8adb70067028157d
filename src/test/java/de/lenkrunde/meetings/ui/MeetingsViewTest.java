package de.lenkrunde.meetings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.tabs.TabSheet;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.meetings.MeetingListItem;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** "Sitzungen": the list and the month overview show a planned meeting to its body's chair. */
class MeetingsViewTest extends MeetingUiTest {

    @Test
    void the_list_shows_the_planned_meeting_and_opens_it() {
        long meeting = planMeeting("2. Sitzung 2026");
        login("vorsitz");
        UI.getCurrent().navigate(MeetingsView.class);

        @SuppressWarnings("unchecked")
        Grid<MeetingListItem> grid = _get(Grid.class);
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormattedRow(grid, 0)).containsSubsequence("Lenkrunde Nordstadt", "2. Sitzung 2026", "Ratssaal");
        assertThat(_getFormattedRow(grid, 0).get(0)).endsWith(", 18:00–20:00");
        assertThat(_get(Button.class, spec -> spec.withText("Sitzung planen")).isVisible()).isTrue();

        com.github.mvysny.kaributesting.v10.GridKt._clickItem(grid, 0);
        assertThat(_get(MeetingView.class)).isNotNull();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("sitzungen/" + meeting);
    }

    @Test
    void the_month_tab_shows_the_meeting_on_its_day() {
        long meeting = planMeeting("2. Sitzung 2026");
        YearMonth month = YearMonth.from(testData.as("vorsitz", () -> meetings.get(meeting)).startsAt().atZone(Formats.ZONE));
        login("vorsitz");
        UI.getCurrent().navigate(MeetingsView.class);

        _get(TabSheet.class).setSelectedIndex(1);
        // the meeting lies two weeks or more ahead: maybe next month
        YearMonth shown = YearMonth.from(Formats.today());
        while (shown.isBefore(month)) {
            _click(_get(Button.class, spec -> spec.withPredicate(b -> b.getAriaLabel().filter("Nächster Monat"::equals).isPresent())));
            shown = shown.plusMonths(1);
        }
        assertThat(_find(H2.class).stream().map(H2::getText)).anyMatch(t -> t.endsWith(" " + month.getYear()));
        var entries = _find(Anchor.class, spec -> spec.withClasses("month-entry"));
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).getText()).isEqualTo("18:00 Lenkrunde Nordstadt");
        assertThat(entries.get(0).getHref()).isEqualTo("sitzungen/" + meeting);
        assertThat(entries.get(0).getTitle()).hasValue("2. Sitzung 2026");
    }

    @Test
    void an_outsider_sees_no_planned_meeting_and_cannot_plan() {
        planMeeting("2. Sitzung 2026");
        login("nachbar");
        UI.getCurrent().navigate(MeetingsView.class);

        assertThat(_size(_get(Grid.class))).isZero();
        assertThat(_find(Button.class, spec -> spec.withText("Sitzung planen"))).isEmpty();
    }
}
