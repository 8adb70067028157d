package de.lenkrunde.proposals;

import de.lenkrunde.base.TypedReference;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;

/** The append-only timeline store of case records. */
@Repository
class Timeline {

    /** Separates arguments inside one column; never typed by users (unit separator). */
    private static final String SEPARATOR = "\u001f";

    private static final RowMapper<TimelineEntry> ROW = (rs, i) -> {
        Object actor = rs.getObject("actor_person_id");
        Object causeId = rs.getObject("cause_id");
        String from = rs.getString("from_status");
        String to = rs.getString("to_status");
        String args = rs.getString("arguments");
        TypedReference cause = rs.getString("cause_kind") == null ? null
                : new TypedReference(rs.getString("cause_kind"), causeId == null ? null : ((Number) causeId).longValue(),
                rs.getString("cause_label"), rs.getString("cause_route"));
        return new TimelineEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                actor == null ? null : ((Number) actor).longValue(), rs.getString("actor_name"),
                TimelineEntry.Kind.valueOf(rs.getString("kind")), rs.getString("action"),
                from == null ? null : ProposalStatus.valueOf(from), to == null ? null : ProposalStatus.valueOf(to),
                rs.getString("reason"), args == null ? List.of() : Arrays.asList(args.split(SEPARATOR, -1)), cause);
    };

    private final JdbcClient jdbc;

    Timeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void append(long proposalId, TimelineEntry entry) {
        jdbc.sql("""
                        INSERT INTO proposal_event (proposal_id, occurred_at, actor_person_id, actor_name, kind, action,
                            from_status, to_status, reason, arguments, cause_kind, cause_id, cause_label, cause_route)
                        VALUES (:proposalId, :at, :actorId, :actorName, :kind, :action, :from, :to, :reason, :arguments,
                            :causeKind, :causeId, :causeLabel, :causeRoute)
                        """)
                .param("proposalId", proposalId)
                .param("at", Timestamp.from(entry.occurredAt()))
                .param("actorId", entry.actorPersonId())
                .param("actorName", entry.actorName())
                .param("kind", entry.kind().name())
                .param("action", entry.action())
                .param("from", entry.fromStatus() == null ? null : entry.fromStatus().name())
                .param("to", entry.toStatus() == null ? null : entry.toStatus().name())
                .param("reason", entry.reason())
                .param("arguments", entry.arguments().isEmpty() ? null : String.join(SEPARATOR, entry.arguments()))
                .param("causeKind", entry.cause() == null ? null : entry.cause().kind())
                .param("causeId", entry.cause() == null ? null : entry.cause().id())
                .param("causeLabel", entry.cause() == null ? null : entry.cause().label())
                .param("causeRoute", entry.cause() == null ? null : entry.cause().route())
                .update();
    }

    /** Newest first; comments only when the reader may see them. */
    List<TimelineEntry> of(long proposalId, boolean withComments) {
        return jdbc.sql("""
                        SELECT * FROM proposal_event WHERE proposal_id = :id AND (:withComments OR kind <> 'COMMENT')
                        ORDER BY occurred_at DESC, id DESC
                        """)
                .param("id", proposalId).param("withComments", withComments)
                .query(ROW).list();
    }

    /** The action of the latest PROGRESS entry (action items' steps), or {@code null}. */
    String lastProgress(long proposalId) {
        return jdbc.sql("SELECT action FROM proposal_event WHERE proposal_id = :id AND kind = 'PROGRESS' ORDER BY occurred_at DESC, id DESC LIMIT 1")
                .param("id", proposalId).query(String.class).optional().orElse(null);
    }
}
