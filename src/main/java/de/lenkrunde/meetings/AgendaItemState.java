package de.lenkrunde.meetings;

/**
 * What became of an agenda item in the meeting. Before and outside the meeting every item is OPEN; the
 * live console sets the others. DEFERRED items are offered for the body's next agenda (carry-over).
 */
public enum AgendaItemState {
    OPEN,
    DONE,
    /** abgesetzt: taken off the agenda in the meeting */
    WITHDRAWN,
    /** vertagt: to be treated in a later meeting */
    DEFERRED
}
