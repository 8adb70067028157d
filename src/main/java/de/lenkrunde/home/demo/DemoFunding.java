package de.lenkrunde.home.demo;

import de.lenkrunde.base.format.Formats;
import de.lenkrunde.funding.BudgetLineData;
import de.lenkrunde.funding.BudgetService;
import de.lenkrunde.funding.FundingDecisionData;
import de.lenkrunde.funding.FundingService;
import de.lenkrunde.funding.PaymentData;
import de.lenkrunde.proposals.DecisionOutcome;
import de.lenkrunde.proposals.ProposalService;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * The money of the demo town: budget lines of the current year and funding requests in several states, so that the
 * Finanzen queue and the budget overview show something at once. Each step runs through the ordinary, protected
 * services as the demo account that would take it (the chair approves, the treasury decides), so no back door is
 * needed. Until the decisions module records decisions in meetings, the demo proposals are approved directly and
 * their requests are made by hand (as a chair would after a decision without a request).
 */
@Component
class DemoFunding {

    private final BudgetService budget;
    private final FundingService funding;
    private final ProposalService proposals;
    private final DemoUsers users;

    DemoFunding(BudgetService budget, FundingService funding, ProposalService proposals, DemoUsers users) {
        this.budget = budget;
        this.funding = funding;
        this.proposals = proposals;
        this.users = users;
    }

    /** Proposals already submitted to the steering round, approved here and sent to finance. */
    record Proposals(long summerFestival, long fitnessTrail, long homeworkHelp, long townId) {
    }

    void load(Proposals demo) {
        int year = Formats.today().getYear();
        long fund = budget.create(new BudgetLineData("SRF-" + year + "-01", "Sozialraumfonds Lindenhain", year,
                new BigDecimal("40000.00"), demo.townId()));
        budget.create(new BudgetLineData("KJF-" + year, "Kinder- und Jugendförderung", year, new BigDecimal("15000.00"), null));
        budget.create(new BudgetLineData("SEN-" + year, "Programm Älter werden im Quartier", year, new BigDecimal("8000.00"), null));

        long festival = approvedAndRequested(demo.summerFestival());
        long trail = approvedAndRequested(demo.fitnessTrail());
        approvedAndRequested(demo.homeworkHelp());
        as("kaemmerei", () -> {
            funding.decide(festival, funding.get(festival).version(), new FundingDecisionData(
                    de.lenkrunde.funding.FundingVerdict.APPROVE, null, fund, null, "Verwendungsnachweis bis 30.11.", null, null));
            funding.recordPayment(festival, funding.get(festival).version(),
                    new PaymentData(Formats.today(), new BigDecimal("1000.00"), "Abschlag für Bühne und Technik"));
            // above the four-eyes threshold: waits for "finanzen"
            funding.decide(trail, funding.get(trail).version(), FundingDecisionData.approve(null, fund));
            return null;
        });
    }

    private long approvedAndRequested(long proposalId) {
        return as("vorsitz", () -> {
            proposals.schedule(proposalId, null);
            proposals.applyDecision(proposalId, DecisionOutcome.ACCEPTED, null, null);
            return funding.request(proposalId);
        });
    }

    private <T> T as(String login, Supplier<T> work) {
        return users.as(login, work);
    }
}
