package de.lenkrunde.minutes;

import de.lenkrunde.TestClock;
import de.lenkrunde.TestData;
import de.lenkrunde.actions.ActionItemData;
import de.lenkrunde.actions.ActionItemService;
import de.lenkrunde.actions.ActionOwner;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.bodies.AgendaItemKind;
import de.lenkrunde.bodies.BodyRole;
import de.lenkrunde.decisions.DecisionData;
import de.lenkrunde.decisions.DecisionService;
import de.lenkrunde.decisions.DecisionView;
import de.lenkrunde.decisions.MotionData;
import de.lenkrunde.decisions.MotionKind;
import de.lenkrunde.decisions.MotionOutcome;
import de.lenkrunde.decisions.Vote;
import de.lenkrunde.live.LiveNotesService;
import de.lenkrunde.meetings.AgendaItemData;
import de.lenkrunde.meetings.AttendanceEntry;
import de.lenkrunde.meetings.AttendanceStatus;
import de.lenkrunde.meetings.MeetingData;
import de.lenkrunde.meetings.MeetingRunService;
import de.lenkrunde.meetings.MeetingService;
import de.lenkrunde.people.GlobalRole;
import de.lenkrunde.proposals.DecisionOutcome;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The cast and a meeting held from start to close, for the minutes' tests: "Lenkrunde Nordstadt" with its chair
 * ("vorsitz"), minute-taker ("protokoll"), two voting members ("lrmitglied", "zweitmitglied"), an advisory member
 * ("beratung"), an admin, and outsiders ("aussen", a member of the southern round "suedmitglied").
 */
@Component
public class MinutesFixture {

    public static final String PUBLIC_ITEM = "Spielplatz am Anger";
    public static final String SECRET_ITEM = "Personalangelegenheit Łukasz Żółć";
    public static final String NOTES = "Kosten laut Angebot: **1.234,56 €**. Straße wird gesperrt.";

    private final TestData testData;
    private final TestClock clock;
    private final MeetingService meetings;
    private final MeetingRunService run;
    private final DecisionService decisions;
    private final ActionItemService actions;
    private final LiveNotesService notes;

    public TestData.World world;
    public long member;

    MinutesFixture(TestData testData, TestClock clock, MeetingService meetings, MeetingRunService run, DecisionService decisions,
                   ActionItemService actions, LiveNotesService notes) {
        this.testData = testData;
        this.clock = clock;
        this.meetings = meetings;
        this.run = run;
        this.decisions = decisions;
        this.actions = actions;
        this.notes = notes;
    }

    /** The people; call once per test (the tables are empty before each). */
    public void cast() {
        world = testData.world();
        testData.account("admin", Set.of(GlobalRole.ADMIN), Set.of());
        memberAccount("vorsitz", BodyRole.CHAIR);
        memberAccount("protokoll", BodyRole.MINUTE_TAKER);
        member = memberAccount("lrmitglied", BodyRole.MEMBER);
        memberAccount("zweitmitglied", BodyRole.MEMBER);
        memberAccount("beratung", BodyRole.ADVISORY);
        testData.account("aussen", Set.of(), Set.of());
        long south = testData.account("suedmitglied", Set.of(), Set.of());
        testData.member(world.steeringSouth(), south, BodyRole.MEMBER);
    }

    private long memberAccount(String login, BodyRole role) {
        long person = testData.account(login, Set.of(), Set.of());
        testData.member(world.steeringNorth(), person, role);
        return person;
    }

    /** A held meeting, {@code daysAhead} from now, with its ids. */
    public record Held(long meetingId, long publicItem, long secretItem, DecisionView decision) {
    }

    /**
     * Plans and publishes a meeting in {@code daysAhead} days, sets the clock to its day, holds it (attendance, notes,
     * a motion, a decision with counted vote, an action item on the public item; a decision on the non-public one)
     * and closes it. The clock stays at the meeting's end.
     */
    public Held holdMeeting(int daysAhead, String title) {
        Held held = holdMeetingOpen(daysAhead, title);
        as("vorsitz", () -> run.close(held.meetingId(), run.state(held.meetingId()).version(), true));
        return held;
    }

    /** {@link #holdMeeting} without closing: the meeting is still IN_PROGRESS, its items done. */
    public Held holdMeetingOpen(int daysAhead, String title) {
        LocalDate day = LocalDate.now(Formats.ZONE).plusDays(daysAhead);
        long meetingId = as("vorsitz", () -> meetings.plan(world.steeringNorth(),
                new MeetingData(title, day, LocalTime.of(18, 0), LocalTime.of(20, 0), "Ratssaal, Marktstraße 1", null, null), List.of()));
        long publicItem = addItem(meetingId, PUBLIC_ITEM, false);
        long secretItem = addItem(meetingId, SECRET_ITEM, true);
        as("vorsitz", () -> meetings.publish(meetingId, meetings.get(meetingId).version(), false));
        clock.set(ZonedDateTime.of(day, LocalTime.of(17, 58), Formats.ZONE).toInstant());
        return as("vorsitz", () -> {
            run.start(meetingId, run.state(meetingId).version());
            for (AttendanceEntry entry : run.attendance(meetingId)) {
                AttendanceStatus status = entry.name().startsWith("Zweitmitglied") ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT;
                run.setAttendance(meetingId, entry.id(), entry.version(), status);
            }
            clock.advance(Duration.ofMinutes(5));
            notes.save(meetingId, publicItem, 0, NOTES);
            decisions.recordMotion(meetingId, publicItem, new MotionData(MotionKind.SUBSTANTIVE, null, null, "Jugend Nord",
                    "Der Spielplatz wird bis Juni saniert.", null, MotionOutcome.ACCEPTED, Vote.counted(3, 0, 0)));
            DecisionView decision = decisions.record(meetingId, publicItem, new DecisionData("Der Spielplatz am Anger wird saniert.",
                    DecisionOutcome.ACCEPTED, Vote.counted(3, 0, 0), null, null));
            actions.assign(meetingId, publicItem, new ActionItemData("Angebote einholen", ActionOwner.person(member, "Lrmitglied Test"),
                    day.plusDays(14), decision.id(), null));
            run.next(meetingId, run.state(meetingId).version());
            notes.save(meetingId, secretItem, 0, "Vertraulich besprochen.");
            decisions.record(meetingId, secretItem, new DecisionData("Die Stelle wird besetzt.", DecisionOutcome.ACCEPTED,
                    Vote.unanimous(3), null, null));
            clock.advance(Duration.ofMinutes(60));
            for (var item : run.state(meetingId).items()) {
                if (item.open()) {
                    run.finishItem(meetingId, run.state(meetingId).version(), item.itemId());
                }
            }
            return new Held(meetingId, publicItem, secretItem, decision);
        });
    }

    /** A planned meeting a few days after the held one, for approval as a TOP. */
    public long planNext(int daysAhead, String title) {
        LocalDate day = LocalDate.now(Formats.ZONE).plusDays(daysAhead);
        return as("vorsitz", () -> meetings.plan(world.steeringNorth(),
                new MeetingData(title, day, LocalTime.of(18, 0), LocalTime.of(20, 0), "Ratssaal", null, null), List.of()));
    }

    private long addItem(long meetingId, String title, boolean nonPublic) {
        return as("vorsitz", () -> meetings.addItem(meetingId, meetings.get(meetingId).version(),
                new AgendaItemData(title, AgendaItemKind.DECISION, 20, "Vorsitz", nonPublic, null)));
    }

    public <T> T as(String login, Supplier<T> work) {
        return testData.as(login, work);
    }

    public void as(String login, Runnable work) {
        testData.as(login, work);
    }
}
