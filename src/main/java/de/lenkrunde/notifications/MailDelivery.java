package de.lenkrunde.notifications;

import java.time.Instant;
import java.util.List;

/**
 * Where the mail to one recipient about a subject stands, for the page of that subject (e.g. a meeting's
 * invitations): a person ({@code personId}) or a guest ({@code personId} {@code null}, {@code recipientName}
 * set). A guest address that was not even well-formed is {@link MailStatus#FAILED} with no attempt and
 * {@code lastError} starting with {@value MailDelivery#INVALID_ADDRESS}.
 *
 * @param attachmentNames the attachments' file names, in order (no bytes)
 */
public record MailDelivery(long mailId, Long personId, String recipientName, String address, MailStatus status,
                           int attempts, String lastError, Instant createdAt, Instant sentAt,
                           List<String> attachmentNames) {

    /** How {@code lastError} starts for an address that could never be delivered to. */
    public static final String INVALID_ADDRESS = "Invalid e-mail address";

    public MailDelivery {
        attachmentNames = attachmentNames == null ? List.of() : List.copyOf(attachmentNames);
    }

    /** Whether the address itself was wrong (no attempt was made, a retry would not help). */
    public boolean invalidAddress() {
        return status == MailStatus.FAILED && lastError != null && lastError.startsWith(INVALID_ADDRESS);
    }
}
