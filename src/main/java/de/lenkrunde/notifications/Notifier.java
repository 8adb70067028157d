package de.lenkrunde.notifications;

import de.lenkrunde.base.TypedReference;
import de.lenkrunde.base.i18n.TranslationProvider;
import de.lenkrunde.people.ContactDirectory;
import de.lenkrunde.people.PersonContact;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Tells people something, in the caller's transaction: one in-app notification per person and one mail per
 * person with an e-mail address, written in the recipient's language into the outbox. The mails leave after
 * the commit (or never, when the transaction rolls back). Open to every module, like the audit trail: who
 * may cause a notification is the calling service's decision.
 */
@Component
public class Notifier {

    private static final int MAX_SUBJECT_TEXT = 150;

    private final Inbox inbox;
    private final Outbox outbox;
    private final ContactDirectory contactDirectory;
    private final MailDispatch dispatch;
    private final MailSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifier(Inbox inbox, Outbox outbox, ContactDirectory contactDirectory, MailDispatch dispatch, MailSettings settings,
             ApplicationEventPublisher events, Clock clock) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.contactDirectory = contactDirectory;
        this.dispatch = dispatch;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param personIds who to tell (duplicates and unknown ids are ignored)
     * @param message   translation key and arguments
     * @param subject   what it is about and the route that opens it; may be {@code null}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void notify(Collection<Long> personIds, NotificationMessage message, TypedReference subject) {
        Objects.requireNonNull(message, "message");
        List<Long> ids = personIds == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(personIds.stream().filter(Objects::nonNull).toList()));
        if (ids.isEmpty()) {
            return;
        }
        // Addresses are personal data (admins only); delivering is the system's act, so read them as the system.
        List<PersonContact> contacts = contactDirectory.contactsFor(ids);
        Instant now = clock.instant();
        MailStatus mailStatus = dispatch.canSend() ? MailStatus.PENDING : MailStatus.HELD;
        int queued = 0;
        for (PersonContact contact : contacts) {
            inbox.add(contact.id(), now, message, subject);
            if (contact.hasEmail()) {
                Locale locale = contact.locale();
                String text = TranslationProvider.translate(message.key(), locale, message.arguments().toArray());
                outbox.add(contact.id(), contact.email().strip(), subject(text, locale), body(contact, text, subject, locale),
                        mailStatus, now);
                queued++;
            }
        }
        if (queued > 0 && mailStatus == MailStatus.PENDING) {
            events.publishEvent(new MailsQueued(queued));
        }
    }

    private static String subject(String text, Locale locale) {
        String firstLine = text.lines().findFirst().orElse("");
        String shortText = firstLine.length() <= MAX_SUBJECT_TEXT ? firstLine : firstLine.substring(0, MAX_SUBJECT_TEXT - 1) + "…";
        return TranslationProvider.translate("notification.mail.subject", locale, shortText);
    }

    private String body(PersonContact contact, String text, TypedReference subject, Locale locale) {
        String link = settings.link(subject == null ? null : subject.route());
        return link == null
                ? TranslationProvider.translate("notification.mail.body", locale, contact.displayName(), text)
                : TranslationProvider.translate("notification.mail.bodyWithLink", locale, contact.displayName(), text, link);
    }
}
