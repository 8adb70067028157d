package de.lenkrunde.proposals;

/** The states of a case record (DESIGN.md §3). */
public enum ProposalStatus {
    DRAFT, SUBMITTED, SCHEDULED, APPROVED, REJECTED, FUNDING_REQUESTED, FUNDED, PARTIALLY_FUNDED, NOT_FUNDED,
    IN_IMPLEMENTATION, COMPLETED, DISCONTINUED, WITHDRAWN;

    /** Nothing happens to a proposal in these states any more. */
    public boolean isFinal() {
        return this == REJECTED || this == COMPLETED || this == DISCONTINUED || this == WITHDRAWN;
    }
}
