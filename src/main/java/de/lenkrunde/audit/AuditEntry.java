package de.lenkrunde.audit;

import de.lenkrunde.base.TypedReference;

import java.time.Instant;

/** One line of the audit trail as the admin list shows it. */
public record AuditEntry(long id, Instant occurredAt, String actorLogin, String action, TypedReference subject,
                         String details) {
}
