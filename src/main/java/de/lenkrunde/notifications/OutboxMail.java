package de.lenkrunde.notifications;

import java.time.Instant;
import java.util.List;

/**
 * One mail of the outbox as the admin list shows it: to a person ({@code personId}) or to a guest
 * ({@code personId} {@code null}, {@code recipientName} set), with its attachments' file names.
 */
public record OutboxMail(long id, Long personId, String recipientName, String toAddress, String subject,
                         MailStatus status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
                         Instant sentAt, List<String> attachmentNames) {

    public OutboxMail {
        attachmentNames = attachmentNames == null ? List.of() : List.copyOf(attachmentNames);
    }

    /** A mail to a guest, who is no person of the people module. */
    public boolean toGuest() {
        return personId == null;
    }
}
