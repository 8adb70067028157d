package de.lenkrunde.live;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The live_projector_link table: at most one link of a meeting is not revoked. */
@Repository
class ProjectorLinkStore {

    private final JdbcClient jdbc;

    ProjectorLinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ProjectorLink> active(long meetingId) {
        return jdbc.sql("""
                        SELECT token, meeting_id, created_at, created_by_name FROM live_projector_link
                        WHERE meeting_id = :meetingId AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1
                        """)
                .param("meetingId", meetingId)
                .query((rs, i) -> new ProjectorLink(rs.getString("token"), rs.getLong("meeting_id"),
                        rs.getTimestamp("created_at").toInstant(), rs.getString("created_by_name")))
                .optional();
    }

    /** The meeting a token opens, while it is not revoked. */
    Optional<Long> meetingOf(String token) {
        return jdbc.sql("SELECT meeting_id FROM live_projector_link WHERE token = :token AND revoked_at IS NULL")
                .param("token", token)
                .query(Long.class)
                .optional();
    }

    void insert(ProjectorLink link) {
        jdbc.sql("""
                        INSERT INTO live_projector_link (token, meeting_id, created_at, created_by_name)
                        VALUES (:token, :meetingId, :createdAt, :createdBy)
                        """)
                .param("token", link.token())
                .param("meetingId", link.meetingId())
                .param("createdAt", Timestamp.from(link.createdAt()))
                .param("createdBy", link.createdByName())
                .update();
    }

    /** Revokes every link of the meeting; returns how many were active. */
    int revokeAll(long meetingId, Instant now) {
        return jdbc.sql("UPDATE live_projector_link SET revoked_at = :now WHERE meeting_id = :meetingId AND revoked_at IS NULL")
                .param("now", Timestamp.from(now))
                .param("meetingId", meetingId)
                .update();
    }
}
