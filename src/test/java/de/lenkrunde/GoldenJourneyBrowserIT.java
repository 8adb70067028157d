package de.lenkrunde;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The golden journey in a real browser: the German login page; the chair of the demo town's Lenkrunde
 * logs in and finds it on the start page; a wrong password is refused in German. Every page visited is
 * scanned with axe and must have no serious or critical WCAG 2.0/2.1 A/AA violation; so must the admin
 * pages. Screenshots land in target/screenshots.
 */
class GoldenJourneyBrowserIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_chair_logs_in_and_sees_the_lenkrunde_with_their_role() {
        open("/login");
        assertThat(heading("Lenkrunde", 1)).isVisible();
        assertThat(page.locator("vaadin-login-form")).containsText("Anmelden");
        assertThat(page.locator("vaadin-login-form input[name=username]")).isVisible();
        assertThat(page.locator("vaadin-login-form input[name=password]")).isVisible();
        assertThat(page.getByText("Demo-Zugänge")).isVisible();
        assertThat(page).hasTitle("Anmelden – Lenkrunde");
        screenshot("login");
        List<String> problems = new ArrayList<>(blockingViolations("login"));

        logInAsDemoUser("vorsitz");

        assertThat(page).hasTitle("Übersicht – Lenkrunde");
        assertThat(heading("Übersicht", 1)).isVisible();
        assertThat(heading("Meine Gremien", 2)).isVisible();
        Locator lenkrunde = page.locator("#my-bodies li").filter(new Locator.FilterOptions().setHasText("Lenkrunde Lindenhain"));
        assertThat(lenkrunde).hasCount(1);
        assertThat(lenkrunde.getByRole(AriaRole.HEADING)).hasText("Lenkrunde Lindenhain");
        assertThat(lenkrunde).containsText("Ihre Rolle: Vorsitz");
        assertThat(page.locator("vaadin-app-layout")).containsText("Thomas Brandt");
        screenshot("start-vorsitz");
        problems.addAll(blockingViolations("start page (vorsitz)"));

        assertThat(problems).as("serious/critical axe violations").isEmpty();
    }

    @Test
    void a_wrong_password_is_refused_in_german() {
        logIn("mitglied", "falsches-Passwort");

        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.locator("vaadin-login-form")).hasAttribute("error", "");
        assertThat(page.getByText("Anmeldung fehlgeschlagen")).isVisible();
        assertThat(page.getByText("Benutzername oder Passwort sind nicht richtig.")).isVisible();
        screenshot("login-error");

        assertThat(blockingViolations("login with error")).as("serious/critical axe violations").isEmpty();
    }

    @Test
    void the_admin_pages_have_no_serious_accessibility_violations() {
        long lenkrundeId = jdbc.queryForObject("SELECT id FROM body WHERE name = 'Lenkrunde Lindenhain'", Long.class);
        logInAsDemoUser("admin");

        List<AdminPage> pages = List.of(
                new AdminPage("/verwaltung/gremien", "Gremien", "admin-gremien"),
                new AdminPage("/verwaltung/personen", "Personen", "admin-personen"),
                new AdminPage("/verwaltung/gebiete", "Gebiete", "admin-gebiete"),
                new AdminPage("/verwaltung/protokoll", "Änderungsprotokoll", "admin-protokoll"),
                new AdminPage("/verwaltung/gremien/" + lenkrundeId + "/mitglieder", "Mitglieder: Lenkrunde Lindenhain",
                        "admin-mitglieder"));

        List<String> problems = new ArrayList<>();
        for (AdminPage adminPage : pages) {
            open(adminPage.path());
            assertThat(heading(adminPage.heading(), 1)).isVisible();
            // scan the grid with its rows, not the empty frame before the first data round trip
            assertThat(page.locator("vaadin-grid vaadin-grid-cell-content, vaadin-tree-grid vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setHasText(Pattern.compile("\\S"))).first()).isAttached();
            waitForVaadin();
            screenshot(adminPage.screenshot());
            problems.addAll(blockingViolations(adminPage.path()));
        }
        assertThat(problems).as("serious/critical axe violations").isEmpty();
    }

    private Locator heading(String name, int level) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true).setLevel(level));
    }

    private record AdminPage(String path, String heading, String screenshot) {
    }
}
