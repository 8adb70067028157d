package de.lenkrunde.audit;

import de.lenkrunde.base.TypedReference;
import de.lenkrunde.people.AccountEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records people's account events. Synchronous on purpose: the entry commits with the change it
 * describes, or neither does (see docs/adr/007-audit-in-the-same-transaction.md).
 */
@Component
class AccountEventRecorder {

    private final AuditTrail trail;

    AccountEventRecorder(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(AccountEvent event) {
        TypedReference subject = TypedReference.of("PERSON", event.personId(), event.subjectLabel(),
                event.personId() == null ? null : "verwaltung/personen");
        trail.write(event.occurredAt(), event.actorAccountId(), event.actorLogin(), event.type().name(), subject,
                event.details());
    }
}
