package de.lenkrunde.funding;

import java.util.EnumSet;
import java.util.Set;

/** The life cycle of a funding request (DESIGN.md §3). */
public enum FundingStatus {
    /** waiting for finance, in the queue */
    REQUESTED,
    /** a first finance person approved above the threshold; a second, different one confirms or returns it */
    AWAITING_SECOND_APPROVAL,
    APPROVED,
    PARTIALLY_APPROVED,
    /** refused (reason required); a new request may be made */
    REJECTED,
    /** its decision was corrected or the proposal left the funding path; committed money was released */
    CANCELLED;

    /** Money is committed on the line in these states. */
    public static final Set<FundingStatus> COMMITTING = EnumSet.of(AWAITING_SECOND_APPROVAL, APPROVED, PARTIALLY_APPROVED);
    /** Still open: finance has something to do. */
    public static final Set<FundingStatus> OPEN = EnumSet.of(REQUESTED, AWAITING_SECOND_APPROVAL);

    public boolean isApproved() {
        return this == APPROVED || this == PARTIALLY_APPROVED;
    }
}
