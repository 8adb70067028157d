package de.lenkrunde.notifications;

/** Where a mail of the outbox stands. */
public enum MailStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** Handed to the mail server. */
    SENT,
    /** Every attempt failed; an admin may try again. */
    FAILED,
    /** No mail server configured (demo mode): kept, visible in the outbox, never sent. */
    HELD
}
