package de.lenkrunde.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.lenkrunde.base.TypedReference;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The notification table: written by {@link Notifier}, read by {@link InboxService}. */
@Repository
class Inbox {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LABEL = 300;

    private static final RowMapper<InboxItem> ROW = (rs, i) -> {
        Object refId = rs.getObject("ref_id");
        TypedReference subject = rs.getString("ref_kind") == null ? null
                : new TypedReference(rs.getString("ref_kind"), refId == null ? null : ((Number) refId).longValue(),
                rs.getString("ref_label"), rs.getString("ref_route"));
        Timestamp readAt = rs.getTimestamp("read_at");
        return new InboxItem(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(),
                readAt == null ? null : readAt.toInstant(), rs.getString("message_key"), arguments(rs.getString("arguments")),
                subject);
    };

    private final JdbcClient jdbc;

    Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long personId, Instant at, NotificationMessage message, TypedReference subject) {
        jdbc.sql("""
                        INSERT INTO notification (person_id, created_at, message_key, arguments,
                                                  ref_kind, ref_id, ref_label, ref_route)
                        VALUES (:personId, :at, :key, :arguments, :kind, :refId, :label, :route)
                        """)
                .param("personId", personId)
                .param("at", Timestamp.from(at))
                .param("key", message.key())
                .param("arguments", json(message.arguments()))
                .param("kind", subject == null ? null : subject.kind())
                .param("refId", subject == null ? null : subject.id())
                .param("label", subject == null ? null : cut(subject.label()))
                .param("route", subject == null ? null : subject.route())
                .update();
    }

    int unreadCount(long personId) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE person_id = :personId AND read_at IS NULL")
                .param("personId", personId).query(Integer.class).single();
    }

    int count(long personId) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE person_id = :personId")
                .param("personId", personId).query(Integer.class).single();
    }

    List<InboxItem> page(long personId, int offset, int limit) {
        return jdbc.sql("""
                        SELECT * FROM notification WHERE person_id = :personId
                        ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset
                        """)
                .param("personId", personId).param("limit", limit).param("offset", offset)
                .query(ROW).list();
    }

    /** Only the owner's own notification is touched; reading twice keeps the first time. */
    int markRead(long personId, long id, Instant at) {
        return jdbc.sql("UPDATE notification SET read_at = :at WHERE id = :id AND person_id = :personId AND read_at IS NULL")
                .param("at", Timestamp.from(at)).param("id", id).param("personId", personId).update();
    }

    int markAllRead(long personId, Instant at) {
        return jdbc.sql("UPDATE notification SET read_at = :at WHERE person_id = :personId AND read_at IS NULL")
                .param("at", Timestamp.from(at)).param("personId", personId).update();
    }

    private static String json(List<String> arguments) {
        try {
            return JSON.writeValueAsString(arguments);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> arguments(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable notification arguments: " + json, e);
        }
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_LABEL ? text : text.substring(0, MAX_LABEL - 1) + "…";
    }
}
