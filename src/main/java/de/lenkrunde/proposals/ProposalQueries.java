package de.lenkrunde.proposals;

import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The read side of proposals: paged rows limited to what the reader may see. Drafts are visible only
 * to the groups whose drafts the reader may write ({@code draftGroups}); everything ever submitted is
 * visible to every signed-in user.
 */
@Repository
class ProposalQueries {

    private static final String FROM_WHERE = """
            FROM proposal p
            WHERE (p.reference_number IS NOT NULL OR :allDrafts OR p.origin_group_id IN (:draftGroups))
              AND (:status IS NULL OR p.status = :status)
              AND (:bodyId IS NULL OR p.origin_group_id = :bodyId OR p.target_body_id = :bodyId)
              AND (:areaId IS NULL OR p.area_id = :areaId)
              AND (:year IS NULL OR p.reference_year = :year OR (p.reference_year IS NULL AND YEAR(p.created_at) = :year))
              AND (:mine = FALSE OR p.origin_group_id IN (:myGroups) OR p.target_body_id IN (:myGroups))
              AND (:text IS NULL OR p.reference_number = :text
                   OR (:hasFulltext AND MATCH (p.title, p.occasion, p.goal, p.measures, p.decision_proposal) AGAINST (:fulltext IN BOOLEAN MODE)))
            """;

    private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getLong("id"), rs.getString("reference_number"),
            rs.getString("title"), rs.getLong("origin_group_id"), rs.getLong("target_body_id"),
            ProposalStatus.valueOf(rs.getString("status")), rs.getBigDecimal("requested_amount"),
            rs.getTimestamp("updated_at").toInstant());

    /**
     * The only way a sort property reaches SQL: a fixed column expression per property of
     * {@link ProposalListItem}. Status sorts by the life cycle (the enum's order), not by the code.
     */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "referenceNumber", "p.reference_number",
            "title", "p.title",
            "status", Arrays.stream(ProposalStatus.values()).map(s -> "'" + s.name() + "'")
                    .collect(Collectors.joining(", ", "FIELD(p.status, ", ")")),
            "requestedAmount", "p.requested_amount",
            "updatedAt", "p.updated_at");

    /** Default order: last change, newest first. */
    static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "updatedAt");

    private final JdbcClient jdbc;

    ProposalQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> list(Scope scope, ProposalFilter filter, Sort sort, int offset, int limit) {
        // deferred join: the subquery skips `offset` rows reading only the ids (from idx_proposal_list for the
        // default order); just the page's rows are then read in full
        String orderBy = orderBy(sort);
        return bind(jdbc.sql("SELECT p.id, p.reference_number, p.title, p.origin_group_id, p.target_body_id, p.status, "
                        + "p.requested_amount, p.updated_at FROM proposal p JOIN (SELECT p.id " + FROM_WHERE
                        + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset) page ON page.id = p.id ORDER BY " + orderBy),
                scope, filter)
                .param("limit", limit).param("offset", offset)
                .query(ROW).list();
    }

    int count(Scope scope, ProposalFilter filter) {
        return bind(jdbc.sql("SELECT COUNT(*) " + FROM_WHERE), scope, filter).query(Integer.class).single();
    }

    /**
     * The ORDER BY clause for {@code sort}: whitelisted columns only (unknown properties are ignored,
     * nothing else is ever put into SQL), always ending with the unique {@code p.id} so that paging is
     * stable among equal values. The tiebreaker follows the first order's direction, so the default
     * order can walk {@code idx_proposal_updated (updated_at, id)} backwards.
     */
    static String orderBy(Sort sort) {
        List<String> terms = new ArrayList<>();
        Sort.Direction tiebreak = null;
        for (Sort.Order order : sort == null ? Sort.unsorted() : sort) {
            String column = SORT_COLUMNS.get(order.getProperty());
            if (column == null || terms.stream().anyMatch(t -> t.startsWith(column + " "))) {
                continue;
            }
            terms.add(column + (order.isAscending() ? " ASC" : " DESC"));
            if (tiebreak == null) {
                tiebreak = order.getDirection();
            }
        }
        if (terms.isEmpty()) {
            return orderBy(DEFAULT_SORT);
        }
        terms.add("p.id" + (tiebreak.isAscending() ? " ASC" : " DESC"));
        return String.join(", ", terms);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Scope scope, ProposalFilter filter) {
        String text = filter.text() == null || filter.text().isBlank() ? null : filter.text().strip();
        String fulltext = text == null ? null : booleanModeQuery(text);
        return spec.param("allDrafts", scope.allDrafts())
                .param("draftGroups", nonEmpty(scope.draftGroups()))
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("bodyId", filter.bodyId())
                .param("areaId", filter.areaId())
                .param("year", filter.year())
                .param("mine", filter.mineOnly())
                .param("myGroups", nonEmpty(scope.myBodies()))
                .param("text", text)
                .param("hasFulltext", fulltext != null && !fulltext.isEmpty())
                .param("fulltext", fulltext == null ? "" : fulltext);
    }

    /** Every word must occur, as a prefix: "Spiel platz" finds "Spielplatz am Teich" and "Spielgeräte … Platz". */
    static String booleanModeQuery(String text) {
        return Arrays.stream(text.split("\\s+"))
                .map(word -> word.replaceAll("[+\\-<>()~*\"@]", ""))
                // InnoDB indexes words of at least 3 characters (innodb_ft_min_token_size)
                .filter(word -> word.length() >= 3)
                .map(word -> "+" + word + "*")
                .collect(Collectors.joining(" "));
    }

    private static Set<Long> nonEmpty(Set<Long> ids) {
        return ids.isEmpty() ? Set.of(-1L) : ids;
    }

    /** Proposals SUBMITTED to a body and waiting for its agenda, longest waiting first. */
    List<SubmittedProposal.Row> submittedTo(long bodyId, int limit) {
        return jdbc.sql("""
                        SELECT id, reference_number, title, origin_group_id, requested_amount, submitted_at, decision_proposal
                        FROM proposal WHERE target_body_id = :bodyId AND status = 'SUBMITTED'
                        ORDER BY submitted_at, id LIMIT :limit
                        """)
                .param("bodyId", bodyId).param("limit", limit)
                .query((rs, i) -> new SubmittedProposal.Row(rs.getLong("id"), rs.getString("reference_number"),
                        rs.getString("title"), rs.getLong("origin_group_id"), rs.getBigDecimal("requested_amount"),
                        rs.getTimestamp("submitted_at") == null ? null : rs.getTimestamp("submitted_at").toInstant(),
                        rs.getString("decision_proposal")))
                .list();
    }

    /** What the reader may see: drafts of these groups (or all), and "mine" meaning these bodies. */
    record Scope(boolean allDrafts, Set<Long> draftGroups, Set<Long> myBodies) {
    }

    record Row(long id, String referenceNumber, String title, long originGroupId, long targetBodyId, ProposalStatus status,
               java.math.BigDecimal requestedAmount, java.time.Instant updatedAt) {
    }
}
