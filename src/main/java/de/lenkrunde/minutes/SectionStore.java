package de.lenkrunde.minutes;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The minutes_section table: texts per TOP. Writes are conditional (UPDATE only of the version the writer started
 * from, INSERT only while there is no row) and say whether they wrote, so that the caller can tell a conflict.
 */
@Repository
class SectionStore {

    private final JdbcClient jdbc;

    SectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Section> all(long minutesId) {
        return jdbc.sql("SELECT minutes_id, item_id, text, version, updated_by_name, updated_at FROM minutes_section WHERE minutes_id = :id")
                .param("id", minutesId).query((rs, i) -> new Section(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant())).list();
    }

    Optional<Section> find(long minutesId, long itemId) {
        return all(minutesId).stream().filter(s -> s.itemId() == itemId).findFirst();
    }

    boolean insert(long minutesId, long itemId, String text, String name, Instant at) {
        try {
            jdbc.sql("""
                            INSERT INTO minutes_section (minutes_id, item_id, text, version, updated_by_name, updated_at)
                            VALUES (:minutesId, :itemId, :text, 1, :name, :at)
                            """)
                    .param("minutesId", minutesId).param("itemId", itemId).param("text", text).param("name", name)
                    .param("at", Timestamp.from(at)).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    boolean update(long minutesId, long itemId, long expectedVersion, String text, String name, Instant at) {
        return jdbc.sql("""
                        UPDATE minutes_section SET text = :text, version = version + 1, updated_by_name = :name, updated_at = :at
                        WHERE minutes_id = :minutesId AND item_id = :itemId AND version = :version
                        """)
                .param("text", text).param("name", name).param("at", Timestamp.from(at))
                .param("minutesId", minutesId).param("itemId", itemId).param("version", expectedVersion).update() == 1;
    }

    /** A new edition starts with the texts of the one it corrects. */
    void copy(long fromMinutesId, long toMinutesId, String name, Instant at) {
        jdbc.sql("""
                        INSERT INTO minutes_section (minutes_id, item_id, text, version, updated_by_name, updated_at)
                        SELECT :to, item_id, text, 1, :name, :at FROM minutes_section WHERE minutes_id = :from
                        """)
                .param("to", toMinutesId).param("from", fromMinutesId).param("name", name).param("at", Timestamp.from(at)).update();
    }
}
