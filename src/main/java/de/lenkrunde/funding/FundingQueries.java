package de.lenkrunde.funding;

import de.lenkrunde.decisions.Vote;
import de.lenkrunde.decisions.VoteMethod;
import de.lenkrunde.proposals.HintePrinciple;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The read side of funding: the queue (paged, one statement per page), lines, payments and the year's figures. */
@Repository
class FundingQueries {

    private static final String QUEUE_FROM = """
            FROM funding_request r LEFT JOIN budget_line l ON l.id = r.budget_line_id
            WHERE (:all OR r.target_body_id IN (:bodies))
              AND (:openOnly = FALSE OR r.status IN ('REQUESTED', 'AWAITING_SECOND_APPROVAL'))
              AND (:status IS NULL OR r.status = :status)
            """;

    private static final String QUEUE_COLUMNS = """
            SELECT r.id, r.proposal_id, r.proposal_label, r.origin_group_name, r.area_name, r.principles, r.decision_number,
                   r.decision_text, r.vote_method, r.vote_yes, r.vote_no, r.vote_abstain, r.requested_amount, r.status,
                   r.budget_line_id, l.code AS line_code, l.name AS line_name, l.total - l.committed AS line_available,
                   r.approved_amount, r.first_decider_name, r.created_at
            """;

    static final RowMapper<FundingQueueItem> QUEUE_ITEM = (rs, i) -> new FundingQueueItem(rs.getLong("id"),
            rs.getLong("proposal_id"), rs.getString("proposal_label"), rs.getString("origin_group_name"),
            rs.getString("area_name"), principles(rs.getString("principles")), rs.getString("decision_number"),
            rs.getString("decision_text"), vote(rs), rs.getBigDecimal("requested_amount"),
            FundingStatus.valueOf(rs.getString("status")), (Long) rs.getObject("budget_line_id", Long.class),
            rs.getString("line_code") == null ? null : rs.getString("line_code") + " " + rs.getString("line_name"),
            rs.getBigDecimal("line_available"), rs.getBigDecimal("approved_amount"), rs.getString("first_decider_name"),
            rs.getTimestamp("created_at").toInstant());

    private static final RowMapper<BudgetLineItem> LINE = (rs, i) -> new BudgetLineItem(rs.getLong("id"), rs.getLong("version"),
            rs.getString("code"), rs.getString("name"), rs.getInt("budget_year"), rs.getBigDecimal("total"),
            rs.getBigDecimal("committed"), rs.getBigDecimal("paid"), rs.getBigDecimal("total").subtract(rs.getBigDecimal("committed")),
            (Long) rs.getObject("area_id", Long.class), null, rs.getBoolean("closed"));

    private final JdbcClient jdbc;

    FundingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The bodies whose requests the reader may see: all, or these target bodies. */
    record Scope(boolean all, Set<Long> bodyIds) {
    }

    /** Oldest first: who waited longest comes first. */
    List<FundingQueueItem> queue(Scope scope, FundingFilter filter, int offset, int limit) {
        return bind(jdbc.sql(QUEUE_COLUMNS + QUEUE_FROM + " ORDER BY r.created_at ASC, r.id ASC LIMIT :limit OFFSET :offset"),
                scope, filter).param("limit", limit).param("offset", offset).query(QUEUE_ITEM).list();
    }

    int count(Scope scope, FundingFilter filter) {
        return bind(jdbc.sql("SELECT COUNT(*) " + QUEUE_FROM), scope, filter).query(Integer.class).single();
    }

    FundingQueueItem item(long requestId) {
        return jdbc.sql(QUEUE_COLUMNS + " FROM funding_request r LEFT JOIN budget_line l ON l.id = r.budget_line_id WHERE r.id = :id")
                .param("id", requestId).query(QUEUE_ITEM).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Scope scope, FundingFilter filter) {
        return spec.param("all", scope.all())
                .param("bodies", scope.bodyIds().isEmpty() ? List.of(-1L) : scope.bodyIds())
                .param("openOnly", filter.openOnly())
                .param("status", filter.status() == null ? null : filter.status().name());
    }

    List<BudgetLineItem> lines(Integer year, boolean openOnly, int offset, int limit) {
        return jdbc.sql("""
                        SELECT * FROM budget_line
                        WHERE (:year IS NULL OR budget_year = :year) AND (:openOnly = FALSE OR closed = FALSE)
                        ORDER BY budget_year DESC, code ASC, id ASC LIMIT :limit OFFSET :offset
                        """)
                .param("year", year).param("openOnly", openOnly).param("limit", limit).param("offset", offset)
                .query(LINE).list();
    }

    int countLines(Integer year) {
        return jdbc.sql("SELECT COUNT(*) FROM budget_line WHERE (:year IS NULL OR budget_year = :year)")
                .param("year", year).query(Integer.class).single();
    }

    BudgetLineItem line(long lineId) {
        return jdbc.sql("SELECT * FROM budget_line WHERE id = :id").param("id", lineId).query(LINE).single();
    }

    List<Integer> years() {
        return jdbc.sql("SELECT DISTINCT budget_year FROM budget_line ORDER BY budget_year DESC").query(Integer.class).list();
    }

    /** The requests holding money on the year's lines (approved, awaiting the second approver, or settled). */
    List<Committing> committing(int year) {
        return jdbc.sql("""
                        SELECT r.id, r.proposal_id, r.proposal_label, r.status, r.budget_line_id, r.area_id, r.principles,
                               r.approved_amount, r.committed_amount, r.paid_amount
                        FROM funding_request r JOIN budget_line l ON l.id = r.budget_line_id
                        WHERE l.budget_year = :year AND (r.committed_amount > 0 OR r.paid_amount > 0)
                        ORDER BY r.proposal_label, r.id
                        """)
                .param("year", year)
                .query((rs, i) -> new Committing(rs.getLong("id"), rs.getLong("proposal_id"), rs.getString("proposal_label"),
                        FundingStatus.valueOf(rs.getString("status")), rs.getLong("budget_line_id"),
                        (Long) rs.getObject("area_id", Long.class), principles(rs.getString("principles")),
                        rs.getBigDecimal("approved_amount"), rs.getBigDecimal("committed_amount"), rs.getBigDecimal("paid_amount")))
                .list();
    }

    record Committing(long requestId, long proposalId, String proposalLabel, FundingStatus status, long lineId, Long areaId,
                      List<HintePrinciple> principles, BigDecimal approved, BigDecimal committed, BigDecimal paid) {
    }

    List<PaymentItem> payments(long requestId) {
        return jdbc.sql("SELECT * FROM funding_payment WHERE request_id = :id ORDER BY paid_on, id").param("id", requestId)
                .query((rs, i) -> new PaymentItem(rs.getLong("id"), rs.getObject("paid_on", java.time.LocalDate.class),
                        rs.getBigDecimal("amount"), rs.getString("note"), rs.getString("recorded_by_name"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    void addPayment(long requestId, PaymentData data, String recordedBy, java.time.Instant at) {
        jdbc.sql("""
                        INSERT INTO funding_payment (request_id, paid_on, amount, note, recorded_by_name, recorded_at)
                        VALUES (:request, :paidOn, :amount, :note, :by, :at)
                        """)
                .param("request", requestId).param("paidOn", Date.valueOf(data.paidOn())).param("amount", data.amount())
                .param("note", data.note()).param("by", recordedBy).param("at", Timestamp.from(at)).update();
    }

    static List<HintePrinciple> principles(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).map(HintePrinciple::valueOf).toList();
    }

    private static Vote vote(ResultSet rs) throws SQLException {
        String method = rs.getString("vote_method");
        if (method == null) {
            return null;
        }
        return new Vote(VoteMethod.valueOf(method), (Integer) rs.getObject("vote_yes", Integer.class),
                (Integer) rs.getObject("vote_no", Integer.class), (Integer) rs.getObject("vote_abstain", Integer.class));
    }
}
