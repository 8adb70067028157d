package de.lenkrunde.base.database;

/** The embedded database could not start; the message tells the operator what to do. */
public class EmbeddedDatabaseException extends RuntimeException {

    public EmbeddedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
