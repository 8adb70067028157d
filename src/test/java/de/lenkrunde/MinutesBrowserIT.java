package de.lenkrunde;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.bodies.AgendaItemKind;
import de.lenkrunde.bodies.BodyReference;
import de.lenkrunde.meetings.AgendaItemData;
import de.lenkrunde.meetings.AttendanceEntry;
import de.lenkrunde.meetings.AttendanceStatus;
import de.lenkrunde.meetings.MeetingData;
import de.lenkrunde.meetings.MeetingRunService;
import de.lenkrunde.meetings.MeetingService;
import de.lenkrunde.minutes.MinutesService;
import de.lenkrunde.minutes.MinutesView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Golden journey of the minutes in Lindenhain: a meeting of the Lenkrunde was held and closed, chair and minute-taker
 * signed; a member opens the released minutes, objects to a TOP, the minute-taker answers. Axe scans of the minutes
 * page and of "Niederschriften".
 */
class MinutesBrowserIT extends BrowserTest {

    @Autowired
    TestData testData;
    @Autowired
    TestClock clock;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingRunService run;
    @Autowired
    MinutesService minutes;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_member_objects_to_released_minutes_and_the_minute_taker_answers() {
        long meetingId = heldAndSigned();
        List<String> problems = new ArrayList<>();

        logInAsDemoUser("planung");
        open("/sitzungen/" + meetingId + "/niederschrift");
        assertThat(page.locator("h1")).containsText("Niederschrift: Lenkrunde Lindenhain");
        assertThat(page.locator(".minutes-state")).containsText("freigegeben zur Durchsicht");
        screenshot("minutes-member");
        problems.addAll(blockingViolations("minutes page"));
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Anmerkung oder Einwendung zu TOP 1")).click();
        page.getByText("Einwendung gegen den Text").click();
        page.getByLabel("Ihre Anmerkung").fill("Der Beginn war 18:05 Uhr, nicht 18:00 Uhr.");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Absenden")).click();
        waitForVaadin();
        assertThat(page.locator(".minutes-comment").first()).containsText("Der Beginn war 18:05 Uhr");

        context.clearCookies();
        logInAsDemoUser("protokoll");
        open("/niederschriften");
        assertThat(page.locator("h1")).hasText("Niederschriften");
        screenshot("minutes-list");
        problems.addAll(blockingViolations("minutes list"));
        open("/sitzungen/" + meetingId + "/niederschrift");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Beantworten")).click();
        page.getByLabel("Antwort", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill("Laut Anwesenheitsliste wurde um 18:00 Uhr eröffnet.");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Antwort speichern")).click();
        waitForVaadin();
        Locator comment = page.locator(".minutes-comment").first();
        assertThat(comment).containsText("Beantwortet von");
        assertThat(comment).containsText("Laut Anwesenheitsliste");
        screenshot("minutes-answered");
        problems.addAll(blockingViolations("minutes page answered"));
        assertThat(problems).as("serious/critical axe violations").isEmpty();
    }

    /** A Lenkrunde meeting 40 days ahead, held and closed, its minutes signed by minute-taker and chair. */
    private long heldAndSigned() {
        LocalDate day = LocalDate.now(Formats.ZONE).plusDays(40);
        clock.set(ZonedDateTime.of(day.minusDays(14), LocalTime.of(9, 0), Formats.ZONE).toInstant());
        long meetingId = testData.as("vorsitz", () -> {
            long bodyId = meetings.plannableBodies().stream().filter(b -> b.name().equals("Lenkrunde Lindenhain"))
                    .map(BodyReference::id).findFirst().orElseThrow();
            long id = meetings.plan(bodyId, new MeetingData("Sitzung mit Niederschrift", day, LocalTime.of(10, 0), LocalTime.of(12, 0),
                    "Ratssaal", "Marktplatz 1, Lindenhain", null), List.of());
            meetings.addItem(id, meetings.get(id).version(),
                    new AgendaItemData("Personalangelegenheit", AgendaItemKind.DISCUSSION, 15, null, true, null));
            meetings.publish(id, meetings.get(id).version(), true);
            return id;
        });
        clock.set(ZonedDateTime.of(day, LocalTime.of(9, 58), Formats.ZONE).toInstant());
        testData.as("vorsitz", () -> {
            run.start(meetingId, run.state(meetingId).version());
            for (AttendanceEntry entry : run.attendance(meetingId)) {
                run.setAttendance(meetingId, entry.id(), entry.version(), AttendanceStatus.PRESENT);
            }
            clock.advance(Duration.ofMinutes(90));
            run.close(meetingId, run.state(meetingId).version(), true);
        });
        clock.reset();
        await().atMost(Duration.ofSeconds(20)).until(() -> testData.as("protokoll", () -> minutes.ofMeeting(meetingId, null)).isPresent());
        MinutesView draft = testData.as("protokoll", () -> minutes.ofMeeting(meetingId, null)).orElseThrow();
        testData.as("protokoll", () -> minutes.sign(draft.id(), draft.version()));
        testData.as("vorsitz", () -> minutes.sign(draft.id(), minutes.ofMeeting(meetingId, null).orElseThrow().version()));
        assertThat(testData.as("planung", () -> minutes.ofMeeting(meetingId, null)).orElseThrow().signed()).isTrue();
        return meetingId;
    }
}
