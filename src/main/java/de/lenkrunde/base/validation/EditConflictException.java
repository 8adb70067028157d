package de.lenkrunde.base.validation;

/**
 * Someone else saved the same record since it was loaded (optimistic locking). The form keeps what
 * the user typed and offers to reload.
 */
public class EditConflictException extends RuntimeException {

    private final String changedBy;

    public EditConflictException(String what, Throwable cause) {
        this(what, null, cause);
    }

    /** @param changedBy who saved in between, when known (the form says "inzwischen von … geändert") */
    public EditConflictException(String what, String changedBy, Throwable cause) {
        super("Concurrent change of " + what, cause);
        this.changedBy = changedBy;
    }

    /** Who saved in between, or {@code null}. */
    public String changedBy() {
        return changedBy;
    }
}
