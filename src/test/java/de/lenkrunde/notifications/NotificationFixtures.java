package de.lenkrunde.notifications;

import de.lenkrunde.TestData;
import de.lenkrunde.base.TypedReference;
import de.lenkrunde.people.AccountData;
import de.lenkrunde.people.PeopleService;
import de.lenkrunde.people.PersonData;
import de.lenkrunde.people.SystemUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Recipients and notifications for the notification tests. */
@Component
class NotificationFixtures {

    static final NotificationMessage MESSAGE = NotificationMessage.of("comingSoon.text", "Sitzungen");
    static final TypedReference MEETING = TypedReference.of("MEETING", 42L, "Sitzung 12.03.2027", "sitzungen/42");
    static final String ICS_TYPE = "text/calendar; charset=UTF-8; method=REQUEST";

    /** A small PDF-like file (the outbox does not look inside). */
    static MailAttachment pdf() {
        return new MailAttachment("Tagesordnung 12.03.2027.pdf", "application/pdf",
                ("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj <<>> endobj\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A calendar invitation with non-ASCII text. */
    static MailAttachment ics() {
        return new MailAttachment("einladung.ics", ICS_TYPE, """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                METHOD:REQUEST\r
                BEGIN:VEVENT\r
                UID:meeting-42@lenkrunde.example\r
                SUMMARY:Sitzung des Beirats – Straße & Grünfläche\r
                END:VEVENT\r
                END:VCALENDAR\r
                """.getBytes(StandardCharsets.UTF_8));
    }

    private final Notifier notifier;
    private final PeopleService people;
    private final TransactionTemplate transactions;

    NotificationFixtures(Notifier notifier, PeopleService people, TransactionTemplate transactions) {
        this.notifier = notifier;
        this.people = people;
        this.transactions = transactions;
    }

    /** Notifies in a transaction of its own, as a calling service would. */
    void notify(Collection<Long> personIds) {
        transactions.executeWithoutResult(tx -> notifier.notify(personIds, MESSAGE, MEETING));
    }

    /** Notifies with attachments in a transaction of its own. */
    void notify(Collection<Long> personIds, List<MailAttachment> attachments) {
        transactions.executeWithoutResult(tx -> notifier.notify(personIds, MESSAGE, MEETING, attachments));
    }

    /** Mails a guest in a transaction of its own. */
    void mailGuest(String name, String email, List<MailAttachment> attachments) {
        transactions.executeWithoutResult(tx -> notifier.mailGuest(name, email, MESSAGE, MEETING, attachments));
    }

    /** The notifier, for several calls in one transaction ({@link #inTransaction}). */
    Notifier notifier() {
        return notifier;
    }

    void inTransaction(Runnable work) {
        transactions.executeWithoutResult(tx -> work.run());
    }

    /** A person with an account in English (and an e-mail address). */
    long englishAccount(String login) {
        return SystemUser.call(() -> {
            long id = people.create(new PersonData("Emma", "English", login + "@example.org", null, null, null));
            people.createAccountWithPassword(id, new AccountData(login, Set.of(), Set.of(), "en", true), TestData.PASSWORD, false);
            return id;
        });
    }

    /** A person without an account but with an e-mail address: written to in German. */
    long personWithEmail(String first, String last, String email) {
        return SystemUser.call(() -> people.create(new PersonData(first, last, email, null, null, null)));
    }
}
