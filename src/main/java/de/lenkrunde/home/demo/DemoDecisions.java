package de.lenkrunde.home.demo;

import de.lenkrunde.actions.ActionItemData;
import de.lenkrunde.actions.ActionItemService;
import de.lenkrunde.actions.ActionOwner;
import de.lenkrunde.actions.ActionReminders;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.bodies.AgendaItemKind;
import de.lenkrunde.decisions.DecisionData;
import de.lenkrunde.decisions.DecisionService;
import de.lenkrunde.decisions.Vote;
import de.lenkrunde.meetings.AgendaItemData;
import de.lenkrunde.meetings.AttendanceEntry;
import de.lenkrunde.meetings.AttendanceStatus;
import de.lenkrunde.meetings.MeetingData;
import de.lenkrunde.meetings.MeetingRunService;
import de.lenkrunde.meetings.MeetingService;
import de.lenkrunde.people.SystemUser;
import de.lenkrunde.proposals.DecisionOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;

/**
 * The demo's held meeting: today's session of the Lenkrunde Lindenhain, run through the real services as its chair
 * "vorsitz" would (invite, start, attendance, three decisions, four action items, close), so that "Beschlüsse" and
 * "Meine Aufgaben" are not empty. Items: one in progress, one done, one open, and one overdue — the only thing the
 * services cannot make (they refuse a due date in the past), so its due date is moved back by one UPDATE, then the
 * reminder job runs once so that its owner finds the overdue notice in the bell.
 */
@Component
class DemoDecisions {

    private static final Logger log = LoggerFactory.getLogger(DemoDecisions.class);

    /** What the people and bodies part of the demo created. */
    record Cast(long steering, long cultureGroup, long youthChair, long member, long minuteTaker, long graffitiProposal,
                long bookcaseProposal) {
    }

    private final MeetingService meetings;
    private final MeetingRunService run;
    private final DecisionService decisions;
    private final ActionItemService actions;
    private final ActionReminders reminders;
    private final DemoUsers users;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoDecisions(MeetingService meetings, MeetingRunService run, DecisionService decisions, ActionItemService actions,
                  ActionReminders reminders, DemoUsers users, JdbcTemplate jdbc, Clock clock) {
        this.meetings = meetings;
        this.run = run;
        this.decisions = decisions;
        this.actions = actions;
        this.reminders = reminders;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private static final LocalTime LATEST_START = LocalTime.of(23, 55);

    /** Two minutes from now, so that it can still be invited (a meeting is invited before it starts). */
    private static LocalTime startTime(ZonedDateTime now) {
        return now.toLocalTime().plusMinutes(2).truncatedTo(ChronoUnit.MINUTES);
    }

    private static boolean roomLeftToday(ZonedDateTime now) {
        LocalTime start = startTime(now);
        return !start.isBefore(now.toLocalTime()) && !start.isAfter(LATEST_START);
    }

    void load(Cast cast) {
        ZonedDateTime now = clock.instant().atZone(Formats.ZONE);
        if (!roomLeftToday(now)) {
            // a meeting is held on its day, and in the last minutes before midnight there is no "today" left for it:
            // rather than leave the demo (and the browser tests that use it) without it, hold it just after midnight
            Duration wait = Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(Formats.ZONE).plusSeconds(5));
            log.info("Demo meeting waits {} s for midnight: too close to it for a meeting held today", wait.toSeconds());
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
            now = clock.instant().atZone(Formats.ZONE);
            if (!roomLeftToday(now)) {
                log.info("Demo meeting skipped: the clock did not pass midnight");
                return;
            }
        }
        LocalTime start = startTime(now);
        LocalDate today = now.toLocalDate();
        LocalTime end = start.plusHours(2).isBefore(start) ? LocalTime.of(23, 59) : start.plusHours(2);
        long meetingId = as("vorsitz", () -> meetings.plan(cast.steering(), new MeetingData("Quartalssitzung", today, start,
                end.isBefore(start) ? LocalTime.of(23, 59) : end, "Ratssaal, Rathaus Lindenhain", "Marktplatz 1, Lindenhain", null), List.of()));
        long youthItem = as("vorsitz", () -> meetings.addProposal(meetingId, meetings.get(meetingId).version(), cast.graffitiProposal()));
        long lunchItem = as("vorsitz", () -> meetings.addProposal(meetingId, meetings.get(meetingId).version(), cast.bookcaseProposal()));
        long datesItem = as("vorsitz", () -> meetings.addItem(meetingId, meetings.get(meetingId).version(),
                new AgendaItemData("Sitzungstermine 2027", AgendaItemKind.DECISION, 10, "Vorsitz", false, null)));
        as("vorsitz", () -> {
            meetings.publish(meetingId, meetings.get(meetingId).version(), true);
            run.start(meetingId, run.state(meetingId).version());
            for (AttendanceEntry entry : run.attendance(meetingId)) {
                if (entry.votingRight()) {
                    run.setAttendance(meetingId, entry.id(), entry.version(), AttendanceStatus.PRESENT);
                }
            }
        });
        long youthDecision = decide(meetingId, youthItem, DecisionOutcome.ACCEPTED, Vote.counted(5, 0, 1),
                "Die Lenkrunde beschließt die Graffiti-Wand am Jugendclub und fördert sie mit 900 €.");
        long lunchDecision = decide(meetingId, lunchItem, DecisionOutcome.ACCEPTED, Vote.unanimous(6),
                "Die Lenkrunde unterstützt den Bücherschrank am Marktplatz ohne eigene Mittel.");
        long datesDecision = decide(meetingId, datesItem, DecisionOutcome.ACCEPTED, Vote.counted(6, 0, 0),
                "Die Lenkrunde tagt 2027 an jedem dritten Donnerstag im Quartal um 18 Uhr.");

        long keys = assign(meetingId, youthItem, youthDecision, "Genehmigung des Eigentümers für die Wand einholen",
                ActionOwner.person(cast.youthChair(), null), today.plusDays(14));
        long kitchen = assign(meetingId, lunchItem, lunchDecision, "Bücherschrank aufstellen und einräumen",
                ActionOwner.body(cast.cultureGroup(), null), today.plusDays(7));
        long poster = assign(meetingId, datesItem, datesDecision, "Aushang mit den Sitzungsterminen im Nachbarschaftstreff",
                ActionOwner.person(cast.member(), null), today);
        assign(meetingId, datesItem, datesDecision, "Termine in den Kalender der Stadt eintragen",
                ActionOwner.person(cast.minuteTaker(), null), today.plusDays(21));
        as("vorsitz", () -> {
            // the chair works through the agenda, then closes the meeting
            for (var item : run.state(meetingId).items()) {
                if (item.open()) {
                    run.finishItem(meetingId, run.state(meetingId).version(), item.itemId());
                }
            }
            run.close(meetingId, run.state(meetingId).version(), false);
        });

        as("jugend", () -> actions.reportProgress(keys, version(keys), 40, "Die Wohnungsgenossenschaft sagt zu, der Vertrag kommt nächste Woche."));
        // the focus group has no demo login: its chair in the Lenkrunde reports it (the originating body's chair may)
        as("vorsitz", () -> actions.complete(kitchen, version(kitchen), "Der Schrank steht am Marktplatz und ist voll."));
        // the one state the services refuse to create: an item whose due date is already past
        jdbc.update("UPDATE action_item SET due_date = ? WHERE id = ?", java.sql.Date.valueOf(today.minusDays(5)), poster);
        SystemUser.call(reminders::sendDue);
        log.info("Demo meeting {} held with 3 decisions and 4 action items", meetingId);
    }

    private long decide(long meetingId, long itemId, DecisionOutcome outcome, Vote vote, String text) {
        return as("vorsitz", () -> decisions.record(meetingId, itemId, new DecisionData(text, outcome, vote, null, null)).id());
    }

    private long assign(long meetingId, long itemId, long decisionId, String description, ActionOwner owner, LocalDate due) {
        return as("vorsitz", () -> actions.assign(meetingId, itemId, new ActionItemData(description, owner, due, decisionId, null)));
    }

    private long version(long actionItemId) {
        return SystemUser.call(() -> actions.get(actionItemId).item().version());
    }

    private void as(String login, Runnable work) {
        users.as(login, work);
    }

    private <T> T as(String login, Supplier<T> work) {
        return users.as(login, work);
    }
}
