package de.lenkrunde.notifications;

import de.lenkrunde.notifications.Outbox.ClaimedMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Sends the outbox: right after a commit that queued mails (asynchronously, so the user does not wait for
 * the mail server) and, for retries and anything left over, on a schedule. Each mail is claimed with a
 * conditional UPDATE first, so several threads or nodes may run this at once. Without a mail server
 * ({@code spring.mail.host} unset) nothing is sent: mails are written as HELD. A mail with attachments goes
 * out as MIME multipart (text body first, then each attachment with the content type its sender gave).
 */
@Component
class MailDispatch {

    private static final Logger log = LoggerFactory.getLogger(MailDispatch.class);
    private static final int BATCH = 50;

    private final Outbox outbox;
    private final JavaMailSender mailSender;
    private final TaskExecutor executor;
    private final MailSettings settings;
    private final Clock clock;

    MailDispatch(Outbox outbox, ObjectProvider<JavaMailSender> mailSender,
                 @Qualifier("applicationTaskExecutor") TaskExecutor executor, MailSettings settings, Clock clock) {
        this.outbox = outbox;
        this.mailSender = mailSender.getIfAvailable();
        this.executor = executor;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether a mail server is configured; without one, mails are HELD. */
    boolean canSend() {
        return mailSender != null;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(MailsQueued event) {
        if (canSend()) {
            executor.execute(this::sendDue);
        }
    }

    @Scheduled(fixedDelayString = "${lenkrunde.mail.retry-interval:1m}",
            initialDelayString = "${lenkrunde.mail.retry-interval:1m}")
    void sendDueOnSchedule() {
        if (canSend()) {
            sendDue();
        }
    }

    /** Sends every due mail this node can claim; returns how many it attempted. */
    int sendDue() {
        if (!canSend()) {
            return 0;
        }
        int attempted = 0;
        List<Long> due;
        do {
            Instant now = clock.instant();
            due = outbox.due(now, BATCH);
            for (Long id : due) {
                var claimed = outbox.claim(id, now, now.plus(settings.claimTimeout()));
                if (claimed.isPresent()) {
                    send(claimed.get());
                    attempted++;
                }
            }
        } while (due.size() == BATCH);
        return attempted;
    }

    private void send(ClaimedMail mail) {
        try {
            if (mail.attachments().isEmpty()) {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(settings.from());
                message.setTo(mail.to());
                message.setSubject(mail.subject());
                message.setText(mail.body());
                mailSender.send(message);
            } else {
                mailSender.send(multipart(mail));
            }
            outbox.markSent(mail.id(), clock.instant());
        } catch (RuntimeException | MessagingException e) {
            boolean last = mail.attempt() >= settings.maxAttempts();
            Instant next = last ? null : clock.instant().plus(settings.backoffAfter(mail.attempt()));
            log.warn("Mail {} to {}: attempt {} of {} failed{}: {}", mail.id(), mail.to(), mail.attempt(),
                    settings.maxAttempts(), last ? " for the last time" : "", e.toString());
            outbox.markFailed(mail.id(), describe(e), next);
        }
    }

    private MimeMessage multipart(ClaimedMail mail) throws MessagingException {
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(mail.to());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        for (MailAttachment attachment : mail.attachments()) {
            helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.contentUnshared()),
                    attachment.contentType());
        }
        return message;
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 1000; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" ← ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage().strip());
            }
        }
        return text.toString();
    }
}
