package de.lenkrunde.meetings;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The read side of meetings. A meeting that was never published (PLANNED, or cancelled while planned) is
 * visible only to insiders of its body (who may read non-public items or plan its meetings); once published,
 * every signed-in user sees it (its public part).
 */
@Repository
class MeetingQueries {

    private static final String FROM_WHERE = """
            FROM meeting m
            WHERE (m.published_at IS NOT NULL OR :allInsider OR m.body_id IN (:insiderBodies))
              AND (:includeCancelled OR m.status <> 'CANCELLED')
              AND (:bodyId IS NULL OR m.body_id = :bodyId)
              AND (:onlyMine = FALSE OR m.body_id IN (:myBodies))
              AND (:upcoming IS NULL OR (:upcoming AND m.ends_at >= :now) OR (NOT :upcoming AND m.ends_at < :now))
              AND (:fromTime IS NULL OR m.starts_at >= :fromTime)
              AND (:toTime IS NULL OR m.starts_at < :toTime)
            """;

    private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getLong("id"), rs.getLong("body_id"), rs.getString("title"),
            rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getString("room"),
            rs.getString("online_link"), MeetingStatus.valueOf(rs.getString("status")), rs.getBoolean("amendment_pending"));

    private final JdbcClient jdbc;

    MeetingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> list(Scope scope, Criteria criteria, int offset, int limit) {
        String order = Boolean.FALSE.equals(criteria.upcoming()) ? "m.starts_at DESC, m.id DESC" : "m.starts_at ASC, m.id ASC";
        return bind(jdbc.sql("SELECT m.id, m.body_id, m.title, m.starts_at, m.ends_at, m.room, m.online_link, m.status, "
                        + "m.amendment_pending " + FROM_WHERE + " ORDER BY " + order + " LIMIT :limit OFFSET :offset"), scope, criteria)
                .param("limit", limit).param("offset", offset)
                .query(ROW).list();
    }

    int count(Scope scope, Criteria criteria) {
        return bind(jdbc.sql("SELECT COUNT(*) " + FROM_WHERE), scope, criteria).query(Integer.class).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Scope scope, Criteria criteria) {
        return spec.param("allInsider", scope.allInsider())
                .param("insiderBodies", nonEmpty(scope.insiderBodies()))
                .param("includeCancelled", criteria.includeCancelled())
                .param("bodyId", criteria.bodyId())
                .param("onlyMine", criteria.onlyMine() && !scope.allMine())
                .param("myBodies", nonEmpty(scope.myBodies()))
                .param("upcoming", criteria.upcoming())
                .param("now", Timestamp.from(criteria.now()))
                .param("fromTime", criteria.from() == null ? null : Timestamp.from(criteria.from()))
                .param("toTime", criteria.to() == null ? null : Timestamp.from(criteria.to()));
    }

    /** Whether another live meeting of the body overlaps [start, end). */
    boolean overlaps(long bodyId, Instant start, Instant end, Long exceptMeetingId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM meeting
                        WHERE body_id = :bodyId AND status IN ('PLANNED', 'INVITED', 'IN_PROGRESS')
                          AND starts_at < :end AND ends_at > :start AND (:except IS NULL OR id <> :except)
                        """)
                .param("bodyId", bodyId).param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
                .param("except", exceptMeetingId)
                .query(Integer.class).single() > 0;
    }

    /** The body's latest meeting that took place before {@code before}. */
    Optional<Long> previousHeld(long bodyId, Instant before) {
        return jdbc.sql("""
                        SELECT id FROM meeting
                        WHERE body_id = :bodyId AND status IN ('IN_PROGRESS', 'CLOSED', 'MINUTES_APPROVED') AND starts_at < :before
                        ORDER BY starts_at DESC, id DESC LIMIT 1
                        """)
                .param("bodyId", bodyId).param("before", Timestamp.from(before))
                .query(Long.class).optional();
    }

    /** Meeting, body and visibility of an agenda item, for its attachments. */
    Optional<ItemOwner> ownerOfItem(long itemId) {
        return jdbc.sql("""
                        SELECT m.id, m.body_id, m.status, m.published_at IS NOT NULL AS published, i.non_public
                        FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
                        WHERE i.item_id = :itemId
                        """)
                .param("itemId", itemId)
                .query((rs, i) -> new ItemOwner(rs.getLong("id"), rs.getLong("body_id"), MeetingStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("published"), rs.getBoolean("non_public")))
                .optional();
    }

    /** Meetings of a body (not cancelled) that start in a year: for the default title "3. Sitzung". */
    int countInYear(long bodyId, Instant yearStart, Instant yearEnd) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM meeting
                        WHERE body_id = :bodyId AND status <> 'CANCELLED' AND starts_at >= :from AND starts_at < :to
                        """)
                .param("bodyId", bodyId).param("from", Timestamp.from(yearStart)).param("to", Timestamp.from(yearEnd))
                .query(Integer.class).single();
    }

    long nextItemId() {
        return jdbc.sql("SELECT NEXTVAL(agenda_item_id_seq)").query(Long.class).single();
    }

    private static Set<Long> nonEmpty(Set<Long> ids) {
        return ids.isEmpty() ? Set.of(-1L) : ids;
    }

    /**
     * Who reads: insiders see PLANNED meetings of these bodies (or all); "mine" means these bodies (or all).
     */
    record Scope(boolean allInsider, Set<Long> insiderBodies, boolean allMine, Set<Long> myBodies) {
    }

    /** {@code upcoming}: true, false, or null for both; {@code from}/{@code to}: a period of start times. */
    record Criteria(Long bodyId, Boolean upcoming, Instant now, Instant from, Instant to, boolean onlyMine, boolean includeCancelled) {
    }

    record Row(long id, long bodyId, String title, Instant startsAt, Instant endsAt, String room, String onlineLink,
               MeetingStatus status, boolean amendmentPending) {
        MeetingListItem toListItem(String bodyName) {
            return new MeetingListItem(id, bodyId, bodyName, title, startsAt, endsAt, room, onlineLink, status, amendmentPending);
        }
    }

    /** {@code published}: the invitation went out (a meeting cancelled before that was never public). */
    record ItemOwner(long meetingId, long bodyId, MeetingStatus status, boolean published, boolean nonPublic) {
    }
}
