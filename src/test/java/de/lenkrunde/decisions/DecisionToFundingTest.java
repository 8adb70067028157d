package de.lenkrunde.decisions;

import de.lenkrunde.funding.BudgetLineData;
import de.lenkrunde.funding.BudgetService;
import de.lenkrunde.funding.FundingDecisionData;
import de.lenkrunde.funding.FundingFilter;
import de.lenkrunde.funding.FundingQueueItem;
import de.lenkrunde.funding.FundingService;
import de.lenkrunde.funding.FundingStatus;
import de.lenkrunde.people.GlobalRole;
import de.lenkrunde.people.SystemUser;
import de.lenkrunde.proposals.ProposalStatus;
import de.lenkrunde.proposals.TimelineEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The golden path through the real modules: the chair records the decision in the running meeting (decisions), the
 * event opens the funding request (funding, as the system user), finance approves, the member reads the outcome on
 * the case record and in the bell.
 */
class DecisionToFundingTest extends DecisionIntegrationTest {

    @Autowired
    private FundingService funding;
    @Autowired
    private BudgetService budget;

    @Test
    void a_decision_in_the_meeting_opens_the_request_and_finance_funds_the_proposal() {
        testData.account("kaemmerei", Set.of(GlobalRole.FINANCE), Set.of());
        long line = SystemUser.call(() -> budget.create(new BudgetLineData("SRF-01", "Sozialraumfonds", 2026,
                new BigDecimal("20000.00"), null)));
        allVotingPresent();
        int entitled = votingPresent(proposalItem);

        DecisionView decision = as("vorsitz", () -> decisions.record(meetingId, proposalItem,
                accepted("Die Lenkrunde beschließt: Spielplatz am Anger, gefördert mit 3.500 €", entitled, 0, 0)));

        publications.awaitCompleted("de.lenkrunde.funding");
        List<FundingQueueItem> queue = as("kaemmerei", () -> funding.queue(FundingFilter.queue(), PageRequest.of(0, 10)));
        assertThat(queue).singleElement().satisfies(request -> {
            assertThat(request.proposalId()).isEqualTo(proposal);
            assertThat(request.decisionNumber()).isEqualTo(decision.number());
            assertThat(request.decisionText()).contains("gefördert mit 3.500 €");
            assertThat(request.vote().yes()).isEqualTo(entitled);
            assertThat(request.budgetLineId()).isEqualTo(line);
        });
        assertThat(as("mitglied", () -> proposals.get(proposal)).status()).isEqualTo(ProposalStatus.FUNDING_REQUESTED);

        long requestId = queue.get(0).id();
        as("kaemmerei", () -> funding.decide(requestId, funding.get(requestId).version(),
                FundingDecisionData.approve(new BigDecimal("3500.00"), line)));

        assertThat(as("kaemmerei", () -> funding.get(requestId)).status()).isEqualTo(FundingStatus.APPROVED);
        assertThat(as("mitglied", () -> proposals.get(proposal)).status()).isEqualTo(ProposalStatus.FUNDED);
        List<String> story = as("mitglied", () -> proposals.timeline(proposal)).stream()
                .filter(e -> e.kind() == TimelineEntry.Kind.TRANSITION).map(TimelineEntry::action).toList();
        assertThat(story).startsWith("FUNDING_FUNDED", "FUNDING_REQUESTED", "DECIDE_ACCEPTED", "SCHEDULE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE message_key = 'funding.notice.FUNDED'", Integer.class))
                .isPositive();
    }
}
