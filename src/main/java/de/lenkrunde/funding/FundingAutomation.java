package de.lenkrunde.funding;

import de.lenkrunde.decisions.DecisionRecorded;
import de.lenkrunde.proposals.DecisionOutcome;
import de.lenkrunde.proposals.ProposalDetails;
import de.lenkrunde.proposals.ProposalImplementationEnded;
import de.lenkrunde.proposals.ProposalService;
import de.lenkrunde.proposals.ProposalStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What funding does on its own when other modules report something: a decision opens (or, corrected, cancels and
 * re-opens) a request; the end of an implementation settles the money. Called by {@link FundingListeners} as the
 * system user (ADR 015). Each call is its own READ COMMITTED transaction (money moves), and each is idempotent,
 * because Spring Modulith re-delivers an event whose listener did not complete.
 */
@Component
@Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
class FundingAutomation {

    private static final Logger log = LoggerFactory.getLogger(FundingAutomation.class);
    private static final Set<ProposalStatus> FUNDING_STATES = EnumSet.of(ProposalStatus.FUNDING_REQUESTED,
            ProposalStatus.FUNDED, ProposalStatus.PARTIALLY_FUNDED, ProposalStatus.NOT_FUNDED);

    private final FundingService funding;
    private final FundingRequestRepository requests;
    private final ProposalService proposals;

    FundingAutomation(FundingService funding, FundingRequestRepository requests, ProposalService proposals) {
        this.funding = funding;
        this.requests = requests;
        this.proposals = proposals;
    }

    public void decisionRecorded(DecisionRecorded decision) {
        if (decision.correctsDecisionId() != null) {
            cancelRequestsOf(decision.correctsDecisionId(), decision.number());
        }
        boolean approves = decision.outcome() == DecisionOutcome.ACCEPTED || decision.outcome() == DecisionOutcome.ACCEPTED_AMENDED;
        if (decision.proposalId() == null || !approves || requests.existsForDecision(decision.decisionId())) {
            return;
        }
        ProposalDetails proposal = proposals.get(decision.proposalId());
        if (proposal.data().requestedAmount() == null || proposal.data().requestedAmount().signum() <= 0) {
            return; // nothing to fund: the proposal goes straight to implementation
        }
        if (proposal.status() != ProposalStatus.APPROVED && proposal.status() != ProposalStatus.NOT_FUNDED) {
            log.warn("Decision {} approves proposal {}, which is {}: no funding request opened", decision.number(),
                    proposal.id(), proposal.status());
            return;
        }
        var vote = decision.vote();
        funding.open(proposal, new FundingService.DecisionInfo(decision.decisionId(), decision.number(), decision.text(),
                vote == null ? null : vote.method().name(), vote == null ? null : vote.yes(), vote == null ? null : vote.no(),
                vote == null ? null : vote.abstain()));
    }

    private void cancelRequestsOf(long correctedDecisionId, String correctionNumber) {
        List<FundingRequest> affected = requests.findByDecisionId(correctedDecisionId).stream()
                .filter(r -> r.status() != FundingStatus.CANCELLED && r.status() != FundingStatus.REJECTED).toList();
        for (FundingRequest request : affected) {
            String why = "Beschluss berichtigt durch " + correctionNumber;
            funding.cancel(request, why);
            ProposalStatus status = proposals.get(request.proposalId()).status();
            if (FUNDING_STATES.contains(status)) {
                proposals.fundingCancelled(request.proposalId(), why, FundingService.reference(request));
            }
        }
    }

    public void implementationEnded(ProposalImplementationEnded ended) {
        requests.findByProposalIdOrderByIdDesc(ended.proposalId()).stream()
                .filter(r -> r.status().isApproved() && r.settledAt() == null)
                .forEach(r -> funding.settle(r, ended.status() == ProposalStatus.COMPLETED ? ended.actualCost() : null));
    }
}
