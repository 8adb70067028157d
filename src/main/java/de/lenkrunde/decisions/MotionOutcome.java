package de.lenkrunde.decisions;

/** What became of a motion. Withdrawn motions take no vote. */
public enum MotionOutcome {
    ACCEPTED,
    REJECTED,
    WITHDRAWN
}
