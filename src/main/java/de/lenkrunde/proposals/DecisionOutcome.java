package de.lenkrunde.proposals;

/**
 * The outcome of a decision on a proposal. The outcome belongs to the decision (module decisions);
 * the proposal only takes the resulting state.
 */
public enum DecisionOutcome {
    /** angenommen → APPROVED */
    ACCEPTED,
    /** geändert angenommen → APPROVED */
    ACCEPTED_AMENDED,
    /** abgelehnt → REJECTED */
    REJECTED,
    /** vertagt → SUBMITTED */
    DEFERRED,
    /** zurückverwiesen → DRAFT (reason required) */
    REFERRED_BACK
}
