package de.lenkrunde.people;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;

/**
 * E-mail addresses and languages for delivering messages (notifications module). Not a user-facing
 * service: its results go into the mail outbox and never back to the user who caused the message,
 * so it needs no user permission — like {@code AuditTrail}, it is called inside the caller's
 * transaction. (Impersonating "system" would not work inside a Vaadin request, where Vaadin's
 * security-context strategy prefers the session's context.)
 */
@Component
public class ContactDirectory {

    private final PersonQueries queries;

    ContactDirectory(PersonQueries queries) {
        this.queries = queries;
    }

    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public List<PersonContact> contactsFor(Collection<Long> personIds) {
        return queries.contacts(personIds);
    }
}
