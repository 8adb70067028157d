package de.lenkrunde.proposals;

import java.math.BigDecimal;
import java.time.Instant;

/** A row of the proposal list: one flat query plus one name lookup per page. */
public record ProposalListItem(long id, String referenceNumber, String title, long originGroupId, String originGroupName,
                               long targetBodyId, String targetBodyName, ProposalStatus status, BigDecimal requestedAmount,
                               Instant updatedAt) {
}
