package de.lenkrunde.actions;

import de.lenkrunde.decisions.Vote;
import de.lenkrunde.proposals.DecisionOutcome;
import de.lenkrunde.proposals.ProposalStatus;

import java.time.Instant;

/**
 * A row of the decision register: the current revision of a decision ({@code revision} > 0: corrected), its
 * proposal with the proposal's status now, and the state of its action items (those assigned on its TOP).
 */
public record RegisterRow(long decisionId, String number, int revision, Instant decidedAt, long bodyId, String bodyName,
                          String title, DecisionOutcome outcome, Vote vote, boolean nonPublic, Long proposalId,
                          String proposalNumber, ProposalStatus proposalStatus, int actionsTotal, int actionsDone,
                          int actionsPending, int actionsOverdue) {

    /** Approved and nothing done yet (the "ohne Umsetzung" rule, for one row). */
    public boolean withoutImplementation() {
        boolean approved = outcome == DecisionOutcome.ACCEPTED || outcome == DecisionOutcome.ACCEPTED_AMENDED;
        boolean proposalImplemented = proposalStatus == ProposalStatus.IN_IMPLEMENTATION || proposalStatus == ProposalStatus.COMPLETED;
        return approved && !proposalImplemented && actionsDone == 0;
    }
}
