package de.lenkrunde.minutes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The minutes_consent table: who is asked in a circulation procedure, and their answers. */
@Repository
class ConsentStore {

    private final JdbcClient jdbc;

    ConsentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MinutesView.Consent> of(long minutesId) {
        return jdbc.sql("SELECT person_id, name, consent, reason, answered_at FROM minutes_consent WHERE minutes_id = :id ORDER BY name")
                .param("id", minutesId).query((rs, i) -> {
                    boolean consent = rs.getBoolean("consent");
                    Boolean answer = rs.wasNull() ? null : consent;
                    Timestamp at = rs.getTimestamp("answered_at");
                    return new MinutesView.Consent(rs.getLong("person_id"), rs.getString("name"), answer, rs.getString("reason"),
                            at == null ? null : at.toInstant());
                }).list();
    }

    /** A new circulation asks these people afresh (answers of an earlier one are gone). */
    void ask(long minutesId, Collection<MinutesView.Consent> asked) {
        jdbc.sql("DELETE FROM minutes_consent WHERE minutes_id = :id").param("id", minutesId).update();
        for (MinutesView.Consent person : asked) {
            jdbc.sql("INSERT INTO minutes_consent (minutes_id, person_id, name) VALUES (:id, :personId, :name)")
                    .param("id", minutesId).param("personId", person.personId()).param("name", person.name()).update();
        }
    }

    /** Records an answer once; {@code false} when the person is not asked or has answered already. */
    boolean answer(long minutesId, long personId, boolean consent, String reason, Instant at) {
        return jdbc.sql("""
                        UPDATE minutes_consent SET consent = :consent, reason = :reason, answered_at = :at
                        WHERE minutes_id = :id AND person_id = :personId AND consent IS NULL
                        """)
                .param("consent", consent).param("reason", reason).param("at", Timestamp.from(at))
                .param("id", minutesId).param("personId", personId).update() == 1;
    }
}
