package de.lenkrunde.notifications;

import de.lenkrunde.TestData;
import de.lenkrunde.base.TypedReference;
import de.lenkrunde.people.AccountData;
import de.lenkrunde.people.PeopleService;
import de.lenkrunde.people.PersonData;
import de.lenkrunde.people.SystemUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Collection;
import java.util.Set;

/** Recipients and notifications for the notification tests. */
@Component
class NotificationFixtures {

    static final NotificationMessage MESSAGE = NotificationMessage.of("comingSoon.text", "Sitzungen");
    static final TypedReference MEETING = TypedReference.of("MEETING", 42L, "Sitzung 12.03.2027", "sitzungen/42");

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
