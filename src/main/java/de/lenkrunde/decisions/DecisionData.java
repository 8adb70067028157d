package de.lenkrunde.decisions;

import de.lenkrunde.proposals.DecisionOutcome;

/**
 * A decision as the chair records or corrects it. {@code quorumOverrideReason}: required when the body is not
 * quorate (beschlussfähig) for the item — the vote is then taken anyway and the reason recorded. {@code reason}:
 * required for zurückverwiesen (the focus group reads it), optional for vertagt.
 */
public record DecisionData(String text, DecisionOutcome outcome, Vote vote, String quorumOverrideReason, String reason) {
}
