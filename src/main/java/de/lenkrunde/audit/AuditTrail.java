package de.lenkrunde.audit;

import de.lenkrunde.base.TypedReference;
import de.lenkrunde.people.CurrentUser;
import de.lenkrunde.people.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

/**
 * Writes audit entries in the caller's transaction, so that a change and its entry commit together.
 * Writing is open to every module; reading is {@link AuditService}'s and needs the admin role.
 */
@Component
public class AuditTrail {

    private static final int MAX_DETAILS = 2000;
    private static final int MAX_LABEL = 300;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records an action of the signed-in user (or the system, when nobody is signed in). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, TypedReference subject, String details) {
        SignedInUser user = currentUser.get().orElse(null);
        write(clock.instant(), user == null ? null : user.accountId(), user == null ? null : user.login(),
                action, subject, details);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void write(Instant at, Long actorAccountId, String actorLogin, String action, TypedReference subject, String details) {
        jdbc.sql("""
                        INSERT INTO audit_entry (occurred_at, actor_account_id, actor_login, action,
                                                 ref_kind, ref_id, ref_label, ref_route, details)
                        VALUES (:at, :actorId, :actorLogin, :action, :kind, :refId, :label, :route, :details)
                        """)
                .param("at", Timestamp.from(at))
                .param("actorId", actorAccountId)
                .param("actorLogin", actorLogin)
                .param("action", action)
                .param("kind", subject == null ? null : subject.kind())
                .param("refId", subject == null ? null : subject.id())
                .param("label", subject == null ? null : cut(subject.label(), MAX_LABEL))
                .param("route", subject == null ? null : subject.route())
                .param("details", cut(details, MAX_DETAILS))
                .update();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
