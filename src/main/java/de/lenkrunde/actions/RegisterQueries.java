package de.lenkrunde.actions;

import de.lenkrunde.decisions.Vote;
import de.lenkrunde.decisions.VoteMethod;
import de.lenkrunde.proposals.DecisionOutcome;
import de.lenkrunde.proposals.ProposalStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The decision register's one query per page (ADR 017). It is a reporting read across three modules' tables —
 * {@code decision}, {@code proposal} (number and status now) and {@code action_item} (state per TOP) — kept in this
 * one class of the module that sits above both others; no other class reads another module's table. The WHERE is
 * assembled from fixed fragments for the filters that are set (never user text), so that each case can use its index:
 * the page's ids come from {@code idx_decision_register} (newest first), the FULLTEXT index or, for "ohne Umsetzung",
 * the set that {@link UnimplementedDecisions} keeps, and only the page's rows are then read in full (deferred join).
 */
@Repository
class RegisterQueries {

    private static final String PENDING = "('OPEN', 'IN_PROGRESS')";

    private static final RowMapper<Row> ROW = (rs, i) -> {
        Object yes = rs.getObject("votes_yes");
        Object no = rs.getObject("votes_no");
        Object abstain = rs.getObject("votes_abstain");
        Object proposalId = rs.getObject("proposal_id");
        String proposalStatus = rs.getString("proposal_status");
        int[] actions = Arrays.stream(rs.getString("actions").split(",")).mapToInt(Integer::parseInt).toArray();
        return new Row(rs.getLong("id"), rs.getString("number"), rs.getInt("revision"), rs.getTimestamp("decided_at").toInstant(),
                rs.getLong("body_id"), rs.getString("title"), DecisionOutcome.valueOf(rs.getString("outcome")),
                new Vote(VoteMethod.valueOf(rs.getString("vote_method")), yes == null ? null : ((Number) yes).intValue(),
                        no == null ? null : ((Number) no).intValue(), abstain == null ? null : ((Number) abstain).intValue()),
                rs.getBoolean("non_public"), proposalId == null ? null : ((Number) proposalId).longValue(),
                rs.getString("proposal_number"), proposalStatus == null ? null : ProposalStatus.valueOf(proposalStatus),
                actions[0], actions[1], actions[2], actions[3]);
    };

    /** Who reads: non-public decisions of all bodies, or of these. */
    record Reader(boolean allNonPublic, Set<Long> nonPublicBodies) {
    }

    record Row(long id, String number, int revision, java.time.Instant decidedAt, long bodyId, String title, DecisionOutcome outcome,
               Vote vote, boolean nonPublic, Long proposalId, String proposalNumber, ProposalStatus proposalStatus,
               int actionsTotal, int actionsDone, int actionsPending, int actionsOverdue) {
    }

    private final JdbcClient jdbc;

    RegisterQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> page(Reader reader, RegisterFilter filter, LocalDate today, int offset, int limit) {
        Where where = where(reader, filter);
        String sql = """
                SELECT d.id, d.number, d.revision, d.decided_at, d.body_id, d.title, d.outcome, d.vote_method, d.votes_yes,
                       d.votes_no, d.votes_abstain, d.non_public, d.proposal_id,
                       p.reference_number AS proposal_number, p.status AS proposal_status,
                       (SELECT CONCAT(COUNT(*), ',', COALESCE(SUM(a.status = 'DONE'), 0), ',',
                               COALESCE(SUM(a.status IN %1$s), 0), ',', COALESCE(SUM(a.status IN %1$s AND a.due_date < :today), 0))
                          FROM action_item a WHERE a.item_id = d.item_id) AS actions
                FROM (SELECT %2$s.%3$s AS id FROM %4$s WHERE %5$s
                      ORDER BY %2$s.decided_at DESC, %2$s.%3$s DESC LIMIT :limit OFFSET :offset) page
                JOIN decision d ON d.id = page.id
                LEFT JOIN proposal p ON p.id = d.proposal_id
                ORDER BY d.decided_at DESC, d.id DESC
                """.formatted(PENDING, where.source().alias(), where.source().idColumn(), where.source().from(), where.sql());
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("today", Date.valueOf(today)).param("limit", limit).param("offset", offset);
        for (Map.Entry<String, Object> param : where.params().entrySet()) {
            spec = spec.param(param.getKey(), param.getValue());
        }
        return spec.query(ROW).list();
    }

    int count(Reader reader, RegisterFilter filter) {
        Where where = where(reader, filter);
        JdbcClient.StatementSpec spec = jdbc.sql("SELECT COUNT(*) FROM " + where.source().from() + " WHERE " + where.sql());
        for (Map.Entry<String, Object> param : where.params().entrySet()) {
            spec = spec.param(param.getKey(), param.getValue());
        }
        return spec.query(Integer.class).single();
    }

    /**
     * Where a page's ids come from: {@code decision d} itself, or for "ohne Umsetzung" the small
     * {@code unimplemented_decision u} (ADR 018), which has the order, body and non-public flag of its decisions and
     * holds only current ones — joined to {@code decision d} only when a filter needs a column it lacks.
     */
    private record Source(String from, String alias, String idColumn) {
        static final Source DECISIONS = new Source("decision d", "d", "id");
        static final Source UNIMPLEMENTED = new Source("unimplemented_decision u", "u", "decision_id");
        static final Source UNIMPLEMENTED_WITH_DECISION =
                new Source("unimplemented_decision u JOIN decision d ON d.id = u.decision_id", "u", "decision_id");
    }

    private record Where(Source source, String sql, Map<String, Object> params) {
    }

    private static Where where(Reader reader, RegisterFilter filter) {
        String text = filter.text() == null || filter.text().isBlank() ? null : filter.text().strip();
        boolean needsDecision = filter.year() != null || filter.outcome() != null || text != null;
        Source source = !filter.withoutImplementation() ? Source.DECISIONS
                : needsDecision ? Source.UNIMPLEMENTED_WITH_DECISION : Source.UNIMPLEMENTED;
        String own = source.alias();
        // the unimplemented set holds current decisions only
        StringBuilder sql = new StringBuilder(source == Source.DECISIONS ? "d.superseded_by_id IS NULL" : "TRUE");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!reader.allNonPublic()) {
            sql.append(" AND (%1$s.non_public = FALSE OR %1$s.body_id IN (:nonPublicBodies))".formatted(own));
            params.put("nonPublicBodies", reader.nonPublicBodies().isEmpty() ? Set.of(-1L) : reader.nonPublicBodies());
        }
        if (filter.bodyId() != null) {
            sql.append(" AND ").append(own).append(".body_id = :bodyId");
            params.put("bodyId", filter.bodyId());
        }
        if (filter.year() != null) {
            sql.append(" AND d.decision_year = :year");
            params.put("year", filter.year());
        }
        if (filter.outcome() != null) {
            sql.append(" AND d.outcome = :outcome");
            params.put("outcome", filter.outcome().name());
        }
        if (text != null) {
            String fulltext = booleanModeQuery(text);
            if (fulltext.isEmpty()) {
                sql.append(" AND d.number = :number");
            } else {
                sql.append(" AND (d.number = :number OR MATCH (d.title, d.text) AGAINST (:fulltext IN BOOLEAN MODE))");
                params.put("fulltext", fulltext);
            }
            params.put("number", text);
        }
        return new Where(source, sql.toString(), params);
    }

    /** Every word must occur, as a prefix (as in the proposal list); words under 3 letters are not indexed. */
    static String booleanModeQuery(String text) {
        return Arrays.stream(text.split("\\s+"))
                .map(word -> word.replaceAll("[+\\-<>()~*\"@/]", ""))
                .filter(word -> word.length() >= 3)
                .map(word -> "+" + word + "*")
                .collect(Collectors.joining(" "));
    }
}
