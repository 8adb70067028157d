package de.lenkrunde.notifications;

import java.time.Instant;

/** One mail of the outbox as the admin list shows it. */
public record OutboxMail(long id, long personId, String toAddress, String subject, MailStatus status, int attempts,
                         Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {
}
