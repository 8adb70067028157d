package de.lenkrunde.people;

import java.time.Instant;

/**
 * Something happened to a person or account that the audit trail must show. Published inside the
 * transaction of the change; the audit module records it in the same transaction.
 *
 * @param actorAccountId who did it ({@code null} for the system or an anonymous login attempt)
 * @param personId       the person concerned, if known
 * @param subjectLabel   a readable name of the person or the attempted login
 */
public record AccountEvent(Instant occurredAt, Long actorAccountId, String actorLogin, Type type,
                           Long personId, String subjectLabel, String details) {

    public enum Type {
        LOGIN_SUCCEEDED, LOGIN_FAILED, LOGIN_REFUSED_LOCKED, ACCOUNT_LOCKED, ACCOUNT_UNLOCKED,
        PASSWORD_CHANGED, PASSWORD_RESET, ACCOUNT_CREATED, ACCOUNT_UPDATED, ROLES_CHANGED,
        PERSON_CREATED, PERSON_UPDATED
    }
}
