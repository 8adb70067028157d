package de.lenkrunde;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden journey of a meeting in Chromium: the demo chair plans a meeting of the Lenkrunde, reorders the agenda
 * with the keyboard (Alt+↓) and the "Nach unten" button — the accessible alternatives to dragging rows — and
 * the planning form, the builder, the meeting page, the list and the month overview pass axe.
 */
class MeetingBrowserIT extends BrowserTest {

    /** The agenda grid's rows in display order as "number title", read through the slots of its shadow DOM. */
    private static final String AGENDA_ROWS = """
            grid => [...grid.shadowRoot.querySelectorAll('#items tr')]
                .filter(tr => !tr.hidden && tr.getAttribute('aria-rowindex'))
                .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
                .map(tr => [...tr.querySelectorAll('td')].slice(0, 2)
                    .map(td => {
                        const slot = td.querySelector('slot');
                        return slot ? slot.assignedNodes({flatten: true}).map(n => n.textContent).join('').trim() : '';
                    })
                    .join(' ').trim())
                .filter(text => text.length > 0)
            """;

    @Test
    void the_chair_plans_a_meeting_and_reorders_the_agenda_without_dragging() {
        logInAsDemoUser("vorsitz");
        List<String> problems = new ArrayList<>();

        open("/sitzungen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sitzung planen")).click();
        waitForVaadin();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sitzung planen").setLevel(1))).isVisible();
        assertThat(page.getByLabel("Gremium")).hasValue("Lenkrunde Lindenhain");
        page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)).fill("Sondersitzung Jugendraum");
        page.getByLabel("Raum", new Page.GetByLabelOptions().setExact(true)).fill("Ratssaal");
        page.getByLabel("Anschrift").fill("Marktplatz 1, Lindenhain");
        screenshot("meeting-editor");
        problems.addAll(blockingViolations("meeting editor"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/sitzungen/\\d+/tagesordnung$"));
        waitForVaadin();

        Locator grid = page.locator("vaadin-grid#agenda-grid");
        assertThat(page.locator("h1")).containsText("Tagesordnung: Lenkrunde Lindenhain am");
        assertAgenda(grid, "1 Eröffnung und Begrüßung",
                "2 Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit", "3 Genehmigung der Tagesordnung",
                "4 Genehmigung der Niederschrift der letzten Sitzung", "5 Verschiedenes");

        // select TOP 3 and move it down with the keyboard
        grid.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Genehmigung der Tagesordnung"))
                .first().click();
        waitForVaadin();
        assertThat(page.locator(".side-form-title")).hasText("TOP 3 bearbeiten");
        page.keyboard().press("Alt+ArrowDown");
        waitForVaadin();
        assertAgenda(grid, "1 Eröffnung und Begrüßung",
                "2 Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit",
                "3 Genehmigung der Niederschrift der letzten Sitzung", "4 Genehmigung der Tagesordnung", "5 Verschiedenes");
        assertThat(page.locator(".side-form-title")).hasText("TOP 4 bearbeiten");

        // and once more with the toolbar button
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nach unten")).click();
        waitForVaadin();
        assertAgenda(grid, "1 Eröffnung und Begrüßung",
                "2 Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit",
                "3 Genehmigung der Niederschrift der letzten Sitzung", "4 Verschiedenes", "5 Genehmigung der Tagesordnung");
        screenshot("agenda-builder");
        problems.addAll(blockingViolations("agenda builder"));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zur Sitzung")).click();
        page.waitForURL(Pattern.compile(".*/sitzungen/\\d+$"));
        waitForVaadin();
        assertThat(page.locator("h1")).hasText("Lenkrunde Lindenhain: Sondersitzung Jugendraum");
        assertThat(page.locator(".agenda-entry").nth(3)).containsText("TOP 4Verschiedenes");
        screenshot("meeting-page");
        problems.addAll(blockingViolations("meeting page"));

        open("/sitzungen");
        assertThat(page.locator("vaadin-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Sondersitzung Jugendraum")).first()).isAttached();
        waitForVaadin();
        screenshot("meetings-list");
        problems.addAll(blockingViolations("meetings list"));

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Monatsübersicht")).click();
        waitForVaadin();
        // other browser tests share this server and may have planned Lenkrunde meetings in the same month: pick ours by its title
        Locator entry = page.locator(".month-entry[title='Sondersitzung Jugendraum']");
        if (entry.count() == 0) {
            // two weeks ahead may be next month
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nächster Monat")).click();
            waitForVaadin();
        }
        assertThat(entry).hasCount(1);
        assertThat(entry).hasText("18:00 Lenkrunde Lindenhain");
        screenshot("meetings-month");
        problems.addAll(blockingViolations("meetings month"));

        assertThat(problems).as("serious/critical axe violations").isEmpty();
    }

    /** The grid renders after the round trip that changed its items: asks again until it shows them or time is up. */
    private void assertAgenda(Locator grid, String... expected) {
        long deadline = System.currentTimeMillis() + (long) STEP_MS;
        List<String> shown = agendaRows(grid);
        while (!shown.equals(List.of(expected)) && System.currentTimeMillis() < deadline) {
            page.waitForTimeout(100);
            shown = agendaRows(grid);
        }
        assertThat(shown).containsExactly(expected);
    }

    @SuppressWarnings("unchecked")
    private static List<String> agendaRows(Locator grid) {
        return (List<String>) grid.evaluate(AGENDA_ROWS);
    }
}
