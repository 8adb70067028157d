package de.lenkrunde.actions;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The append-only story of action items (progress notes, status and due-date changes). */
@Repository
class ActionJournal {

    private static final RowMapper<ActionItemEvent> ROW = (rs, i) -> {
        String from = rs.getString("from_status");
        String to = rs.getString("to_status");
        Object progress = rs.getObject("progress");
        Date oldDue = rs.getDate("old_due_date");
        Date newDue = rs.getDate("new_due_date");
        return new ActionItemEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_name"),
                ActionItemEvent.Kind.valueOf(rs.getString("kind")), from == null ? null : ActionStatus.valueOf(from),
                to == null ? null : ActionStatus.valueOf(to), progress == null ? null : ((Number) progress).intValue(),
                oldDue == null ? null : oldDue.toLocalDate(), newDue == null ? null : newDue.toLocalDate(), rs.getString("text"));
    };

    private final JdbcClient jdbc;

    ActionJournal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void append(long actionItemId, ActionItemEvent event, Long actorPersonId, String actorName, Instant at) {
        jdbc.sql("""
                        INSERT INTO action_item_event (action_item_id, occurred_at, actor_person_id, actor_name, kind, from_status,
                            to_status, progress, old_due_date, new_due_date, text)
                        VALUES (:item, :at, :actorId, :actorName, :kind, :from, :to, :progress, :oldDue, :newDue, :text)
                        """)
                .param("item", actionItemId)
                .param("at", Timestamp.from(at))
                .param("actorId", actorPersonId)
                .param("actorName", actorName)
                .param("kind", event.kind().name())
                .param("from", event.fromStatus() == null ? null : event.fromStatus().name())
                .param("to", event.toStatus() == null ? null : event.toStatus().name())
                .param("progress", event.progress())
                .param("oldDue", event.oldDueDate() == null ? null : Date.valueOf(event.oldDueDate()))
                .param("newDue", event.newDueDate() == null ? null : Date.valueOf(event.newDueDate()))
                .param("text", event.text())
                .update();
    }

    /** Newest first. */
    List<ActionItemEvent> of(long actionItemId) {
        return jdbc.sql("SELECT * FROM action_item_event WHERE action_item_id = :item ORDER BY occurred_at DESC, id DESC")
                .param("item", actionItemId).query(ROW).list();
    }
}
