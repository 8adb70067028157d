package de.lenkrunde.minutes;

import de.lenkrunde.minutes.ReviewComment.AnswerKind;
import de.lenkrunde.minutes.ReviewComment.CommentKind;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The minutes_comment table: review comments and their answers; an answer is written over the version read. */
@Repository
class CommentStore {

    record Stored(ReviewComment comment, long minutesId, long authorPersonId) {
    }

    private static final String COLUMNS = """
            id, version, minutes_id, item_id, kind, text, author_person_id, author_name, created_at, answer_kind, answer_text,
            answered_by_name, answered_at""";

    private static final RowMapper<Stored> ROW = (rs, i) -> {
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        String answerKind = rs.getString("answer_kind");
        return new Stored(new ReviewComment(rs.getLong("id"), rs.getLong("version"), rs.getLong("item_id"),
                CommentKind.valueOf(rs.getString("kind")), rs.getString("text"), rs.getString("author_name"),
                rs.getTimestamp("created_at").toInstant(), answerKind == null ? null : AnswerKind.valueOf(answerKind),
                rs.getString("answer_text"), rs.getString("answered_by_name"), answeredAt == null ? null : answeredAt.toInstant()),
                rs.getLong("minutes_id"), rs.getLong("author_person_id"));
    };

    private final JdbcClient jdbc;

    CommentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReviewComment> of(long minutesId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM minutes_comment WHERE minutes_id = :id ORDER BY item_id, id")
                .param("id", minutesId).query(ROW).list().stream().map(Stored::comment).toList();
    }

    Optional<Stored> find(long commentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM minutes_comment WHERE id = :id").param("id", commentId).query(ROW).optional();
    }

    long insert(long minutesId, long itemId, CommentKind kind, String text, long personId, String name, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO minutes_comment (version, minutes_id, item_id, kind, text, author_person_id, author_name, created_at)
                        VALUES (1, :minutesId, :itemId, :kind, :text, :personId, :name, :at)
                        """)
                .param("minutesId", minutesId).param("itemId", itemId).param("kind", kind.name()).param("text", text)
                .param("personId", personId).param("name", name).param("at", Timestamp.from(at)).update(key);
        return key.getKey().longValue();
    }

    /** Answers a comment read at {@code expectedVersion}; {@code false} when it changed (or was answered) in between. */
    boolean answer(long commentId, long expectedVersion, AnswerKind kind, String text, String name, Instant at) {
        return jdbc.sql("""
                        UPDATE minutes_comment SET version = version + 1, answer_kind = :kind, answer_text = :text,
                            answered_by_name = :name, answered_at = :at
                        WHERE id = :id AND version = :version
                        """)
                .param("kind", kind.name()).param("text", text).param("name", name).param("at", Timestamp.from(at))
                .param("id", commentId).param("version", expectedVersion).update() == 1;
    }
}
