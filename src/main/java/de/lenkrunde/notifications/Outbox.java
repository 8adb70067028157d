package de.lenkrunde.notifications;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The mail_outbox table. Rows are claimed for an attempt with a conditional UPDATE (status PENDING, due),
 * which pushes {@code next_attempt_at} past the claim timeout: two nodes never send the same mail, and a
 * node that dies while sending leaves the mail to be tried again after the timeout.
 */
@Repository
class Outbox {

    private static final int MAX_ERROR = 1000;
    private static final int MAX_SUBJECT = 300;

    private static final RowMapper<OutboxMail> ROW = (rs, i) -> new OutboxMail(rs.getLong("id"), rs.getLong("person_id"),
            rs.getString("to_address"), rs.getString("subject"), MailStatus.valueOf(rs.getString("status")),
            rs.getInt("attempts"), instant(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"),
            instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("sent_at")));

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long personId, String to, String subject, String body, MailStatus status, Instant now) {
        jdbc.sql("""
                        INSERT INTO mail_outbox (person_id, to_address, subject, body, status, attempts, next_attempt_at,
                                                 created_at, version)
                        VALUES (:personId, :to, :subject, :body, :status, 0, :now, :now, 0)
                        """)
                .param("personId", personId).param("to", to).param("subject", cut(subject, MAX_SUBJECT))
                .param("body", body).param("status", status.name()).param("now", Timestamp.from(now))
                .update();
    }

    /** Ids of pending mails whose attempt is due, oldest first. */
    List<Long> due(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT id FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= :now
                        ORDER BY next_attempt_at, id LIMIT :limit
                        """)
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query(Long.class).list();
    }

    /** Claims a due mail for one attempt; empty when another node (or thread) was first. */
    Optional<ClaimedMail> claim(long id, Instant now, Instant claimedUntil) {
        int claimed = jdbc.sql("""
                        UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = :until, version = version + 1
                        WHERE id = :id AND status = 'PENDING' AND next_attempt_at <= :now
                        """)
                .param("id", id).param("now", Timestamp.from(now)).param("until", Timestamp.from(claimedUntil))
                .update();
        if (claimed != 1) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id, to_address, subject, body, attempts FROM mail_outbox WHERE id = :id")
                .param("id", id)
                .query((rs, i) -> new ClaimedMail(rs.getLong("id"), rs.getString("to_address"), rs.getString("subject"),
                        rs.getString("body"), rs.getInt("attempts")))
                .optional();
    }

    void markSent(long id, Instant now) {
        jdbc.sql("""
                        UPDATE mail_outbox SET status = 'SENT', sent_at = :now, next_attempt_at = NULL, last_error = NULL,
                                               version = version + 1
                        WHERE id = :id AND status = 'PENDING'
                        """)
                .param("id", id).param("now", Timestamp.from(now)).update();
    }

    /** After a failed attempt: pending again at {@code nextAttempt}, or FAILED when it is {@code null}. */
    void markFailed(long id, String error, Instant nextAttempt) {
        jdbc.sql("""
                        UPDATE mail_outbox SET status = :status, next_attempt_at = :next, last_error = :error,
                                               version = version + 1
                        WHERE id = :id AND status = 'PENDING'
                        """)
                .param("id", id)
                .param("status", (nextAttempt == null ? MailStatus.FAILED : MailStatus.PENDING).name())
                .param("next", nextAttempt == null ? null : Timestamp.from(nextAttempt))
                .param("error", cut(error, MAX_ERROR))
                .update();
    }

    /** A failed mail starts again with fresh attempts; {@code false} when it was not (or no longer) FAILED. */
    boolean retry(long id, MailStatus newStatus, Instant now) {
        return jdbc.sql("""
                        UPDATE mail_outbox SET status = :status, attempts = 0, next_attempt_at = :now, last_error = NULL,
                                               version = version + 1
                        WHERE id = :id AND status = 'FAILED'
                        """)
                .param("id", id).param("status", newStatus.name()).param("now", Timestamp.from(now))
                .update() == 1;
    }

    List<OutboxMail> page(MailStatus status, int offset, int limit) {
        return jdbc.sql("""
                        SELECT * FROM mail_outbox WHERE (:status IS NULL OR status = :status)
                        ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset
                        """)
                .param("status", status == null ? null : status.name())
                .param("limit", limit).param("offset", offset)
                .query(ROW).list();
    }

    int count(MailStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE (:status IS NULL OR status = :status)")
                .param("status", status == null ? null : status.name())
                .query(Integer.class).single();
    }

    Optional<OutboxMail> find(long id) {
        return jdbc.sql("SELECT * FROM mail_outbox WHERE id = :id").param("id", id).query(ROW).optional();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** A mail claimed for one attempt; {@code attempt} counts this one. */
    record ClaimedMail(long id, String to, String subject, String body, int attempt) {
    }
}
