package de.lenkrunde.funding;

import de.lenkrunde.TestData;
import de.lenkrunde.base.TypedReference;
import de.lenkrunde.bodies.BodyRole;
import de.lenkrunde.decisions.DecisionRecorded;
import de.lenkrunde.decisions.Vote;
import de.lenkrunde.people.GlobalRole;
import de.lenkrunde.people.SystemUser;
import de.lenkrunde.proposals.CriterionData;
import de.lenkrunde.proposals.DecisionOutcome;
import de.lenkrunde.proposals.HintePrinciple;
import de.lenkrunde.proposals.ProposalData;
import de.lenkrunde.proposals.ProposalService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;

/**
 * The funding cast on top of {@link TestData}'s world: "mitglied" (focus group Jugend Nord), "vorsitz" (chair of
 * the Lenkrunde Nordstadt), two finance people "kaemmerei" and "finanzen", a coordinator of Nord and an admin; and
 * approved proposals with a published {@link DecisionRecorded}, as the decisions module will publish it.
 */
@Component
public class FundingFixtures {

    private static final AtomicLong DECISION_IDS = new AtomicLong(1000);

    private final TestData testData;
    private final ProposalService proposals;
    private final BudgetService budget;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final de.lenkrunde.EventPublications publications;
    private long contact;

    FundingFixtures(TestData testData, ProposalService proposals, BudgetService budget, ApplicationEventPublisher events,
                    TransactionTemplate transactions, JdbcTemplate jdbc, de.lenkrunde.EventPublications publications) {
        this.testData = testData;
        this.proposals = proposals;
        this.budget = budget;
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.publications = publications;
    }

    public TestData.World cast() {
        TestData.World world = testData.world();
        contact = testData.proposalCast(world, "gast");
        testData.account("kaemmerei", Set.of(GlobalRole.FINANCE), Set.of());
        testData.account("finanzen", Set.of(GlobalRole.FINANCE), Set.of());
        testData.account("koordination", Set.of(GlobalRole.COORDINATOR), Set.of(world.regionNorth()));
        testData.account("koordsued", Set.of(GlobalRole.COORDINATOR), Set.of(world.regionSouth()));
        testData.account("admin", Set.of(GlobalRole.ADMIN), Set.of());
        long jugend = testData.account("jugend", Set.of(), Set.of());
        testData.member(world.focusNorth(), jugend, BodyRole.CHAIR);
        return world;
    }

    public long line(String code, String total, Long areaId) {
        return SystemUser.call(() -> budget.create(new BudgetLineData(code, "Fonds " + code, java.time.Year.now().getValue(),
                new BigDecimal(total), areaId)));
    }

    /** A proposal of the focus group, submitted, scheduled and approved by the Lenkrunde (no event yet). */
    public long approvedProposal(TestData.World world, String title, String amount) {
        long id = testData.as("mitglied", () -> {
            long draft = proposals.createDraft(draft(world, contact, title, amount));
            proposals.submit(draft, proposals.get(draft).version());
            return draft;
        });
        testData.as("vorsitz", () -> {
            proposals.schedule(id, TypedReference.of("MEETING", 7L, "Lenkrunde", "sitzungen/7"));
            proposals.applyDecision(id, DecisionOutcome.ACCEPTED, null, TypedReference.of("DECISION", 3L, "LR-NOR-2026/001", "beschluesse/3"));
        });
        return id;
    }

    /** Publishes the decision like decisions does (inside its transaction) and waits for funding's listener. */
    public DecisionRecorded decide(TestData.World world, long proposalId, DecisionOutcome outcome, Long corrects) {
        long decisionId = DECISION_IDS.incrementAndGet();
        DecisionRecorded event = new DecisionRecorded(decisionId, "LR-NOR-2026/" + decisionId, world.steeringNorth(), 7L, 70L,
                proposalId, outcome, "Die Lenkrunde beschließt die Förderung.", Vote.counted(7, 1, 2), Instant.now(), corrects);
        transactions.executeWithoutResult(status -> events.publishEvent(event));
        await().atMost(Duration.ofSeconds(20)).until(this::noPendingEvents);
        return event;
    }

    /** An approved proposal with its request opened by the listener; returns the request id. */
    public long requested(TestData.World world, String title, String amount) {
        long proposal = approvedProposal(world, title, amount);
        decide(world, proposal, DecisionOutcome.ACCEPTED, null);
        return requestOf(proposal);
    }

    public long requestOf(long proposalId) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM funding_request WHERE proposal_id = ? ORDER BY id DESC", Long.class, proposalId);
        if (ids.isEmpty()) {
            throw new AssertionError("no funding request for proposal " + proposalId);
        }
        return ids.get(0);
    }

    /** True once funding's own listeners have taken every published event. */
    public boolean noPendingEvents() {
        return publications.incomplete("de.lenkrunde.funding") == 0;
    }

    public static ProposalData draft(TestData.World world, long contact, String title, String amount) {
        return new ProposalData(title, world.focusNorth(), contact, world.steeringNorth(), world.townNorth(),
                "Im Quartier fehlt " + title, "Mehr Begegnung", "Planen, bauen, feiern", "alle", null, null,
                new BigDecimal(amount), new BigDecimal("100.00"), "Die Lenkrunde beschließt: " + title,
                List.of(new CriterionData(HintePrinciple.INTERESTS_AND_WILL, true, "Von Anwohnenden gewünscht"),
                        new CriterionData(HintePrinciple.COOPERATION, true, "Mit dem Jugendamt")));
    }
}
