package de.lenkrunde.actions;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The read side of action items: paged list rows, the reminder scan and the carry-over for the next agenda. */
@Repository
class ActionQueries {

    private static final String FROM_WHERE = """
            FROM action_item a
            WHERE ((:scope = 'MINE' AND (a.owner_person_id = :me OR a.owner_body_id IN (:myBodies)))
                OR (:scope = 'BODY' AND (a.body_id = :bodyId OR a.owner_body_id = :bodyId))
                OR (:scope = 'FOLLOW_UP' AND (:allBodies OR a.body_id IN (:followBodies)) AND a.status IN ('OPEN', 'IN_PROGRESS')))
              AND (:pendingOnly = FALSE OR a.status IN ('OPEN', 'IN_PROGRESS'))
              AND (:overdueOnly = FALSE OR (a.status IN ('OPEN', 'IN_PROGRESS') AND a.due_date < :today))
            """;

    /** Who reads: the person, the bodies they belong to, the bodies they follow up (or all). */
    record Reader(long personId, Set<Long> myBodies, boolean allBodies, Set<Long> followBodies) {
    }

    record Row(long id, long version, String description, String ownerName, long bodyId, LocalDate dueDate, ActionStatus status,
               int progress, Long decisionId) {
    }

    private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getLong("id"), rs.getLong("version"),
            rs.getString("description"), rs.getString("owner_name"), rs.getLong("body_id"), rs.getDate("due_date").toLocalDate(),
            ActionStatus.valueOf(rs.getString("status")), rs.getInt("progress"),
            rs.getObject("decision_id") == null ? null : rs.getLong("decision_id"));

    private final JdbcClient jdbc;

    ActionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Pending first, then by due date (earliest first). */
    List<Row> page(Reader reader, ActionListFilter filter, LocalDate today, int offset, int limit) {
        return bind(jdbc.sql("SELECT a.id, a.version, a.description, a.owner_name, a.body_id, a.due_date, a.status, a.progress, "
                + "a.decision_id " + FROM_WHERE + " ORDER BY a.status IN ('OPEN', 'IN_PROGRESS') DESC, a.due_date, a.id "
                + "LIMIT :limit OFFSET :offset"), reader, filter, today)
                .param("limit", limit).param("offset", offset).query(ROW).list();
    }

    int count(Reader reader, ActionListFilter filter, LocalDate today) {
        return bind(jdbc.sql("SELECT COUNT(*) " + FROM_WHERE), reader, filter, today).query(Integer.class).single();
    }

    /** The items implementing a decision: linked to it, or assigned on its TOP without naming a decision. */
    List<Long> idsOfDecision(long decisionId, long itemId) {
        return jdbc.sql("SELECT id FROM action_item WHERE decision_id = :decision OR (decision_id IS NULL AND item_id = :item) ORDER BY id")
                .param("decision", decisionId).param("item", itemId).query(Long.class).list();
    }

    /** Status counts of the items of a proposal (all its decisions and TOPs). */
    List<ActionStatus> statusesOfProposal(long proposalId) {
        return jdbc.sql("SELECT status FROM action_item WHERE proposal_id = :proposal")
                .param("proposal", proposalId).query((rs, i) -> ActionStatus.valueOf(rs.getString(1))).list();
    }

    /** Pending items due on {@code day} exactly (the "due soon" reminder) or before {@code today} (overdue). */
    List<Long> dueOn(LocalDate day) {
        return jdbc.sql("SELECT id FROM action_item WHERE status IN ('OPEN', 'IN_PROGRESS') AND due_date = :day ORDER BY id")
                .param("day", Date.valueOf(day)).query(Long.class).list();
    }

    List<Long> overdue(LocalDate today) {
        return jdbc.sql("SELECT id FROM action_item WHERE status IN ('OPEN', 'IN_PROGRESS') AND due_date < :today ORDER BY id")
                .param("today", Date.valueOf(today)).query(Long.class).list();
    }

    /** Records a reminder; {@code false} when it was sent before (same item, kind and due date). */
    boolean markReminded(long actionItemId, String kind, LocalDate dueDate, java.time.Instant at) {
        return jdbc.sql("INSERT IGNORE INTO action_reminder (action_item_id, kind, due_date, sent_at) VALUES (:item, :kind, :due, :at)")
                .param("item", actionItemId).param("kind", kind).param("due", Date.valueOf(dueDate))
                .param("at", java.sql.Timestamp.from(at)).update() == 1;
    }

    /** The pending items a body gave out, earliest due first (for the report on open items). */
    List<Row> pendingOfBody(long bodyId, int limit) {
        return jdbc.sql("""
                        SELECT id, version, description, owner_name, body_id, due_date, status, progress, decision_id
                        FROM action_item WHERE body_id = :body AND status IN ('OPEN', 'IN_PROGRESS') ORDER BY due_date, id LIMIT :limit
                        """)
                .param("body", bodyId).param("limit", limit).query(ROW).list();
    }

    int countPendingOfBody(long bodyId) {
        return jdbc.sql("SELECT COUNT(*) FROM action_item WHERE body_id = :body AND status IN ('OPEN', 'IN_PROGRESS')")
                .param("body", bodyId).query(Integer.class).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Reader reader, ActionListFilter filter, LocalDate today) {
        return spec.param("scope", filter.scope().name())
                .param("me", reader.personId())
                .param("myBodies", nonEmpty(reader.myBodies()))
                .param("bodyId", filter.bodyId() == null ? -1L : filter.bodyId())
                .param("allBodies", reader.allBodies())
                .param("followBodies", nonEmpty(reader.followBodies()))
                .param("pendingOnly", filter.pendingOnly())
                .param("overdueOnly", filter.overdueOnly())
                .param("today", Date.valueOf(today));
    }

    private static Set<Long> nonEmpty(Set<Long> ids) {
        return ids.isEmpty() ? Set.of(-1L) : ids;
    }
}
