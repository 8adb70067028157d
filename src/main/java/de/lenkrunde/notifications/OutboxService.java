package de.lenkrunde.notifications;

import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** The mail outbox for admins: what went out, what is waiting, what failed; a failed mail may be retried. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class OutboxService {

    private final Outbox outbox;
    private final MailDispatch dispatch;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OutboxService(Outbox outbox, MailDispatch dispatch, ApplicationEventPublisher events, Clock clock) {
        this.outbox = outbox;
        this.dispatch = dispatch;
        this.events = events;
        this.clock = clock;
    }

    /** Newest first; {@code status} {@code null} lists all. */
    public List<OutboxMail> list(MailStatus status, Pageable page) {
        return outbox.page(status, (int) page.getOffset(), page.getPageSize());
    }

    public int count(MailStatus status) {
        return outbox.count(status);
    }

    public OutboxMail get(long id) {
        return outbox.find(id).orElseThrow(() -> new RecordNotFoundException("mail " + id));
    }

    /** Whether a mail server is configured; without one, mails are held. */
    public boolean mailServerConfigured() {
        return dispatch.canSend();
    }

    /** A FAILED mail gets fresh attempts (HELD again without a mail server); it leaves after the commit. */
    @Transactional
    public void retry(long id) {
        boolean canSend = dispatch.canSend();
        if (!outbox.retry(id, canSend ? MailStatus.PENDING : MailStatus.HELD, clock.instant())) {
            throw new BusinessRuleException("outbox.retry.notFailed");
        }
        if (canSend) {
            events.publishEvent(new MailsQueued(1));
        }
    }
}
