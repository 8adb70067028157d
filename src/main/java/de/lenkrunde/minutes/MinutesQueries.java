package de.lenkrunde.minutes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The "Niederschriften" list: one paged query over the minutes waiting for the reader. */
@Repository
class MinutesQueries {

    /** The reader and the bodies where they chair, take minutes, or may review. */
    record Reader(long personId, LocalDate today, Set<Long> chairBodies, Set<Long> takerBodies, Set<Long> reviewBodies) {
    }

    private static final String WAITING = """
            FROM minutes m
            WHERE m.superseded_by_id IS NULL AND m.status <> 'APPROVED' AND (
                  (m.chair_signed_at IS NULL AND m.body_id IN (:chair) AND COALESCE(m.taker_signed_person_id, -1) <> :me)
               OR (m.taker_signed_at IS NULL AND m.body_id IN (:taker) AND COALESCE(m.chair_signed_person_id, -1) <> :me)
               OR (m.circulation_state = 'RUNNING' AND m.circulation_until >= :today AND EXISTS (
                      SELECT 1 FROM minutes_consent c WHERE c.minutes_id = m.id AND c.person_id = :me AND c.consent IS NULL))
               OR (m.status = 'RELEASED' AND m.review_until >= :today AND m.body_id IN (:review))
               OR (m.status = 'RELEASED' AND m.chair_signed_at IS NOT NULL AND m.taker_signed_at IS NOT NULL AND m.body_id IN (:chair))
            )
            """;

    private final JdbcClient jdbc;

    MinutesQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MinutesListItem> waiting(Reader reader, int offset, int limit) {
        return params(jdbc.sql("""
                SELECT m.id, m.meeting_id, m.body_name, m.meeting_title, m.meeting_starts_at, m.edition, m.status,
                       m.review_until, m.circulation_until,
                       CASE
                         WHEN (m.chair_signed_at IS NULL AND m.body_id IN (:chair) AND COALESCE(m.taker_signed_person_id, -1) <> :me)
                           OR (m.taker_signed_at IS NULL AND m.body_id IN (:taker) AND COALESCE(m.chair_signed_person_id, -1) <> :me)
                           THEN 'SIGNATURE'
                         WHEN m.circulation_state = 'RUNNING' AND m.circulation_until >= :today AND EXISTS (
                              SELECT 1 FROM minutes_consent c WHERE c.minutes_id = m.id AND c.person_id = :me AND c.consent IS NULL)
                           THEN 'CIRCULATION'
                         WHEN m.status = 'RELEASED' AND m.review_until >= :today AND m.body_id IN (:review) THEN 'REVIEW'
                         ELSE 'APPROVAL'
                       END AS waiting_for
                """ + WAITING + " ORDER BY m.meeting_starts_at DESC, m.id DESC LIMIT :limit OFFSET :offset"), reader)
                .param("limit", limit).param("offset", offset)
                .query((rs, i) -> {
                    MinutesListItem.WaitingFor why = MinutesListItem.WaitingFor.valueOf(rs.getString("waiting_for"));
                    Date until = switch (why) {
                        case REVIEW -> rs.getDate("review_until");
                        case CIRCULATION -> rs.getDate("circulation_until");
                        default -> null;
                    };
                    return new MinutesListItem(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("body_name"),
                            rs.getString("meeting_title"), rs.getTimestamp("meeting_starts_at").toInstant(), rs.getInt("edition"),
                            MinutesStatus.valueOf(rs.getString("status")), why, until == null ? null : until.toLocalDate());
                }).list();
    }

    int countWaiting(Reader reader) {
        return params(jdbc.sql("SELECT COUNT(*) " + WAITING), reader).query(Integer.class).single();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, Reader reader) {
        return sql.param("me", reader.personId()).param("today", Date.valueOf(reader.today()))
                .param("chair", ids(reader.chairBodies())).param("taker", ids(reader.takerBodies()))
                .param("review", ids(reader.reviewBodies()));
    }

    /** IN () is no SQL: an empty set matches no body id. */
    private static Collection<Long> ids(Set<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    /** Serialises the answers of a circulation (the last consent approves). */
    void lock(long minutesId) {
        jdbc.sql("SELECT id FROM minutes WHERE id = :id FOR UPDATE").param("id", minutesId).query(Long.class).optional();
    }
}
