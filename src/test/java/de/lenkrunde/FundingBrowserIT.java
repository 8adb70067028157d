package de.lenkrunde;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The money part of the golden path in Chromium, on the demo data: the second finance person confirms an approval
 * above the four-eyes threshold that the treasury gave, the treasury decides a waiting request, the budget overview
 * shows the money, and the focus group's chair reads "bewilligt" on the case record. Axe scans the Finanzen queue,
 * the request dialog and the budget overview. (The steps before — a meeting's decision opening the request — belong
 * to the decisions module and are covered by FundingServiceTest with a published DecisionRecorded.)
 */
class FundingBrowserIT extends BrowserTest {

    @Test
    void finance_clears_the_queue_with_four_eyes_and_the_focus_group_sees_the_outcome() {
        List<String> problems = new ArrayList<>();
        logInAsDemoUser("finanzen");
        open("/finanzen");
        Locator queue = page.locator("vaadin-grid#funding-queue");
        assertThat(queue).containsText("Bewegungsparcours am Seeufer");
        assertThat(queue).containsText("wartet auf zweite Freigabe");
        screenshot("funding-queue");
        problems.addAll(blockingViolations("finance queue"));

        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Öffnen: V-2026-0004 Bewegungsparcours am Seeufer").setExact(false)).click();
        waitForVaadin();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.DIALOG)).containsText("Erste Freigabe durch Claudia Schulz");
        screenshot("funding-request-dialog");
        problems.addAll(blockingViolations("funding request dialog"));
        page.locator("#funding-confirm").click();
        waitForVaadin();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.DIALOG)).containsText("bewilligt");
        page.keyboard().press("Escape");
        waitForVaadin();
        assertThat(queue.getByText("Bewegungsparcours am Seeufer")).isHidden();

        context.clearCookies();
        logInAsDemoUser("kaemmerei");
        open("/finanzen");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Hausaufgabenhilfe").setExact(false)).click();
        waitForVaadin();
        page.locator("#funding-decide").click();
        waitForVaadin();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.DIALOG)).containsText("Entschieden von Claudia Schulz");
        page.keyboard().press("Escape");
        waitForVaadin();
        assertThat(page.locator("vaadin-grid#funding-queue").getByText("Hausaufgabenhilfe im Nachbarschaftstreff")).isHidden();

        open("/finanzen/haushalt");
        assertThat(page.locator("#budget-lines-table")).containsText("SRF-");
        assertThat(page.locator(".budget-chart svg[role=img]").first()).isVisible();
        screenshot("budget-overview");
        problems.addAll(blockingViolations("budget overview"));

        context.clearCookies();
        logInAsDemoUser("senioren");
        open("/vorschlaege");
        page.locator("vaadin-grid").getByText("Bewegungsparcours am Seeufer").click();
        waitForVaadin();
        assertThat(page.locator("#proposal-status")).hasText("finanziert");
        assertThat(page.locator("#timeline")).containsText("bewilligt");
        screenshot("funding-case-record");

        assertThat(problems).as("serious/critical axe violations").isEmpty();
    }
}
