package de.lenkrunde.proposals;

import java.time.Instant;

/**
 * A proposal went into implementation ({@link ProposalStatus#IN_IMPLEMENTATION}). Published in the same transaction;
 * actions keeps its "ohne Umsetzung" list with it (ADR 018).
 */
public record ProposalImplementationStarted(long proposalId, Instant startedAt) {
}
