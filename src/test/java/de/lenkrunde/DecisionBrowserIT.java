package de.lenkrunde;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.bodies.AgendaItemKind;
import de.lenkrunde.meetings.AgendaItemData;
import de.lenkrunde.meetings.MeetingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deciding in the room, in two browsers: the chair records a decision with a counted vote in the console's
 * "Beschluss erfassen" tab (a vote with more yes than entitled is refused at the field first), a member with the
 * live view open and the room's projector show the numbered decision without reloading, and the chair hands out an
 * action item.
 * The delay from the chair's click to the member's screen is printed, not asserted. The console's decision tab
 * and the member's view pass axe.
 */
class DecisionBrowserIT extends BrowserTest {

    private static final String DECISION_ITEM = "Sitzungstermine 2027";
    /** Records when a decision headline first shows on the member's page, by the page's own clock. */
    private static final String WATCH_DECISION = """
            () => {
              window.__decisionShownAt = 0;
              const seen = () => {
                const headline = document.querySelector('.decision-result .decision-headline');
                if (!window.__decisionShownAt && headline && headline.textContent.trim().length > 0) {
                  window.__decisionShownAt = Date.now();
                }
              };
              new MutationObserver(seen).observe(document.body, {childList: true, characterData: true, subtree: true});
              seen();
            }""";

    @Autowired
    TestClock clock;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingFixture meetingFixture;

    @AfterEach
    void tidyUp() {
        clock.reset();
    }

    @Test
    void the_member_sees_the_decision_the_moment_the_chair_records_it() {
        LocalDate day = LocalDate.now(Formats.ZONE).plusDays(35);
        long meetingId = meetingFixture.published("Lenkrunde entscheidet", day, id -> meetings.addItem(id,
                meetings.get(id).version(), new AgendaItemData(DECISION_ITEM, AgendaItemKind.DECISION, 15, null, false, null)));
        clock.set(ZonedDateTime.of(day, LocalTime.of(17, 55), Formats.ZONE).toInstant());
        int present = meetingFixture.checkIn(meetingId, 5);
        List<String> problems = new ArrayList<>();

        logInAsDemoUser("vorsitz");
        Page chair = page;
        open("/sitzungen/" + meetingId + "/leitung");
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sitzung eröffnen")).click();
        waitForVaadin();
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^TOP \\d+ " + DECISION_ITEM + " aufrufen$"))).click();
        waitForVaadin();
        assertThat(chair.locator("#current-item-title")).containsText(DECISION_ITEM);

        // the room's projector, through its link (no login)
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beamer-Link")).click();
        waitForVaadin();
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link erzeugen")).click();
        waitForVaadin();
        String projectorUrl = chair.getByLabel("Adresse für den Beamer-Rechner").inputValue();
        chair.keyboard().press("Escape");
        assertThat(chair.locator("vaadin-dialog-overlay")).hasCount(0);
        Page projector = newPage();
        projector.navigate(projectorUrl);
        waitFor(projector);
        assertThat(projector.locator("#current-item-title")).containsText(DECISION_ITEM);

        Page member = newPage();
        logIn(member, "planung");
        member.navigate(url("/sitzungen/" + meetingId + "/live"));
        waitFor(member);
        assertThat(member.locator("#current-item-title")).containsText(DECISION_ITEM);
        assertThat(member.locator(".decision-result .decision-headline")).hasCount(0);
        member.evaluate(WATCH_DECISION);

        // the chair opens "Beschluss erfassen": it says who may vote
        chair.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Beschluss erfassen")).click();
        waitForVaadin();
        assertThat(chair.locator(".decision-quorum")).containsText("Beschlussfähig: " + present + " von");
        chair.getByLabel("Beschlusstext").fill("Die Lenkrunde tagt 2027 an jedem zweiten Donnerstag um 18 Uhr.");
        chair.getByLabel("Ja", new Page.GetByLabelOptions().setExact(true)).fill(String.valueOf(present + 1));
        chair.getByLabel("Nein", new Page.GetByLabelOptions().setExact(true)).fill("0");
        chair.getByLabel("Enthaltungen", new Page.GetByLabelOptions().setExact(true)).fill("0");
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beschluss speichern")).click();
        waitForVaadin();
        // more votes than entitled: refused at the field, the text stays, the member still sees no decision
        assertThat(chair.locator("vaadin-integer-field[invalid]")).not().hasCount(0);
        assertThat(chair.getByLabel("Beschlusstext")).hasValue("Die Lenkrunde tagt 2027 an jedem zweiten Donnerstag um 18 Uhr.");
        assertThat(member.locator(".decision-result .decision-headline")).hasCount(0);
        screenshot("decision-refused-vote");
        problems.addAll(blockingViolations("decision tab with a refused vote"));

        chair.getByLabel("Ja", new Page.GetByLabelOptions().setExact(true)).fill(String.valueOf(present - 1));
        chair.getByLabel("Enthaltungen", new Page.GetByLabelOptions().setExact(true)).fill("1");
        long clickedAt = ((Number) chair.evaluate("Date.now()")).longValue();
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beschluss speichern")).click();
        waitForVaadin();
        Locator chairResult = chair.locator(".decision-result .decision-headline");
        assertThat(chairResult).containsText(Pattern.compile("Beschluss LR-\\S+/\\d{3}"));
        String headline = chairResult.textContent();

        // the member's screen shows the same numbered decision without a reload
        assertThat(member.locator(".decision-result .decision-headline")).hasText(headline);
        assertThat(member.locator(".decision-result")).containsText("Die Lenkrunde tagt 2027 an jedem zweiten Donnerstag");
        assertThat(member.locator(".decision-result")).containsText((present - 1) + " Ja · 0 Nein · 1 Enthaltungen");
        assertThat(projector.locator(".decision-result .decision-headline")).hasText(headline);
        long shownAt = ((Number) member.evaluate("window.__decisionShownAt")).longValue();
        System.out.printf("PUSH DELAY decision to member view: %d ms%n", shownAt - clickedAt);
        screenshotOf(member, "decision-member");
        problems.addAll(blockingViolations(member, "member view with the decision"));

        // an action item for the decision, handed out on the spot
        chair.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Aufgaben")).click();
        waitForVaadin();
        chair.getByLabel("Aufgabe", new Page.GetByLabelOptions().setExact(true)).fill("Termine an die Verwaltung melden");
        // by keyboard, as a chair in a hurry would: type, pick the match, type the date, confirm
        Locator person = chair.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Person").setExact(true));
        person.fill("Becker");
        assertThat(chair.locator("vaadin-combo-box-item")).containsText(new String[]{"Markus Becker"});
        person.press("ArrowDown");
        person.press("Enter");
        assertThat(person).hasValue("Markus Becker (Stadt Lindenhain)");
        Locator due = chair.getByLabel("Fällig am");
        due.fill(Formats.date(day.plusDays(14)));
        due.press("Enter");
        screenshot("decision-action-form");
        assertThat(chair.locator("vaadin-date-picker-overlay[opened], vaadin-combo-box-overlay[opened]")).hasCount(0);
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aufgabe anlegen")).click();
        waitForVaadin();
        assertThat(chair.locator(".action-list")).containsText("Termine an die Verwaltung melden");
        screenshot("decision-action-item");
        problems.addAll(blockingViolations("action items tab"));

        assertThat(problems).as("serious/critical axe violations").isEmpty();
    }
}
