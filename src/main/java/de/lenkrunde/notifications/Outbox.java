package de.lenkrunde.notifications;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The mail_outbox table and the attachments of its mails. Rows are claimed for an attempt with a conditional
 * UPDATE (status PENDING, due), which pushes {@code next_attempt_at} past the claim timeout: two nodes never
 * send the same mail, and a node that dies while sending leaves the mail to be tried again after the timeout.
 * Attachment bytes live in mail_attachment_content, once per SHA-256 ({@link AttachmentContents});
 * mail_attachment links a mail to them with its own file name and content type.
 */
@Repository
class Outbox {

    private static final int MAX_ERROR = 1000;
    private static final int MAX_SUBJECT = 300;
    private static final int MAX_ADDRESS = 254;
    private static final int MAX_NAME = 200;

    private static final String MAIL_COLUMNS = """
            id, person_id, recipient_name, to_address, subject, status, attempts, next_attempt_at, last_error,
            created_at, sent_at""";

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes a mail; returns its id. {@code error} is set for a mail written as FAILED right away. */
    long add(NewMail mail, MailStatus status, String error, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO mail_outbox (person_id, recipient_name, to_address, subject, body, status, attempts,
                                                 next_attempt_at, last_error, created_at, ref_kind, ref_id, version)
                        VALUES (:personId, :name, :to, :subject, :body, :status, 0, :next, :error, :now, :refKind,
                                :refId, 0)
                        """)
                .param("personId", mail.personId()).param("name", cut(mail.recipientName(), MAX_NAME))
                .param("to", cut(mail.to(), MAX_ADDRESS)).param("subject", cut(mail.subject(), MAX_SUBJECT))
                .param("body", mail.body()).param("status", status.name())
                .param("next", status == MailStatus.FAILED ? null : Timestamp.from(now))
                .param("error", cut(error, MAX_ERROR)).param("now", Timestamp.from(now))
                .param("refKind", mail.refKind()).param("refId", mail.refId())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Links the attachments (with the content ids from {@link AttachmentContents#store}) to a mail, in one statement. */
    void attach(long mailId, List<MailAttachment> attachments, List<Long> contentIds) {
        if (attachments.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder(
                "INSERT INTO mail_attachment (mail_id, position, file_name, content_type, content_id) VALUES ");
        Map<String, Object> params = new HashMap<>();
        params.put("mailId", mailId);
        for (int i = 0; i < attachments.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:mailId, ").append(i).append(", :name").append(i)
                    .append(", :type").append(i).append(", :content").append(i).append(')');
            params.put("name" + i, attachments.get(i).fileName());
            params.put("type" + i, attachments.get(i).contentType());
            params.put("content" + i, contentIds.get(i));
        }
        jdbc.sql(sql.toString()).params(params).update();
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

    /**
     * Claims a due mail for one attempt, with its attachments (bytes included, for this mail only); empty when
     * another node (or thread) was first.
     */
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
        List<MailAttachment> attachments = jdbc.sql("""
                        SELECT a.file_name, a.content_type, c.content
                        FROM mail_attachment a JOIN mail_attachment_content c ON c.id = a.content_id
                        WHERE a.mail_id = :id ORDER BY a.position
                        """)
                .param("id", id)
                .query((rs, i) -> new MailAttachment(rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBytes("content")))
                .list();
        return jdbc.sql("SELECT id, to_address, subject, body, attempts FROM mail_outbox WHERE id = :id")
                .param("id", id)
                .query((rs, i) -> new ClaimedMail(rs.getLong("id"), rs.getString("to_address"), rs.getString("subject"),
                        rs.getString("body"), rs.getInt("attempts"), attachments))
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

    /** One page, newest first, with the attachments' names (one more query for the whole page, no bytes). */
    List<OutboxMail> page(MailStatus status, int offset, int limit) {
        List<MailRow> rows = jdbc.sql("SELECT " + MAIL_COLUMNS + """
                         FROM mail_outbox WHERE (:status IS NULL OR status = :status)
                        ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset
                        """)
                .param("status", status == null ? null : status.name())
                .param("limit", limit).param("offset", offset)
                .query(MAIL_ROW).list();
        return withNames(rows, attachmentNames(rows.stream().map(MailRow::id).toList()), MailRow::toOutboxMail);
    }

    int count(MailStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE (:status IS NULL OR status = :status)")
                .param("status", status == null ? null : status.name())
                .query(Integer.class).single();
    }

    Optional<OutboxMail> find(long id) {
        return jdbc.sql("SELECT " + MAIL_COLUMNS + " FROM mail_outbox WHERE id = :id").param("id", id)
                .query(MAIL_ROW).optional()
                .map(row -> row.toOutboxMail(attachmentNames(List.of(id)).getOrDefault(id, List.of())));
    }

    /** Every mail about a subject, newest first, with the attachments' names: two queries in all. */
    List<MailDelivery> forSubject(String refKind, long refId) {
        List<MailRow> rows = jdbc.sql("SELECT " + MAIL_COLUMNS + """
                         FROM mail_outbox WHERE ref_kind = :kind AND ref_id = :id
                        ORDER BY created_at DESC, id DESC
                        """)
                .param("kind", refKind).param("id", refId)
                .query(MAIL_ROW).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> names = new HashMap<>();
        jdbc.sql("""
                        SELECT a.mail_id, a.file_name FROM mail_attachment a JOIN mail_outbox o ON o.id = a.mail_id
                        WHERE o.ref_kind = :kind AND o.ref_id = :id ORDER BY a.mail_id, a.position
                        """)
                .param("kind", refKind).param("id", refId)
                .query((rs, i) -> names.computeIfAbsent(rs.getLong("mail_id"), k -> new ArrayList<>())
                        .add(rs.getString("file_name")))
                .list();
        return withNames(rows, names, MailRow::toDelivery);
    }

    /** The attachments' file names per mail id (mails without attachments are missing); no bytes. */
    Map<Long, List<String>> attachmentNames(Collection<Long> mailIds) {
        if (mailIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<String>> names = new HashMap<>();
        jdbc.sql("SELECT mail_id, file_name FROM mail_attachment WHERE mail_id IN (:ids) ORDER BY mail_id, position")
                .param("ids", mailIds)
                .query((rs, i) -> names.computeIfAbsent(rs.getLong("mail_id"), k -> new ArrayList<>())
                        .add(rs.getString("file_name")))
                .list();
        return names;
    }

    private static <T> List<T> withNames(List<MailRow> rows, Map<Long, List<String>> names,
                                         BiFunction<MailRow, List<String>, T> build) {
        return rows.stream().map(row -> build.apply(row, names.getOrDefault(row.id(), List.of()))).toList();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static final RowMapper<MailRow> MAIL_ROW = (rs, i) -> new MailRow(rs.getLong("id"),
            rs.getObject("person_id", Long.class), rs.getString("recipient_name"), rs.getString("to_address"),
            rs.getString("subject"), MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
            instant(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"),
            instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("sent_at")));

    /** A mail as read, before its attachments' names are added. */
    private record MailRow(long id, Long personId, String recipientName, String to, String subject, MailStatus status,
                           int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

        OutboxMail toOutboxMail(List<String> attachmentNames) {
            return new OutboxMail(id, personId, recipientName, to, subject, status, attempts, nextAttemptAt, lastError,
                    createdAt, sentAt, attachmentNames);
        }

        MailDelivery toDelivery(List<String> attachmentNames) {
            return new MailDelivery(id, personId, recipientName, to, status, attempts, lastError, createdAt, sentAt,
                    attachmentNames);
        }
    }

    /** A mail to write: to a person ({@code personId}) or a guest ({@code recipientName} only). */
    record NewMail(Long personId, String recipientName, String to, String subject, String body, String refKind,
                   Long refId) {
    }

    /** A mail claimed for one attempt; {@code attempt} counts this one. */
    record ClaimedMail(long id, String to, String subject, String body, int attempt, List<MailAttachment> attachments) {
    }
}
