package de.lenkrunde.decisions;

import de.lenkrunde.proposals.DecisionOutcome;

import java.time.Instant;

/**
 * A decision as recorded. {@code number} is the same for a decision and its corrections; {@code revision} counts
 * the corrections (0: as first recorded). {@code supersededById}: the correction that replaced this one, if any;
 * {@code correctsDecisionId}: the decision this one corrects. {@code entitled}: voting members present and not biased.
 */
public record DecisionView(long id, long version, String number, int revision, long bodyId, long meetingId, long itemId,
                           String itemNumber, String title, boolean nonPublic, Long proposalId, String text,
                           DecisionOutcome outcome, Vote vote, int entitled, boolean quorumReached, String quorumOverrideReason,
                           String reason, Instant decidedAt, String decidedByName, Long correctsDecisionId,
                           String correctionReason, Long supersededById) {

    public boolean current() {
        return supersededById == null;
    }

    public boolean correction() {
        return correctsDecisionId != null;
    }
}
