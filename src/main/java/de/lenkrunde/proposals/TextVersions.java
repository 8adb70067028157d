package de.lenkrunde.proposals;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored text versions of proposals: append-only, one row per version. */
@Repository
class TextVersions {

    private static final RowMapper<ProposalText> TEXT = (rs, i) -> new ProposalText(rs.getString("title"),
            rs.getString("occasion"), rs.getString("goal"), rs.getString("measures"), rs.getString("target_group"),
            rs.getString("decision_proposal"), rs.getBigDecimal("requested_amount"), rs.getBigDecimal("own_contribution"),
            rs.getObject("planned_from", java.time.LocalDate.class), rs.getObject("planned_to", java.time.LocalDate.class));

    private final JdbcClient jdbc;

    TextVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Integer> latestNumber(long proposalId) {
        int latest = jdbc.sql("SELECT COALESCE(MAX(version_no), 0) FROM proposal_text_version WHERE proposal_id = :id")
                .param("id", proposalId).query(Integer.class).single();
        return latest == 0 ? Optional.empty() : Optional.of(latest);
    }

    Optional<ProposalText> text(long proposalId, int versionNo) {
        return jdbc.sql("SELECT * FROM proposal_text_version WHERE proposal_id = :id AND version_no = :no")
                .param("id", proposalId).param("no", versionNo).query(TEXT).optional();
    }

    List<TextVersionInfo> list(long proposalId) {
        return jdbc.sql("""
                        SELECT version_no, created_at, author_name FROM proposal_text_version
                        WHERE proposal_id = :id ORDER BY version_no DESC
                        """)
                .param("id", proposalId)
                .query((rs, i) -> new TextVersionInfo(rs.getInt("version_no"), rs.getTimestamp("created_at").toInstant(),
                        rs.getString("author_name")))
                .list();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void add(long proposalId, int versionNo, Instant at, Long authorId, String authorName, ProposalText text) {
        jdbc.sql("""
                        INSERT INTO proposal_text_version (proposal_id, version_no, created_at, author_person_id, author_name,
                            title, occasion, goal, measures, target_group, decision_proposal, requested_amount, own_contribution,
                            planned_from, planned_to)
                        VALUES (:id, :no, :at, :authorId, :authorName, :title, :occasion, :goal, :measures, :targetGroup,
                            :decisionProposal, :requestedAmount, :ownContribution, :plannedFrom, :plannedTo)
                        """)
                .param("id", proposalId).param("no", versionNo).param("at", Timestamp.from(at))
                .param("authorId", authorId).param("authorName", authorName)
                .param("title", text.title()).param("occasion", text.occasion()).param("goal", text.goal())
                .param("measures", text.measures()).param("targetGroup", text.targetGroup())
                .param("decisionProposal", text.decisionProposal()).param("requestedAmount", text.requestedAmount())
                .param("ownContribution", text.ownContribution())
                .param("plannedFrom", text.plannedFrom() == null ? null : Date.valueOf(text.plannedFrom()))
                .param("plannedTo", text.plannedTo() == null ? null : Date.valueOf(text.plannedTo()))
                .update();
    }
}
