package de.lenkrunde.proposals;

/** Why a scheduled proposal goes back to SUBMITTED. */
public enum UnscheduleReason {
    /** the agenda item was removed before or withdrawn in the meeting (abgesetzt) */
    REMOVED_FROM_AGENDA,
    /** the item was deferred to a later meeting (vertagt) */
    DEFERRED,
    /** the meeting was cancelled */
    MEETING_CANCELLED
}
