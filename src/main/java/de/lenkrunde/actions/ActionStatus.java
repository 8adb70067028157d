package de.lenkrunde.actions;

/** Life cycle of an action item: OPEN → IN_PROGRESS → DONE, or CANCELLED with a reason. */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    /** Still to be done. */
    public boolean pending() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
