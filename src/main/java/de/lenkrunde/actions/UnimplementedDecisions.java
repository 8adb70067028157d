package de.lenkrunde.actions;

import de.lenkrunde.decisions.DecisionRecorded;
import de.lenkrunde.proposals.ProposalImplementationEnded;
import de.lenkrunde.proposals.ProposalImplementationStarted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The register's "ohne Umsetzung" set (ADR 018): current decisions that were approved, have no done action item on
 * their TOP and whose proposal is neither in implementation nor completed. Testing that rule on every decision at
 * every page and count is too slow at 100,000 decisions, so the set is kept in {@code unimplemented_decision}.
 * <p>
 * Each change that can move a decision in or out re-evaluates the rule for the decisions it touches, in the
 * transaction of that change (synchronous listeners, a direct call from {@link ActionItemService}): the filter never
 * lags behind, and a failure rolls the change back rather than leave the set wrong. Re-evaluating (delete, then
 * insert what the rule selects) is idempotent, so a decision touched twice in one step is no problem.
 */
@Component
class UnimplementedDecisions {

    /** The rule, over {@code decision d}; the same as the backfill in changeset 20261206-01. */
    private static final String RULE = """
            d.superseded_by_id IS NULL
            AND d.outcome IN ('ACCEPTED', 'ACCEPTED_AMENDED')
            AND NOT EXISTS (SELECT 1 FROM action_item a WHERE a.item_id = d.item_id AND a.status = 'DONE')
            AND NOT EXISTS (SELECT 1 FROM proposal p WHERE p.id = d.proposal_id AND p.status IN ('IN_IMPLEMENTATION', 'COMPLETED'))
            """;

    private final JdbcClient jdbc;

    UnimplementedDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(DecisionRecorded recorded) {
        if (recorded.correctsDecisionId() != null) {
            refresh("d.id = :id", recorded.correctsDecisionId());
        }
        refresh("d.id = :id", recorded.decisionId());
    }

    @EventListener
    void on(ProposalImplementationStarted started) {
        refresh("d.proposal_id = :id", started.proposalId());
    }

    /** Completed leaves the set; discontinued comes back into it (approved, and not implemented after all). */
    @EventListener
    void on(ProposalImplementationEnded ended) {
        refresh("d.proposal_id = :id", ended.proposalId());
    }

    /** An action item of this TOP changed its status. */
    void actionItemChanged(long itemId) {
        refresh("d.item_id = :id", itemId);
    }

    /** Every decision anew: for data written around the services (the benchmark's JDBC seed). */
    void rebuild() {
        jdbc.sql("DELETE FROM unimplemented_decision").update();
        jdbc.sql("INSERT INTO unimplemented_decision (decision_id, decided_at, body_id, non_public) "
                + "SELECT d.id, d.decided_at, d.body_id, d.non_public FROM decision d WHERE " + RULE).update();
    }

    private void refresh(String decisions, long id) {
        jdbc.sql("DELETE u FROM unimplemented_decision u JOIN decision d ON d.id = u.decision_id WHERE " + decisions)
                .param("id", id).update();
        jdbc.sql("INSERT INTO unimplemented_decision (decision_id, decided_at, body_id, non_public) "
                + "SELECT d.id, d.decided_at, d.body_id, d.non_public FROM decision d WHERE " + decisions + " AND " + RULE)
                .param("id", id).update();
    }
}
