package de.lenkrunde.actions;

import de.lenkrunde.TestClock;
import de.lenkrunde.TestData;
import de.lenkrunde.bodies.AgendaItemKind;
import de.lenkrunde.bodies.BodyRole;
import de.lenkrunde.decisions.DecisionData;
import de.lenkrunde.decisions.DecisionService;
import de.lenkrunde.decisions.Vote;
import de.lenkrunde.meetings.AgendaItemData;
import de.lenkrunde.meetings.AttendanceEntry;
import de.lenkrunde.meetings.AttendanceStatus;
import de.lenkrunde.meetings.MeetingData;
import de.lenkrunde.meetings.MeetingRunService;
import de.lenkrunde.meetings.MeetingService;
import de.lenkrunde.people.GlobalRole;
import de.lenkrunde.proposals.CriterionData;
import de.lenkrunde.proposals.DecisionOutcome;
import de.lenkrunde.proposals.HintePrinciple;
import de.lenkrunde.proposals.ProposalData;
import de.lenkrunde.proposals.ProposalService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * The cast of the register and follow-up tests, built through the real services: a meeting of "Lenkrunde Nordstadt"
 * on Thursday, 18 June 2026 ({@link #OPENING}), in which the chair "vorsitz" records three decisions — on the proposal
 * "Bolzplatz am Anger" (no money needed), on "Sitzungstermine 2027" (no proposal) and on the non-public
 * "Personalangelegenheit" — and assigns two action items: "Angebote für Tore einholen" to the member "lrmitglied"
 * (due 1 July) on the Bolzplatz decision, and "Termine im Kalender eintragen" to the focus group (due 25 June).
 * Also: "koordination" (coordinator of Nord), "protokoll" (minute-taker), "zweite" (member), "suedmitglied" (member of
 * the southern round), "aussen" (no body), "admin".
 */
@Component
public class RegisterScenario {

    public static final Instant INVITED = Instant.parse("2026-06-01T08:00:00Z");
    public static final Instant OPENING = Instant.parse("2026-06-18T15:58:00Z");
    public static final LocalDate MEETING_DAY = LocalDate.of(2026, 6, 18);

    private final TestData testData;
    private final TestClock clock;
    private final MeetingService meetings;
    private final MeetingRunService run;
    private final ProposalService proposals;
    private final DecisionService decisions;
    private final ActionItemService actions;
    private final JdbcTemplate jdbc;

    RegisterScenario(TestData testData, TestClock clock, MeetingService meetings, MeetingRunService run, ProposalService proposals,
                     DecisionService decisions, ActionItemService actions, JdbcTemplate jdbc) {
        this.testData = testData;
        this.clock = clock;
        this.meetings = meetings;
        this.run = run;
        this.proposals = proposals;
        this.decisions = decisions;
        this.actions = actions;
        this.jdbc = jdbc;
    }

    /** Ids of the cast. */
    public record Cast(TestData.World world, long meetingId, long proposal, long proposalItem, long plainItem, long secretItem,
                       long proposalDecision, long plainDecision, long secretDecision, long goalsAction, long calendarAction,
                       long member, long focusMember) {
    }

    public Cast build() {
        clock.set(INVITED);
        TestData.World world = testData.world();
        long focusMember = testData.proposalCast(world, "aussen");
        testData.account("admin", Set.of(GlobalRole.ADMIN), Set.of());
        testData.account("koordination", Set.of(GlobalRole.COORDINATOR), Set.of(world.regionNorth()));
        memberAccount("protokoll", world.steeringNorth(), BodyRole.MINUTE_TAKER);
        long member = memberAccount("lrmitglied", world.steeringNorth(), BodyRole.MEMBER);
        memberAccount("zweite", world.steeringNorth(), BodyRole.MEMBER);
        memberAccount("suedmitglied", world.steeringSouth(), BodyRole.MEMBER);

        long proposal = submitted("Bolzplatz am Anger");
        long meetingId = testData.as("vorsitz", () -> meetings.plan(world.steeringNorth(), new MeetingData("Ordentliche Sitzung",
                MEETING_DAY, LocalTime.of(18, 0), LocalTime.of(20, 0), "Ratssaal", "Markt 1, Nordstadt", null), List.of()));
        long proposalItem = testData.as("vorsitz", () -> meetings.addProposal(meetingId, meetings.get(meetingId).version(), proposal));
        long plainItem = addItem(meetingId, "Sitzungstermine 2027", false);
        long secretItem = addItem(meetingId, "Personalangelegenheit Quartiersbüro", true);
        testData.as("vorsitz", () -> meetings.publish(meetingId, meetings.get(meetingId).version(), false));
        clock.set(OPENING);
        testData.as("vorsitz", () -> run.start(meetingId, run.state(meetingId).version()));
        testData.as("protokoll", () -> {
            for (AttendanceEntry entry : run.attendance(meetingId)) {
                if (entry.votingRight()) {
                    run.setAttendance(meetingId, entry.id(), entry.version(), AttendanceStatus.PRESENT);
                }
            }
        });
        long proposalDecision = decide(meetingId, proposalItem, "Der Bolzplatz am Anger bekommt neue Tore und ein Ballfangnetz.");
        long plainDecision = decide(meetingId, plainItem, "Die Lenkrunde tagt 2027 an jedem dritten Donnerstag im Quartal.");
        long secretDecision = decide(meetingId, secretItem, "Die Stelle im Quartiersbüro wird verlängert.");
        long goals = testData.as("vorsitz", () -> actions.assign(meetingId, proposalItem, new ActionItemData("Angebote für Tore einholen",
                ActionOwner.person(member, "Lrmitglied Test"), LocalDate.of(2026, 7, 1), proposalDecision, null)));
        long calendar = testData.as("vorsitz", () -> actions.assign(meetingId, plainItem, new ActionItemData("Termine im Kalender eintragen",
                ActionOwner.body(world.focusNorth(), "Fokusgruppe Jugend Nord"), LocalDate.of(2026, 6, 25), plainDecision, null)));
        return new Cast(world, meetingId, proposal, proposalItem, plainItem, secretItem, proposalDecision, plainDecision, secretDecision,
                goals, calendar, member, focusMember);
    }

    public long decide(long meetingId, long itemId, String text) {
        return testData.as("vorsitz", () -> decisions.record(meetingId, itemId,
                new DecisionData(text, DecisionOutcome.ACCEPTED, Vote.counted(3, 0, 0), null, null)).id());
    }

    public long memberAccount(String login, long bodyId, BodyRole role) {
        long personId = testData.account(login, Set.of(), Set.of());
        testData.member(bodyId, personId, role);
        return personId;
    }

    public long person(String login) {
        return jdbc.queryForObject("SELECT person_id FROM account WHERE login = ?", Long.class, login);
    }

    private long addItem(long meetingId, String title, boolean nonPublic) {
        return testData.as("vorsitz", () -> meetings.addItem(meetingId, meetings.get(meetingId).version(),
                new AgendaItemData(title, AgendaItemKind.DECISION, 15, "Vorsitz", nonPublic, null)));
    }

    private long submitted(String title) {
        long focusGroup = jdbc.queryForObject("SELECT id FROM body WHERE name = 'Fokusgruppe Jugend Nord'", Long.class);
        long steering = jdbc.queryForObject("SELECT id FROM body WHERE name = 'Lenkrunde Nordstadt'", Long.class);
        long contact = person("mitglied");
        return testData.as("mitglied", () -> {
            long id = proposals.createDraft(new ProposalData(title, focusGroup, contact, steering, null,
                    "Im Quartier fehlt " + title, "Mehr Begegnung", "Planen, bauen, feiern", "alle", null, null,
                    BigDecimal.ZERO, BigDecimal.ZERO, "Die Lenkrunde beschließt: " + title,
                    List.of(new CriterionData(HintePrinciple.INTERESTS_AND_WILL, true, "Von Anwohnenden gewünscht"))));
            proposals.submit(id, proposals.get(id).version());
            return id;
        });
    }
}
