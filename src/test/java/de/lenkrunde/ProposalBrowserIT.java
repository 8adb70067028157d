package de.lenkrunde;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Golden journey of a proposal in Chromium: draft → submit → open the case record, with axe scans of each page. */
class ProposalBrowserIT extends BrowserTest {

    @Test
    void a_focus_group_chair_drafts_and_submits_a_proposal_and_reads_its_case_record() {
        logInAsDemoUser("jugend");
        List<String> problems = new ArrayList<>();

        open("/vorschlaege");
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Vorschläge").setLevel(1))).isVisible();
        assertThat(page.locator("vaadin-grid")).containsText("Jugendraum im alten Bahnhof");
        screenshot("proposals-list");
        problems.addAll(blockingViolations("proposal list"));

        page.getByText("Vorschlag entwerfen").click();
        waitForVaadin();
        page.getByLabel("Titel", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill("Bolzplatz an der Feuerwache");
        page.getByLabel("Anlass / Bedarf").fill("Es gibt keinen Platz zum Fußballspielen.");
        page.getByLabel("Ziel", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill("Ein Bolzplatz für alle Altersgruppen.");
        page.getByLabel("Maßnahmen").fill("Fläche ebnen, Tore aufstellen, Netz spannen.");
        page.getByLabel("Beschlussvorschlag").fill("Die Lenkrunde beschließt den Bolzplatz.");
        page.getByLabel("Unterstützung von Eigeninitiative und Selbsthilfe", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Begründung: Unterstützung von Eigeninitiative und Selbsthilfe").fill("Die Jugendfeuerwehr baut mit.");
        Locator contact = page.getByLabel("Ansprechperson");
        contact.fill("Kaya");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Deniz Kaya")).first().click();
        waitForVaadin();
        screenshot("proposal-form");
        problems.addAll(blockingViolations("proposal form"));

        page.getByText("Speichern und einreichen").click();
        waitForVaadin();
        screenshot("proposal-after-submit");



        assertThat(page.locator("#proposal-status")).hasText("eingereicht");
        assertThat(page.locator("#timeline")).containsText("an die Lenkrunde Lindenhain eingereicht");
        assertThat(page.locator("h1")).containsText("Bolzplatz an der Feuerwache");
        screenshot("proposal-case");
        problems.addAll(blockingViolations("case record"));

        assertThat(problems).as("serious/critical axe violations").isEmpty();
    }
}
