package de.lenkrunde.minutes;

/** A circulation procedure (Umlaufverfahren) on the minutes. */
public enum CirculationState {
    RUNNING,
    /** a voting member objected: approval must go through a meeting (or a new circulation after changes) */
    STOPPED,
    /** every voting member consented */
    COMPLETED
}
