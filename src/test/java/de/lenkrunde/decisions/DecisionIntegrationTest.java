package de.lenkrunde.decisions;

import de.lenkrunde.IntegrationTest;
import de.lenkrunde.TestData;
import de.lenkrunde.bodies.AgendaItemKind;
import de.lenkrunde.bodies.BodyRole;
import de.lenkrunde.meetings.AgendaItemData;
import de.lenkrunde.meetings.AttendanceEntry;
import de.lenkrunde.meetings.AttendanceStatus;
import de.lenkrunde.meetings.MeetingData;
import de.lenkrunde.meetings.MeetingRunService;
import de.lenkrunde.meetings.MeetingService;
import de.lenkrunde.people.GlobalRole;
import de.lenkrunde.proposals.CriterionData;
import de.lenkrunde.proposals.HintePrinciple;
import de.lenkrunde.proposals.ProposalData;
import de.lenkrunde.proposals.ProposalService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The cast of the decision tests: a meeting of "Lenkrunde Nordstadt" on Thursday, 18 June 2026, 18:00–20:00,
 * invited on 1 June and started by its chair at 17:58 ({@link #OPENING}), with a Beschluss item for a proposal of
 * the northern focus group ({@link #proposalItem}, proposal {@link #proposal}), a Beschluss item without proposal
 * ({@link #plainItem}), a non-public Beschluss item ({@link #secretItem}) and an information item ({@link #infoItem}).
 * Voting members: the chair "vorsitz", "lrmitglied", "zweite", "dritte"; the deputy "stellvertretung" (voting), the
 * minute-taker "protokoll" and a guest member "lrgast" (no vote).
 */
abstract class DecisionIntegrationTest extends IntegrationTest {

    static final Instant INVITED = Instant.parse("2026-06-01T08:00:00Z");
    static final Instant OPENING = Instant.parse("2026-06-18T15:58:00Z");
    static final LocalDate MEETING_DAY = LocalDate.of(2026, 6, 18);

    @Autowired
    protected MeetingService meetings;
    @Autowired
    protected MeetingRunService run;
    @Autowired
    protected ProposalService proposals;
    @Autowired
    protected DecisionService decisions;
    @Autowired
    protected de.lenkrunde.EventPublications publications;

    protected TestData.World world;
    protected long focusMember;
    protected long meetingId;
    protected long proposal;
    protected long proposalItem;
    protected long plainItem;
    protected long secretItem;
    protected long infoItem;

    @BeforeEach
    void decisionCast() {
        testClock.set(INVITED);
        world = testData.world();
        focusMember = testData.proposalCast(world, "aussen");
        testData.account("admin", Set.of(GlobalRole.ADMIN), Set.of());
        testData.account("koordination", Set.of(GlobalRole.COORDINATOR), Set.of(world.regionNorth()));
        testData.account("finanzen", Set.of(GlobalRole.FINANCE), Set.of());
        memberAccount("stellvertretung", world.steeringNorth(), BodyRole.DEPUTY);
        memberAccount("protokoll", world.steeringNorth(), BodyRole.MINUTE_TAKER);
        memberAccount("lrmitglied", world.steeringNorth(), BodyRole.MEMBER);
        memberAccount("zweite", world.steeringNorth(), BodyRole.MEMBER);
        memberAccount("dritte", world.steeringNorth(), BodyRole.MEMBER);
        memberAccount("lrgast", world.steeringNorth(), BodyRole.GUEST);
        memberAccount("suedmitglied", world.steeringSouth(), BodyRole.MEMBER);

        proposal = submitted("Spielplatz am Anger");
        meetingId = as("vorsitz", () -> meetings.plan(world.steeringNorth(), new MeetingData("Ordentliche Sitzung", MEETING_DAY,
                LocalTime.of(18, 0), LocalTime.of(20, 0), "Ratssaal", "Markt 1, Nordstadt", null), List.of()));
        proposalItem = as("vorsitz", () -> meetings.addProposal(meetingId, meetings.get(meetingId).version(), proposal));
        plainItem = addItem("Sitzungstermine 2027", AgendaItemKind.DECISION, false);
        secretItem = addItem("Personalangelegenheit", AgendaItemKind.DECISION, true);
        infoItem = addItem("Bericht aus dem Quartier", AgendaItemKind.INFORMATION, false);
        as("vorsitz", () -> meetings.publish(meetingId, meetings.get(meetingId).version(), false));
        testClock.set(OPENING);
        as("vorsitz", () -> run.start(meetingId, run.state(meetingId).version()));
    }

    long memberAccount(String login, long bodyId, BodyRole role) {
        long personId = testData.account(login, Set.of(), Set.of());
        testData.member(bodyId, personId, role);
        return personId;
    }

    long addItem(String title, AgendaItemKind kind, boolean nonPublic) {
        return as("vorsitz", () -> meetings.addItem(meetingId, meetings.get(meetingId).version(),
                new AgendaItemData(title, kind, 15, "Vorsitz", nonPublic, null)));
    }

    /** Checks these persons in; everyone else stays expected. */
    void present(Long... personIds) {
        as("protokoll", () -> {
            for (AttendanceEntry entry : run.attendance(meetingId)) {
                if (List.of(personIds).contains(entry.personId())) {
                    run.setAttendance(meetingId, entry.id(), entry.version(), AttendanceStatus.PRESENT);
                }
            }
        });
    }

    /** Every invitee with a vote checked in. */
    void allVotingPresent() {
        present(as("protokoll", () -> run.attendance(meetingId)).stream().filter(AttendanceEntry::votingRight)
                .map(AttendanceEntry::personId).toArray(Long[]::new));
    }

    long person(String login) {
        return jdbc.queryForObject("SELECT person_id FROM account WHERE login = ?", Long.class, login);
    }

    int votingPresent(long itemId) {
        return as("vorsitz", () -> run.quorum(meetingId, itemId)).votingPresent();
    }

    long submitted(String title) {
        return as("mitglied", () -> {
            long id = proposals.createDraft(new ProposalData(title, world.focusNorth(), focusMember, world.steeringNorth(), null,
                    "Im Quartier fehlt " + title, "Mehr Begegnung", "Planen, bauen, feiern", "alle", null, null,
                    new BigDecimal("3500.00"), new BigDecimal("350.00"), "Die Lenkrunde beschließt: " + title,
                    List.of(new CriterionData(HintePrinciple.INTERESTS_AND_WILL, true, "Von Anwohnenden gewünscht"))));
            proposals.submit(id, proposals.get(id).version());
            return id;
        });
    }

    static DecisionData accepted(String text, int yes, int no, int abstain) {
        return new DecisionData(text, de.lenkrunde.proposals.DecisionOutcome.ACCEPTED, Vote.counted(yes, no, abstain), null, null);
    }

    <T> T as(String login, Supplier<T> work) {
        return testData.as(login, work);
    }

    void as(String login, Runnable work) {
        testData.as(login, work);
    }
}
