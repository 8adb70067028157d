package de.lenkrunde.funding;

import de.lenkrunde.IntegrationTest;
import de.lenkrunde.TestData;
import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.notifications.InboxService;
import de.lenkrunde.proposals.DecisionOutcome;
import de.lenkrunde.proposals.ProposalService;
import de.lenkrunde.proposals.ProposalStatus;
import de.lenkrunde.proposals.TimelineEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Decision → request → funding decision → proposal timeline, four-eyes, payments, corrections and settlement. */
class FundingServiceTest extends IntegrationTest {

    @Autowired
    private FundingService funding;
    @Autowired
    private BudgetService budget;
    @Autowired
    private ProposalService proposals;
    @Autowired
    private FundingFixtures fixtures;
    @Autowired
    private InboxService inbox;

    private TestData.World world;

    @BeforeEach
    void cast() {
        world = fixtures.cast();
    }

    @Test
    void an_approving_decision_opens_a_request_and_finance_approval_reaches_the_case_record_and_the_group() {
        long line = fixtures.line("SRF-01", "20000.00", null);
        long proposal = fixtures.approvedProposal(world, "Bolzplatz", "3000.00");

        fixtures.decide(world, proposal, DecisionOutcome.ACCEPTED, null);

        long request = fixtures.requestOf(proposal);
        signInAs("kaemmerei");
        FundingRequestDetails details = funding.get(request);
        assertThat(details.status()).isEqualTo(FundingStatus.REQUESTED);
        assertThat(details.summary().decisionText()).isEqualTo("Die Lenkrunde beschließt die Förderung.");
        assertThat(details.summary().vote().yes()).isEqualTo(7);
        assertThat(details.summary().budgetLineId()).as("proposed line").isEqualTo(line);
        assertThat(details.summary().lineAvailable()).isEqualByComparingTo("20000.00");
        assertThat(details.summary().areaName()).isEqualTo("Nordstadt");
        assertThat(details.criteria()).hasSize(2);
        assertThat(details.actions()).containsExactly(FundingAction.DECIDE);
        assertThat(funding.queue(FundingFilter.queue(), PageRequest.of(0, 10))).extracting(FundingQueueItem::id).containsExactly(request);
        assertThat(proposals.get(proposal).status()).isEqualTo(ProposalStatus.FUNDING_REQUESTED);

        funding.decide(request, details.version(), FundingDecisionData.approve(new BigDecimal("3000.00"), line));

        assertThat(funding.get(request).status()).isEqualTo(FundingStatus.APPROVED);
        assertThat(budget.get(line).committed()).isEqualByComparingTo("3000.00");
        assertThat(budget.get(line).available()).isEqualByComparingTo("17000.00");
        testData.as("mitglied", () -> {
            assertThat(proposals.get(proposal).status()).isEqualTo(ProposalStatus.FUNDED);
            TimelineEntry funded = proposals.timeline(proposal).get(0);
            assertThat(funded.action()).isEqualTo("FUNDING_FUNDED");
            assertThat(funded.arguments().get(0)).contains("bewilligt " + money("3000.00")).contains("SRF-01");
            assertThat(inbox.list(PageRequest.of(0, 10))).extracting(n -> n.messageKey()).contains("funding.notice.FUNDED");
        });
    }

    @Test
    void a_decision_that_does_not_approve_or_needs_no_money_opens_nothing() {
        long rejected = fixtures.approvedProposal(world, "Abgelehnt", "500.00");
        fixtures.decide(world, rejected, DecisionOutcome.REJECTED, null);
        long free = fixtures.approvedProposal(world, "Kostenlos", "0.00");
        fixtures.decide(world, free, DecisionOutcome.ACCEPTED, null);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM funding_request", Integer.class)).isZero();
    }

    @Test
    void partly_and_refuse_need_a_reason_and_name_the_numbers() {
        long line = fixtures.line("SRF-01", "1000.00", null);
        long request = fixtures.requested(world, "Bank", "800.00");
        signInAs("kaemmerei");
        long version = funding.get(request).version();

        assertThatThrownBy(() -> funding.decide(request, version, FundingDecisionData.approvePartly(new BigDecimal("900.00"), line, "zu teuer")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(f -> {
                            assertThat(f.messageKey()).isEqualTo("funding.rule.partlyBelowRequested");
                            assertThat(f.arguments()).containsEntry("max", money("800.00"));
                        }));
        assertThatThrownBy(() -> funding.decide(request, version, FundingDecisionData.approvePartly(new BigDecimal("500.00"), line, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("reason"));
        assertThatThrownBy(() -> funding.decide(request, version, FundingDecisionData.approvePartly(new BigDecimal("0"), line, "x")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("funding.rule.positive"));
        assertThatThrownBy(() -> funding.decide(request, version, FundingDecisionData.approvePartly(new BigDecimal("-5"), line, "x")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> funding.decide(request, version, FundingDecisionData.refuse(" ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("reason"));

        funding.decide(request, version, FundingDecisionData.approvePartly(new BigDecimal("500.00"), line, "Eigenleistung möglich"));

        assertThat(funding.get(request).status()).isEqualTo(FundingStatus.PARTIALLY_APPROVED);
        assertThat(budget.get(line).committed()).isEqualByComparingTo("500.00");
        assertThat(proposals.get(fixtureProposal(request)).status()).isEqualTo(ProposalStatus.PARTIALLY_FUNDED);
        // deciding twice
        long now = funding.get(request).version();
        assertThatThrownBy(() -> funding.decide(request, now, FundingDecisionData.refuse("doch nicht")))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("funding.rule.notAllowedInStatus"));
        // a stale version is a conflict
        assertThatThrownBy(() -> funding.decide(request, version, FundingDecisionData.refuse("doch nicht")))
                .isInstanceOf(EditConflictException.class);
    }

    @Test
    void more_than_available_is_refused_with_the_available_amount_and_leaves_line_and_request_unchanged() {
        long line = fixtures.line("SRF-01", "1000.00", null);
        long request = fixtures.requested(world, "Bühne", "1500.00");
        signInAs("kaemmerei");
        long version = funding.get(request).version();

        assertThatThrownBy(() -> funding.decide(request, version, FundingDecisionData.approve(new BigDecimal("1500.00"), line)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).messageKey()).isEqualTo("funding.rule.moreThanAvailable");
                    assertThat(e.errors().get(0).arguments()).containsEntry("max", money("1000.00"));
                });

        assertThat(funding.get(request).status()).isEqualTo(FundingStatus.REQUESTED);
        assertThat(funding.get(request).version()).isEqualTo(version);
        assertThat(budget.get(line).committed()).isEqualByComparingTo("0.00");
    }

    @Test
    void a_refusal_reaches_the_proposal_and_a_new_request_can_be_made_by_hand() {
        long request = fixtures.requested(world, "Zirkus", "900.00");
        long proposal = fixtureProposal(request);
        signInAs("kaemmerei");
        funding.decide(request, funding.get(request).version(), FundingDecisionData.refuse("Kein passendes Programm"));
        assertThat(proposals.get(proposal).status()).isEqualTo(ProposalStatus.NOT_FUNDED);
        assertThat(funding.get(request).status()).isEqualTo(FundingStatus.REJECTED);

        long again = testData.as("vorsitz", () -> {
            assertThat(funding.requestableProposals()).extracting(p -> p.id()).contains(proposal);
            return funding.request(proposal);
        });

        assertThat(again).isNotEqualTo(request);
        assertThat(funding.get(again).summary().decisionNumber()).as("the decision goes with it").startsWith("LR-NOR-2026/");
        assertThat(proposals.get(proposal).status()).isEqualTo(ProposalStatus.FUNDING_REQUESTED);
        testData.as("vorsitz", () -> assertThatThrownBy(() -> funding.request(proposal)).isInstanceOf(BusinessRuleException.class));
        testData.as("mitglied", () -> assertThatThrownBy(() -> funding.request(proposal))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class));
    }

    @Test
    void above_the_threshold_a_second_different_finance_person_confirms_or_returns() {
        long line = fixtures.line("SRF-01", "20000.00", null);
        long request = fixtures.requested(world, "Jugendtreff", "8000.00");
        long proposal = fixtureProposal(request);
        signInAs("kaemmerei");
        funding.decide(request, funding.get(request).version(), FundingDecisionData.approve(new BigDecimal("8000.00"), line));

        FundingRequestDetails awaiting = funding.get(request);
        assertThat(awaiting.status()).isEqualTo(FundingStatus.AWAITING_SECOND_APPROVAL);
        assertThat(awaiting.actions()).as("not for the first approver").isEmpty();
        assertThat(budget.get(line).committed()).as("held while waiting").isEqualByComparingTo("8000.00");
        assertThat(proposals.get(proposal).status()).isEqualTo(ProposalStatus.FUNDING_REQUESTED);
        assertThatThrownBy(() -> funding.confirm(request, awaiting.version()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("funding.rule.ownDecision"));

        testData.as("finanzen", () -> {
            assertThat(funding.get(request).actions()).containsExactlyInAnyOrder(FundingAction.CONFIRM, FundingAction.RETURN);
            assertThatThrownBy(() -> funding.returnToQueue(request, awaiting.version(), ""))
                    .isInstanceOf(InvalidInputException.class);
            funding.returnToQueue(request, awaiting.version(), "Bitte Teilbetrag prüfen");
        });
        assertThat(funding.get(request).status()).isEqualTo(FundingStatus.REQUESTED);
        assertThat(funding.get(request).returnReason()).isEqualTo("Bitte Teilbetrag prüfen");
        assertThat(budget.get(line).committed()).as("released").isEqualByComparingTo("0.00");

        funding.decide(request, funding.get(request).version(),
                FundingDecisionData.approvePartly(new BigDecimal("6000.00"), line, "Teilbetrag"));
        testData.as("finanzen", () -> funding.confirm(request, funding.get(request).version()));

        assertThat(funding.get(request).status()).isEqualTo(FundingStatus.PARTIALLY_APPROVED);
        assertThat(funding.get(request).decidedByName()).isEqualTo("Finanzen Test");
        assertThat(budget.get(line).committed()).isEqualByComparingTo("6000.00");
        assertThat(proposals.get(proposal).status()).isEqualTo(ProposalStatus.PARTIALLY_FUNDED);
    }

    @Test
    void payments_never_exceed_the_approval_and_completion_releases_what_was_not_spent() {
        long line = fixtures.line("SRF-01", "5000.00", null);
        long request = fixtures.requested(world, "Sommerfest", "3000.00");
        long proposal = fixtureProposal(request);
        signInAs("kaemmerei");
        funding.decide(request, funding.get(request).version(), FundingDecisionData.approve(new BigDecimal("3000.00"), line));
        funding.recordPayment(request, funding.get(request).version(), new PaymentData(LocalDate.now(), new BigDecimal("1000.00"), "Abschlag"));

        long version = funding.get(request).version();
        assertThatThrownBy(() -> funding.recordPayment(request, version, new PaymentData(LocalDate.now(), new BigDecimal("2000.01"), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).messageKey()).isEqualTo("funding.rule.payMoreThanApproved");
                    assertThat(e.errors().get(0).arguments()).containsEntry("max", money("2000.00"));
                });
        assertThat(funding.payments(request)).extracting(PaymentItem::amount).containsExactly(new BigDecimal("1000.00"));
        assertThat(budget.get(line).paid()).isEqualByComparingTo("1000.00");

        testData.as("vorsitz", () -> {
            proposals.startImplementation(proposal, proposals.get(proposal).version());
            proposals.complete(proposal, proposals.get(proposal).version(), "Fest mit 300 Gästen", new BigDecimal("2400.00"));
        });
        await().atMost(Duration.ofSeconds(20)).until(fixtures::noPendingEvents);

        assertThat(funding.get(request).actualCost()).isEqualByComparingTo("2400.00");
        assertThat(funding.get(request).committedAmount()).isEqualByComparingTo("2400.00");
        assertThat(budget.get(line).committed()).as("600 € back on the line").isEqualByComparingTo("2400.00");
        assertThat(budget.get(line).available()).isEqualByComparingTo("2600.00");
        assertThatThrownBy(() -> funding.recordPayment(request, funding.get(request).version(),
                new PaymentData(LocalDate.now(), new BigDecimal("10.00"), null))).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void a_corrected_decision_cancels_the_request_releases_its_money_and_a_new_approval_opens_a_new_one() {
        long line = fixtures.line("SRF-01", "20000.00", null);
        long proposal = fixtures.approvedProposal(world, "Kletterwand", "7000.00");
        var original = fixtures.decide(world, proposal, DecisionOutcome.ACCEPTED, null);
        long first = fixtures.requestOf(proposal);
        signInAs("kaemmerei");
        // above the threshold: the money is held while the second approval is awaited
        funding.decide(first, funding.get(first).version(), FundingDecisionData.approve(new BigDecimal("7000.00"), line));
        assertThat(budget.get(line).committed()).isEqualByComparingTo("7000.00");

        // as decisions does it: the proposal takes the corrected outcome in the correcting transaction, then the event
        testData.as("vorsitz", () -> proposals.correctDecision(proposal, DecisionOutcome.ACCEPTED_AMENDED, "Betrag geändert",
                de.lenkrunde.base.TypedReference.of("DECISION", 9L, "LR-NOR-2026/001", "beschluesse/9")));
        fixtures.decide(world, proposal, DecisionOutcome.ACCEPTED_AMENDED, original.decisionId());

        assertThat(funding.get(first).status()).isEqualTo(FundingStatus.CANCELLED);
        assertThat(budget.get(line).committed()).as("released").isEqualByComparingTo("0.00");
        long second = fixtures.requestOf(proposal);
        assertThat(second).isNotEqualTo(first);
        assertThat(funding.get(second).status()).isEqualTo(FundingStatus.REQUESTED);
        assertThat(proposals.get(proposal).status()).isEqualTo(ProposalStatus.FUNDING_REQUESTED);
        List<String> actions = proposals.timeline(proposal).stream().map(TimelineEntry::action).toList();
        assertThat(actions).startsWith("FUNDING_REQUESTED", "CORRECT_ACCEPTED_AMENDED", "FUNDING_REQUESTED");
    }

    @Test
    void a_correction_the_proposal_did_not_follow_still_cancels_and_moves_it_back_from_funding() {
        long proposal = fixtures.approvedProposal(world, "Bühne", "2000.00");
        var original = fixtures.decide(world, proposal, DecisionOutcome.ACCEPTED, null);
        long first = fixtures.requestOf(proposal);

        fixtures.decide(world, proposal, DecisionOutcome.REJECTED, original.decisionId());

        signInAs("kaemmerei");
        assertThat(funding.get(first).status()).isEqualTo(FundingStatus.CANCELLED);
        assertThat(proposals.get(proposal).status()).isEqualTo(ProposalStatus.APPROVED);
        assertThat(proposals.timeline(proposal).get(0).action()).isEqualTo("FUNDING_CANCELLED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM funding_request WHERE proposal_id = ?", Integer.class, proposal)).isEqualTo(1);
    }

    @Test
    void a_restricted_line_serves_only_its_area_and_a_closed_line_takes_no_approvals() {
        long south = fixtures.line("SUED-01", "5000.00", world.townSouth());
        long request = fixtures.requested(world, "Kiosk", "1000.00");
        signInAs("kaemmerei");
        assertThat(funding.get(request).summary().budgetLineId()).as("no line serves Nordstadt").isNull();
        assertThat(funding.lineOptions(request)).isEmpty();
        assertThatThrownBy(() -> funding.decide(request, funding.get(request).version(), FundingDecisionData.approve(new BigDecimal("1000.00"), south)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("funding.rule.lineArea"));

        long north = fixtures.line("NORD-01", "5000.00", world.regionNorth());
        budget.close(north, budget.get(north).version());
        assertThatThrownBy(() -> funding.decide(request, funding.get(request).version(), FundingDecisionData.approve(new BigDecimal("1000.00"), north)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("funding.rule.lineClosedField"));
        budget.reopen(north, budget.get(north).version());
        funding.decide(request, funding.get(request).version(), FundingDecisionData.approve(new BigDecimal("1000.00"), north));
        assertThat(budget.get(north).committed()).isEqualByComparingTo("1000.00");
        assertThatThrownBy(() -> budget.update(north, budget.get(north).version(),
                new BudgetLineData("NORD-01", "Fonds", java.time.Year.now().getValue(), new BigDecimal("999.99"), world.regionNorth())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).arguments()).containsEntry("max", money("1000.00")));
    }

    @Test
    void the_overview_adds_up_to_the_cent_per_line_region_and_principle() {
        long a = fixtures.line("A-01", "10000.00", null);
        long b = fixtures.line("B-01", "2500.50", null);
        long r1 = fixtures.requested(world, "Eins", "1234.56");
        long r2 = fixtures.requested(world, "Zwei", "765.44");
        long r3 = fixtures.requested(world, "Drei", "999.99");
        signInAs("kaemmerei");
        funding.decide(r1, funding.get(r1).version(), FundingDecisionData.approve(new BigDecimal("1234.56"), a));
        funding.decide(r2, funding.get(r2).version(), FundingDecisionData.approvePartly(new BigDecimal("700.01"), b, "Deckel"));
        funding.decide(r3, funding.get(r3).version(), FundingDecisionData.refuse("nein"));
        funding.recordPayment(r1, funding.get(r1).version(), new PaymentData(LocalDate.now(), new BigDecimal("0.01"), null));

        BudgetOverview overview = budget.overview(java.time.Year.now().getValue());

        assertThat(overview.totals().total()).isEqualByComparingTo("12500.50");
        assertThat(overview.totals().committed()).isEqualByComparingTo("1934.57");
        assertThat(overview.totals().paid()).isEqualByComparingTo("0.01");
        assertThat(overview.totals().available()).isEqualByComparingTo("10565.93");
        assertThat(overview.lines()).extracting(BudgetOverview.Line::code).containsExactly("A-01", "B-01");
        assertThat(overview.lines().get(1).funded()).singleElement().satisfies(f -> assertThat(f.approved()).isEqualByComparingTo("700.01"));
        for (BudgetOverview.Line line : overview.lines()) {
            BigDecimal sum = line.funded().stream().map(BudgetOverview.Funded::committed).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as(line.code()).isEqualByComparingTo(line.figures().committed());
        }
        assertThat(overview.byRegion()).singleElement().satisfies(s -> {
            assertThat(s.label()).isEqualTo("Nord");
            assertThat(s.committed()).isEqualByComparingTo("1934.57");
        });
        assertThat(overview.byPrinciple()).filteredOn(s -> s.label().equals("hinte.COOPERATION")).singleElement()
                .satisfies(s -> assertThat(s.requests()).isEqualTo(2));
    }

    private static String money(String amount) {
        return de.lenkrunde.base.format.Formats.money(new BigDecimal(amount));
    }

    private long fixtureProposal(long requestId) {
        return jdbc.queryForObject("SELECT proposal_id FROM funding_request WHERE id = ?", Long.class, requestId);
    }
}
