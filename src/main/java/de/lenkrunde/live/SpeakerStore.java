package de.lenkrunde.live;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The live_speaker and live_item tables. */
@Repository
class SpeakerStore {

    /** A stored speaker with its item. */
    record Row(long id, long itemId, int position, Long personId, String name, Instant startedAt, Instant finishedAt) {

        boolean waiting() {
            return startedAt == null;
        }

        boolean speaking() {
            return startedAt != null && finishedAt == null;
        }
    }

    private static final String COLUMNS = "id, item_id, position, person_id, name, started_at, finished_at";

    private static final RowMapper<Row> ROW = (rs, i) -> {
        long personId = rs.getLong("person_id");
        Long person = rs.wasNull() ? null : personId;
        Timestamp started = rs.getTimestamp("started_at");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Row(rs.getLong("id"), rs.getLong("item_id"), rs.getInt("position"), person, rs.getString("name"),
                started == null ? null : started.toInstant(), finished == null ? null : finished.toInstant());
    };

    private final JdbcClient jdbc;

    SpeakerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The item's speakers in order; {@code lock}: FOR UPDATE, so changes of one list happen one after the other. */
    List<Row> list(long meetingId, long itemId, boolean lock) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM live_speaker WHERE item_id = :itemId AND meeting_id = :meetingId "
                        + "ORDER BY position, id" + (lock ? " FOR UPDATE" : ""))
                .param("itemId", itemId).param("meetingId", meetingId)
                .query(ROW).list();
    }

    /** The speakers as the services show them: positions 1, 2, 3 … in the list's order. */
    static List<Speaker> speakers(List<Row> rows) {
        List<Speaker> speakers = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            speakers.add(new Speaker(row.id(), row.personId(), row.name(), i + 1, row.startedAt(), row.finishedAt()));
        }
        return speakers;
    }

    Optional<Row> find(long meetingId, long speakerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM live_speaker WHERE id = :id AND meeting_id = :meetingId FOR UPDATE")
                .param("id", speakerId).param("meetingId", meetingId)
                .query(ROW).optional();
    }

    long insert(long meetingId, long itemId, int position, Long personId, String name, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO live_speaker (meeting_id, item_id, position, person_id, name, added_at)
                        VALUES (:meetingId, :itemId, :position, :personId, :name, :at)
                        """)
                .param("meetingId", meetingId).param("itemId", itemId).param("position", position)
                .param("personId", personId).param("name", name).param("at", Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void start(long speakerId, Instant at) {
        jdbc.sql("UPDATE live_speaker SET started_at = :at WHERE id = :id AND started_at IS NULL")
                .param("at", Timestamp.from(at)).param("id", speakerId).update();
    }

    void finish(long speakerId, Instant at) {
        jdbc.sql("UPDATE live_speaker SET finished_at = :at WHERE id = :id AND finished_at IS NULL")
                .param("at", Timestamp.from(at)).param("id", speakerId).update();
    }

    void delete(long speakerId) {
        jdbc.sql("DELETE FROM live_speaker WHERE id = :id").param("id", speakerId).update();
    }

    /** Seconds per speaker, or {@code null} without a limit. */
    Integer speakingTime(long meetingId, long itemId) {
        List<Integer> values = jdbc.sql("SELECT speaking_time_seconds FROM live_item WHERE item_id = :itemId AND meeting_id = :meetingId")
                .param("itemId", itemId).param("meetingId", meetingId)
                .query(Integer.class).list();
        return values.isEmpty() ? null : values.get(0);
    }

    void setSpeakingTime(long meetingId, long itemId, Integer seconds) {
        jdbc.sql("""
                        INSERT INTO live_item (item_id, meeting_id, speaking_time_seconds) VALUES (:itemId, :meetingId, :seconds)
                        ON DUPLICATE KEY UPDATE speaking_time_seconds = :seconds
                        """)
                .param("itemId", itemId).param("meetingId", meetingId).param("seconds", seconds)
                .update();
    }
}
