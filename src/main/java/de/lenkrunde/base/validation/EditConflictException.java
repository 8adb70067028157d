package de.lenkrunde.base.validation;

/**
 * Someone else saved the same record since it was loaded (optimistic locking). The form keeps what
 * the user typed and offers to reload.
 */
public class EditConflictException extends RuntimeException {

    public EditConflictException(String what, Throwable cause) {
        super("Concurrent change of " + what, cause);
    }
}
