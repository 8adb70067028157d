package de.lenkrunde.minutes;

/** How the body approved the minutes. */
public enum ApprovalMethod {
    /** a decision on the TOP "Genehmigung der Niederschrift" of a later meeting */
    MEETING,
    /** Umlaufverfahren: every voting member consented by the deadline */
    CIRCULATION
}
