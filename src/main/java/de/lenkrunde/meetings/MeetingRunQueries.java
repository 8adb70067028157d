package de.lenkrunde.meetings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** The running meeting's small tables that are no aggregate: bias per item, and the lock for creating attendance. */
@Repository
class MeetingRunQueries {

    private final JdbcClient jdbc;

    MeetingRunQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds the meeting's row until the transaction ends, so its attendance list is created once. */
    void lockMeeting(long meetingId) {
        jdbc.sql("SELECT id FROM meeting WHERE id = :id FOR UPDATE").param("id", meetingId).query(Long.class).optional();
    }

    /** The persons biased (befangen) for an item. */
    Set<Long> biasedPersons(long itemId) {
        return new HashSet<>(jdbc.sql("SELECT person_id FROM agenda_item_bias WHERE item_id = :itemId")
                .param("itemId", itemId).query(Long.class).list());
    }

    /** @return whether the bias is new */
    boolean declareBias(long meetingId, long itemId, long personId, Instant at) {
        return jdbc.sql("""
                        INSERT IGNORE INTO agenda_item_bias (meeting_id, item_id, person_id, declared_at)
                        VALUES (:meetingId, :itemId, :personId, :at)
                        """)
                .param("meetingId", meetingId).param("itemId", itemId).param("personId", personId).param("at", Timestamp.from(at))
                .update() > 0;
    }

    /** @return whether there was a bias to lift */
    boolean liftBias(long itemId, long personId) {
        return jdbc.sql("DELETE FROM agenda_item_bias WHERE item_id = :itemId AND person_id = :personId")
                .param("itemId", itemId).param("personId", personId).update() > 0;
    }
}
