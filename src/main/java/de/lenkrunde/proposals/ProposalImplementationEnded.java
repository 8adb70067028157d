package de.lenkrunde.proposals;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A proposal's implementation ended: {@link ProposalStatus#COMPLETED} with its actual cost, or
 * {@link ProposalStatus#DISCONTINUED} ({@code actualCost} null). Published in the same transaction; modules above
 * (funding: settles the approved money and releases what was not spent) take it after the commit.
 */
public record ProposalImplementationEnded(long proposalId, ProposalStatus status, BigDecimal actualCost, Instant endedAt) {
}
