package de.lenkrunde;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Beschlusskontrolle in Chromium on the demo town: the chair opens "Beschlüsse", filters by a word and by
 * "ohne Umsetzung", opens a decision with its context; the resident "mitglied" finds the overdue item in "Meine
 * Aufgaben". Axe scans of the register, the decision page and "Meine Aufgaben".
 */
class DecisionRegisterBrowserIT extends BrowserTest {

    private Locator gridCells(String gridId) {
        return page.locator("vaadin-grid#" + gridId + " vaadin-grid-cell-content");
    }

    @Test
    void the_chair_filters_the_register_and_opens_a_decision() {
        logInAsDemoUser("vorsitz");
        List<String> problems = new ArrayList<>();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beschlüsse")).first().click();
        page.waitForURL(Pattern.compile(".*/beschluesse$"));
        waitForVaadin();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Beschlüsse").setLevel(1))).isVisible();
        assertThat(gridCells("register-grid").filter(new Locator.FilterOptions().setHasText("Bücherschrank am Marktplatz")).first()).isAttached();
        assertThat(gridCells("register-grid").filter(new Locator.FilterOptions().setHasText("Graffiti-Wand am Jugendclub")).first()).isAttached();
        screenshot("register");
        problems.addAll(blockingViolations("register"));

        // "ohne Umsetzung": the bookcase's item is done, the dates' items are not
        page.getByLabel("ohne Umsetzung").check();
        waitForVaadin();
        assertThat(gridCells("register-grid").filter(new Locator.FilterOptions().setHasText("Sitzungstermine 2027")).first()).isAttached();
        // the grid keeps the cells of rows it no longer shows: count its rows, not its cells
        page.waitForFunction("() => document.querySelector('vaadin-grid#register-grid').size === 2");
        page.getByLabel("ohne Umsetzung").uncheck();

        page.getByLabel("Suche").fill("Bücherschrank");
        page.getByLabel("Suche").press("Enter");
        waitForVaadin();
        page.waitForFunction("() => document.querySelector('vaadin-grid#register-grid').size === 1");
        gridCells("register-grid").filter(new Locator.FilterOptions().setHasText("Bücherschrank am Marktplatz")).first()
                .locator("a").click();
        page.waitForURL(Pattern.compile(".*/beschluesse/\\d+$"));
        waitForVaadin();
        assertThat(page.locator("h1")).containsText("Bücherschrank am Marktplatz");
        assertThat(page.locator("#decision-outcome")).hasText("angenommen");
        assertThat(page.locator("#decision-meeting")).containsText("Quartalssitzung");
        assertThat(page.locator("#decision-proposal")).containsText("Bücherschrank am Marktplatz");
        assertThat(page.locator("#decision-actions")).containsText("Bücherschrank aufstellen und einräumen");
        // the proposal's story from submission to the done action item, on the decision's page
        assertThat(page.locator("#decision-proposal-timeline")).containsText("eingereicht");
        assertThat(page.locator("#decision-proposal-timeline")).containsText("Bücherschrank aufstellen und einräumen");
        screenshot("decision-page");
        problems.addAll(blockingViolations("decision page"));

        assertThat(problems).as("serious/critical axe violations").isEmpty();
    }

    @Test
    void a_resident_finds_the_overdue_item_in_meine_aufgaben_and_reports_progress() {
        logInAsDemoUser("mitglied");
        List<String> problems = new ArrayList<>();
        open("/aufgaben");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Meine Aufgaben").setLevel(1))).isVisible();
        Locator row = gridCells("actions-grid").filter(new Locator.FilterOptions().setHasText("überfällig")).first();
        assertThat(row).isAttached();
        screenshot("my-action-items");
        problems.addAll(blockingViolations("Meine Aufgaben"));

        gridCells("actions-grid").filter(new Locator.FilterOptions().setHasText("Aushang mit den Sitzungsterminen")).first()
                .locator("a").click();
        page.waitForURL(Pattern.compile(".*/aufgaben/\\d+$"));
        waitForVaadin();
        page.getByLabel("Fortschritt in %").fill("50");
        page.getByLabel("Notiz (optional)").fill("Aushang gedruckt, hängt morgen.");
        page.locator("#action-save-progress").click();
        waitForVaadin();
        assertThat(page.locator("#action-status")).containsText("in Arbeit");
        assertThat(page.locator("#action-story")).containsText("Aushang gedruckt, hängt morgen.");
        // scan the page, not the success toast while it fades in (its colours are mid-animation then)
        assertThat(page.locator("vaadin-notification-card")).hasCount(0);
        screenshot("action-item-page");
        problems.addAll(blockingViolations("action item page"));

        assertThat(problems).as("serious/critical axe violations").isEmpty();
    }
}
