package de.lenkrunde;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.bodies.AgendaItemKind;
import de.lenkrunde.meetings.AgendaItemData;
import de.lenkrunde.meetings.MeetingService;
import de.lenkrunde.proposals.SubmittedProposal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running meeting in three browsers at once: the demo chair steps through the agenda in the console, a member
 * follows in the live view and the room's projector through its link (no login) — both without reloading. The delay
 * from the chair's key press until each screen shows the new TOP is measured over 20 steps (median and worst are
 * printed, not asserted). The projector shows only "Nichtöffentlicher Teil" during a non-public TOP, a member's
 * dropped connection shows "Verbindung unterbrochen" and catches up by itself, and closing reaches every screen.
 * Console, member view and projector pass axe.
 */
class LiveMeetingBrowserIT extends BrowserTest {

    private static final int STEPS = 20;
    /** Records when the current TOP's title last changed, by the page's own clock (one Chromium: one clock). */
    private static final String WATCH_TITLE = """
            () => {
              const title = document.getElementById('current-item-title');
              window.__titleChangedAt = Date.now();
              new MutationObserver(() => { window.__titleChangedAt = Date.now(); })
                .observe(title, {childList: true, characterData: true, subtree: true});
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
    void member_and_projector_follow_the_chair_live() {
        LocalDate day = LocalDate.now(Formats.ZONE).plusDays(21);
        long meetingId = plannedAndPublishedMeeting(day);
        clock.set(ZonedDateTime.of(day, LocalTime.of(17, 50), Formats.ZONE).toInstant());
        meetingFixture.checkIn(meetingId, 5);
        List<String> problems = new ArrayList<>();

        // the chair opens the meeting and makes the projector link
        logInAsDemoUser("vorsitz");
        Page chair = page;
        open("/sitzungen/" + meetingId + "/leitung");
        assertThat(chair.locator("h1")).hasText("Sitzungsleitung: Lenkrunde Lindenhain – Lenkrunde live");
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sitzung eröffnen")).click();
        waitFor(chair);
        assertThat(chair.locator("#current-item-title")).hasText("TOP 1 · Eröffnung und Begrüßung");
        assertThat(chair.locator("#quorum")).containsText("beschlussfähig: 5 von");
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beamer-Link")).click();
        waitFor(chair);
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link erzeugen")).click();
        waitFor(chair);
        Locator address = chair.getByLabel("Adresse für den Beamer-Rechner");
        assertThat(address).hasValue(java.util.regex.Pattern.compile("http://localhost:\\d+/beamer/[A-Za-z0-9_-]{43}"));
        String projectorUrl = address.inputValue();
        chair.keyboard().press("Escape");
        // keys pressed while the dialog's overlay is still closing would go to the overlay
        assertThat(chair.locator("vaadin-dialog-overlay")).hasCount(0);
        waitFor(chair);
        screenshot("live-console");
        problems.addAll(blockingViolations("chair console"));

        Page member = newPage();
        logIn(member, "planung");
        member.navigate(url("/sitzungen/" + meetingId + "/live"));
        waitFor(member);
        assertThat(member.locator("#current-item-title")).hasText("TOP 1 · Eröffnung und Begrüßung");
        screenshotOf(member, "live-member");
        problems.addAll(blockingViolations(member, "member live view"));

        Page projector = newPage();
        projector.setViewportSize(1920, 1080);
        projector.navigate(projectorUrl);
        waitFor(projector);
        assertThat(projector.locator("#current-item-title")).hasText("TOP 1 · Eröffnung und Begrüßung");
        screenshotOf(projector, "live-projector");
        problems.addAll(blockingViolations(projector, "projector"));

        // 20 steps: next, previous, next … measured from the chair's key press to each screen's new title
        member.evaluate(WATCH_TITLE);
        projector.evaluate(WATCH_TITLE);
        List<Long> memberDelays = new ArrayList<>();
        List<Long> projectorDelays = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            String before = chair.locator("#current-item-title").textContent();
            long pressedAt = ((Number) chair.evaluate("Date.now()")).longValue();
            chair.keyboard().press(step % 2 == 0 ? "Alt+ArrowRight" : "Alt+ArrowLeft");
            assertThat(chair.locator("#current-item-title")).not().hasText(before);
            String expected = chair.locator("#current-item-title").textContent();
            assertThat(member.locator("#current-item-title")).hasText(expected);
            assertThat(projector.locator("#current-item-title")).hasText(expected);
            memberDelays.add(((Number) member.evaluate("window.__titleChangedAt")).longValue() - pressedAt);
            projectorDelays.add(((Number) projector.evaluate("window.__titleChangedAt")).longValue() - pressedAt);
        }
        report("member view", memberDelays);
        report("projector", projectorDelays);

        // on to the non-public TOP at the end: the member sees it, the projector only that the non-public part runs
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("TOP 9 Personalangelegenheit aufrufen")).click();
        waitFor(chair);
        assertThat(member.locator("#current-item-title")).hasText("TOP 9 · Personalangelegenheit");
        assertThat(projector.locator("#current-item-title")).hasText("Nichtöffentlicher Teil");
        assertThat(projector.locator("main")).not().containsText("Personalangelegenheit");
        screenshotOf(projector, "live-projector-non-public");

        // the member's connection drops: the indicator says so, and the view catches up once it is back
        member.context().setOffline(true);
        member.evaluate("() => window.dispatchEvent(new Event('offline'))");
        assertThat(member.locator("vaadin-connection-indicator")).containsText("Verbindung unterbrochen");
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("TOP 1 Eröffnung und Begrüßung aufrufen"))
                .or(chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("TOP 5 Verschiedenes aufrufen"))).first().click();
        waitFor(chair);
        String afterDrop = chair.locator("#current-item-title").textContent();
        member.context().setOffline(false);
        member.evaluate("() => window.dispatchEvent(new Event('online'))");
        assertThat(member.locator("#current-item-title")).hasText(afterDrop,
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(30_000));

        // closing, open items deferred in one go, reaches every screen
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sitzung schließen")).click();
        waitFor(chair);
        Locator dialog = chair.locator("vaadin-dialog-overlay");
        assertThat(dialog).containsText("Tagesordnungspunkte sind noch offen");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sitzung schließen")).click();
        waitFor(chair);
        assertThat(member.locator("#current-item-title")).hasText("Die Sitzung ist beendet");
        assertThat(projector.locator("#current-item-title")).hasText("Die Sitzung ist beendet");

        assertThat(problems).as("serious/critical axe violations").isEmpty();
    }

    /** A Lenkrunde meeting on {@code day} with the waiting proposals and a non-public TOP, published the same morning. */
    private long plannedAndPublishedMeeting(LocalDate day) {
        return meetingFixture.published("Lenkrunde live", day, id -> {
            for (SubmittedProposal waiting : meetings.waitingProposals(id)) {
                meetings.addProposal(id, meetings.get(id).version(), waiting.id());
            }
            while (meetings.get(id).agenda().size() < 8) {
                meetings.addItem(id, meetings.get(id).version(),
                        new AgendaItemData("Bericht " + meetings.get(id).agenda().size(), AgendaItemKind.INFORMATION, 10, null, false, null));
            }
            meetings.addItem(id, meetings.get(id).version(),
                    new AgendaItemData("Personalangelegenheit", AgendaItemKind.DISCUSSION, 15, null, true, null));
        });
    }

    private static void report(String screen, List<Long> delays) {
        List<Long> sorted = new ArrayList<>(delays);
        Collections.sort(sorted);
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2.0;
        System.out.printf("PUSH DELAY %s over %d steps: median %.0f ms, worst %d ms, all %s%n",
                screen, sorted.size(), median, sorted.get(sorted.size() - 1), delays);
    }
}
