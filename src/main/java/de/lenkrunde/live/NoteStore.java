package de.lenkrunde.live;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The live_note table. Writes are conditional: an UPDATE only of the version the writer started from, an INSERT
 * only while there is no row; either reports whether it wrote, so the caller can tell a conflict.
 */
@Repository
class NoteStore {

    /** A stored note and who saved it last (person id, for the audit's change of hand). */
    record Stored(Note note, Long personId) {
    }

    private final JdbcClient jdbc;

    NoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(long meetingId, long itemId) {
        return jdbc.sql("""
                        SELECT text, version, updated_by_person_id, updated_by_name, updated_at
                        FROM live_note WHERE item_id = :itemId AND meeting_id = :meetingId
                        """)
                .param("itemId", itemId).param("meetingId", meetingId)
                .query((rs, i) -> {
                    long personId = rs.getLong("updated_by_person_id");
                    return new Stored(new Note(meetingId, itemId, rs.getString("text"), rs.getLong("version"),
                            rs.getString("updated_by_name"), rs.getTimestamp("updated_at").toInstant()),
                            rs.wasNull() ? null : personId);
                })
                .optional();
    }

    /** The first save of the item's notes; {@code false} when another writer's first save came first. */
    boolean insert(long meetingId, long itemId, String text, Long personId, String name, Instant at) {
        try {
            jdbc.sql("""
                            INSERT INTO live_note (item_id, meeting_id, text, version, updated_by_person_id, updated_by_name, updated_at)
                            VALUES (:itemId, :meetingId, :text, 1, :personId, :name, :at)
                            """)
                    .param("itemId", itemId).param("meetingId", meetingId).param("text", text)
                    .param("personId", personId).param("name", name).param("at", Timestamp.from(at))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Saves over {@code expectedVersion}; {@code false} when the stored version is another one by now. */
    boolean update(long meetingId, long itemId, long expectedVersion, String text, Long personId, String name, Instant at) {
        return jdbc.sql("""
                        UPDATE live_note
                        SET text = :text, version = version + 1, updated_by_person_id = :personId, updated_by_name = :name,
                            updated_at = :at
                        WHERE item_id = :itemId AND meeting_id = :meetingId AND version = :version
                        """)
                .param("text", text).param("personId", personId).param("name", name).param("at", Timestamp.from(at))
                .param("itemId", itemId).param("meetingId", meetingId).param("version", expectedVersion)
                .update() == 1;
    }
}
