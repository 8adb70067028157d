package de.lenkrunde.notifications;

import de.lenkrunde.base.TypedReference;
import de.lenkrunde.base.i18n.Languages;
import de.lenkrunde.base.i18n.TranslationProvider;
import de.lenkrunde.notifications.Outbox.NewMail;
import de.lenkrunde.people.ContactDirectory;
import de.lenkrunde.people.PersonContact;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * person with an e-mail address, written in the recipient's language into the outbox. Guests, who are no
 * persons (a name and an address), get the mail only. Mails may carry attachments (e.g. a PDF and an
 * {@code .ics} invitation), stored once however many recipients get them. The mails leave after the commit
 * (or never, when the transaction rolls back). Each outbox row records the subject's kind and id, so that
 * {@link MailDeliveries#forSubject} shows the delivery per recipient. Open to every module, like the audit
 * trail: who may cause a notification is the calling service's decision.
 */
@Component
public class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);
    private static final int MAX_SUBJECT_TEXT = 150;
    private static final int MAX_ADDRESS = 254;

    private final Inbox inbox;
    private final Outbox outbox;
    private final AttachmentContents contents;
    private final ContactDirectory contactDirectory;
    private final MailDispatch dispatch;
    private final MailSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifier(Inbox inbox, Outbox outbox, AttachmentContents contents, ContactDirectory contactDirectory,
             MailDispatch dispatch, MailSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.contents = contents;
        this.contactDirectory = contactDirectory;
        this.dispatch = dispatch;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The same as {@link #notify(Collection, NotificationMessage, TypedReference, List)} without attachments.
     *
     * @param personIds who to tell (duplicates and unknown ids are ignored)
     * @param message   translation key and arguments
     * @param subject   what it is about and the route that opens it; may be {@code null}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void notify(Collection<Long> personIds, NotificationMessage message, TypedReference subject) {
        notify(personIds, message, subject, List.of());
    }

    /**
     * One in-app notification per person (unchanged by attachments) and one mail per person with an e-mail
     * address, carrying the attachments.
     *
     * @param personIds   who to tell (duplicates and unknown ids are ignored)
     * @param message     translation key and arguments
     * @param subject     what it is about and the route that opens it; may be {@code null}. Its kind and id are
     *                    stored with each mail for {@link MailDeliveries#forSubject}.
     * @param attachments files for every mail, in order; {@code null} or empty for none
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void notify(Collection<Long> personIds, NotificationMessage message, TypedReference subject,
                       List<MailAttachment> attachments) {
        Objects.requireNonNull(message, "message");
        List<MailAttachment> files = attachments(attachments);
        List<Long> ids = personIds == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(personIds.stream().filter(Objects::nonNull).toList()));
        if (ids.isEmpty()) {
            return;
        }
        // Addresses are personal data (admins only); delivering is the system's act, so read them as the system.
        List<PersonContact> contacts = contactDirectory.contactsFor(ids);
        Instant now = clock.instant();
        MailStatus mailStatus = dispatch.canSend() ? MailStatus.PENDING : MailStatus.HELD;
        List<Long> contentIds = null;
        int queued = 0;
        for (PersonContact contact : contacts) {
            inbox.add(contact.id(), now, message, subject);
            if (contact.hasEmail()) {
                Locale locale = contact.locale();
                String text = TranslationProvider.translate(message.key(), locale, message.arguments().toArray());
                long mailId = outbox.add(new NewMail(contact.id(), null, contact.email().strip(), subject(text, locale),
                        body(contact, text, subject, locale), refKind(subject), refId(subject)), mailStatus, null, now);
                if (!files.isEmpty()) {
                    if (contentIds == null) {
                        contentIds = contents.store(files, now);
                    }
                    outbox.attach(mailId, files, contentIds);
                }
                queued++;
            }
        }
        if (queued > 0 && mailStatus == MailStatus.PENDING) {
            events.publishEvent(new MailsQueued(queued));
        }
    }

    /**
     * A mail to a guest, who is no person: no in-app notification, written in German, greeting the guest by
     * name, without a link (the application's pages are for signed-in users). An address that is not even
     * well-formed does not throw and does not roll the caller back: the mail is written as
     * {@link MailStatus#FAILED} at once, its last error starting with {@value MailDelivery#INVALID_ADDRESS}, so
     * that the per-recipient status shows it.
     *
     * @param name        the guest's name for the greeting (may be blank: a greeting without a name)
     * @param email       the guest's address
     * @param message     translation key and arguments
     * @param subject     what it is about; may be {@code null}. Its kind and id are stored with the mail for
     *                    {@link MailDeliveries#forSubject}; its route is not used.
     * @param attachments files for the mail, in order; {@code null} or empty for none
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void mailGuest(String name, String email, NotificationMessage message, TypedReference subject,
                          List<MailAttachment> attachments) {
        Objects.requireNonNull(message, "message");
        List<MailAttachment> files = attachments(attachments);
        Locale locale = Languages.GERMAN;
        String guestName = name == null || name.isBlank() ? null : name.strip();
        String address = email == null ? "" : email.strip();
        String text = TranslationProvider.translate(message.key(), locale, message.arguments().toArray());
        String body = guestName == null
                ? TranslationProvider.translate("notification.mail.guestBodyNoName", locale, text)
                : TranslationProvider.translate("notification.mail.guestBody", locale, guestName, text);
        String addressError = addressError(address);
        Instant now = clock.instant();
        MailStatus mailStatus = addressError != null ? MailStatus.FAILED
                : dispatch.canSend() ? MailStatus.PENDING : MailStatus.HELD;
        if (addressError != null) {
            log.info("Mail to guest {} about {} not sent: {}", address, subject, addressError);
        }
        long mailId = outbox.add(new NewMail(null, guestName, address, subject(text, locale), body, refKind(subject),
                refId(subject)), mailStatus, addressError, now);
        outbox.attach(mailId, files, contents.store(files, now));
        if (mailStatus == MailStatus.PENDING) {
            events.publishEvent(new MailsQueued(1));
        }
    }

    /** {@code null} for a well-formed single address, else why it is not one. */
    static String addressError(String address) {
        if (address.isEmpty()) {
            return MailDelivery.INVALID_ADDRESS + ": none given";
        }
        if (address.length() > MAX_ADDRESS) {
            return MailDelivery.INVALID_ADDRESS + ": longer than " + MAX_ADDRESS + " characters";
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            if (parsed.getPersonal() != null || !address.equals(parsed.getAddress()) || address.indexOf('@') < 1) {
                return MailDelivery.INVALID_ADDRESS + ": \"" + address + "\" is not a single plain address";
            }
            return null;
        } catch (AddressException e) {
            return MailDelivery.INVALID_ADDRESS + ": \"" + address + "\" (" + e.getMessage() + ")";
        }
    }

    private static List<MailAttachment> attachments(List<MailAttachment> attachments) {
        if (attachments == null || attachments.isEmpty()) {
            return List.of();
        }
        attachments.forEach(a -> Objects.requireNonNull(a, "attachment"));
        return List.copyOf(attachments);
    }

    private static String refKind(TypedReference subject) {
        return subject == null ? null : subject.kind();
    }

    private static Long refId(TypedReference subject) {
        return subject == null ? null : subject.id();
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
