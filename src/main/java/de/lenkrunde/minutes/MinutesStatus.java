package de.lenkrunde.minutes;

/** Life cycle of one edition of the minutes (DESIGN.md §3). */
public enum MinutesStatus {
    /** being written; chair and minute-taker sign it */
    DRAFT,
    /** signed by both (or signatures voided by a change and to be renewed) and open to the members' review */
    RELEASED,
    /** approved by the body: locked */
    APPROVED
}
