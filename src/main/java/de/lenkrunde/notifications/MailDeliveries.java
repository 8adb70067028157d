package de.lenkrunde.notifications;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Per-recipient delivery status of the mails about one subject, for the module that sent them (e.g. the
 * meetings module shows on a meeting's page which invitation went out and which failed).
 * <p>
 * The rows hold recipients' addresses and names, i.e. personal data. This component only requires a signed-in
 * user: <strong>the calling module decides who may see them</strong> (e.g. only the body's chair and the
 * admins) and must check that before it calls, as it does for the subject itself.
 */
@Component
public class MailDeliveries {

    private final Outbox outbox;

    MailDeliveries(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * Every mail written with a subject of this kind and id (see {@link Notifier}), newest first, with the
     * attachments' file names (two queries in all, no attachment bytes).
     *
     * @param refKind the subject's {@link de.lenkrunde.base.TypedReference#kind()}, e.g. {@code "MEETING"}
     * @param refId   the subject's {@link de.lenkrunde.base.TypedReference#id()}
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MailDelivery> forSubject(String refKind, long refId) {
        if (refKind == null || refKind.isBlank()) {
            return List.of();
        }
        return outbox.forSubject(refKind, refId);
    }
}
