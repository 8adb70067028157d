package de.lenkrunde.actions;

import de.lenkrunde.IntegrationTest;
import de.lenkrunde.decisions.DecisionData;
import de.lenkrunde.decisions.DecisionService;
import de.lenkrunde.decisions.DecisionView;
import de.lenkrunde.decisions.Vote;
import de.lenkrunde.proposals.DecisionOutcome;
import de.lenkrunde.proposals.ProposalService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "ohne Umsetzung" set (ADR 018) is kept step by step in the changing transaction; after every step it must hold
 * exactly what the rule selects from scratch ({@link UnimplementedDecisions#rebuild()}), and the expected decisions.
 */
class UnimplementedDecisionsTest extends IntegrationTest {

    @Autowired
    private RegisterScenario scenario;
    @Autowired
    private UnimplementedDecisions unimplemented;
    @Autowired
    private DecisionService decisions;
    @Autowired
    private ActionItemService actions;
    @Autowired
    private ProposalService proposals;

    private RegisterScenario.Cast cast;

    @BeforeEach
    void cast() {
        cast = scenario.build();
    }

    @Test
    void recorded_decisions_enter_the_set() {
        assertThat(keptAsRebuilt()).containsExactlyInAnyOrder(cast.proposalDecision(), cast.plainDecision(), cast.secretDecision());
    }

    @Test
    void a_correction_replaces_its_original_and_leaves_the_set_when_it_rejects() {
        long plainCorrection = correct(cast.plainDecision(), DecisionOutcome.ACCEPTED_AMENDED);
        assertThat(keptAsRebuilt()).containsExactlyInAnyOrder(cast.proposalDecision(), plainCorrection, cast.secretDecision());

        correct(cast.secretDecision(), DecisionOutcome.REJECTED);
        assertThat(keptAsRebuilt()).containsExactlyInAnyOrder(cast.proposalDecision(), plainCorrection);
    }

    @Test
    void a_done_action_item_takes_its_decision_out_and_progress_or_cancelling_does_not() {
        ActionItemView goals = testData.as("lrmitglied", () -> actions.get(cast.goalsAction()).item());
        ActionItemView progressed = testData.as("lrmitglied", () -> actions.reportProgress(goals.id(), goals.version(), 50, "Halb fertig."));
        assertThat(keptAsRebuilt()).contains(cast.proposalDecision());

        ActionItemView calendar = testData.as("mitglied", () -> actions.get(cast.calendarAction()).item());
        testData.as("mitglied", () -> actions.complete(calendar.id(), calendar.version(), "Eingetragen."));
        assertThat(keptAsRebuilt()).containsExactlyInAnyOrder(cast.proposalDecision(), cast.secretDecision());

        testData.as("lrmitglied", () -> actions.cancel(progressed.id(), progressed.version(), "Die Stadt baut selbst."));
        assertThat(keptAsRebuilt()).containsExactlyInAnyOrder(cast.proposalDecision(), cast.secretDecision());
    }

    @Test
    void implementation_takes_the_proposal_decision_out_and_discontinuing_brings_it_back() {
        testData.as("vorsitz", () -> proposals.startImplementation(cast.proposal(), proposals.get(cast.proposal()).version()));
        assertThat(keptAsRebuilt()).containsExactlyInAnyOrder(cast.plainDecision(), cast.secretDecision());

        testData.as("vorsitz", () -> proposals.discontinue(cast.proposal(), proposals.get(cast.proposal()).version(),
                "Die Fläche wird anders gebraucht."));
        assertThat(keptAsRebuilt()).containsExactlyInAnyOrder(cast.proposalDecision(), cast.plainDecision(), cast.secretDecision());
    }

    @Test
    void completing_the_proposal_takes_its_decision_out() {
        testData.as("vorsitz", () -> proposals.startImplementation(cast.proposal(), proposals.get(cast.proposal()).version()));
        testData.as("vorsitz", () -> proposals.complete(cast.proposal(), proposals.get(cast.proposal()).version(),
                "Tore und Netz stehen.", new BigDecimal("0.00")));
        assertThat(keptAsRebuilt()).containsExactlyInAnyOrder(cast.plainDecision(), cast.secretDecision());
    }

    private long correct(long decisionId, DecisionOutcome outcome) {
        return testData.as("vorsitz", () -> {
            DecisionView original = decisions.get(decisionId);
            return decisions.correct(decisionId, original.version(), new DecisionData(original.text() + " (berichtigt)", outcome,
                    outcome == DecisionOutcome.REJECTED ? Vote.counted(1, 2, 0) : Vote.counted(2, 1, 0), null, null), "Schreibfehler im Protokoll der Abstimmung").id();
        });
    }

    /** The set as kept, after asserting that a rebuild from the rule gives the same. */
    private List<Long> keptAsRebuilt() {
        List<Long> kept = tracked();
        unimplemented.rebuild();
        assertThat(tracked()).as("kept step by step = rebuilt from the rule").containsExactlyInAnyOrderElementsOf(kept);
        return kept;
    }

    private List<Long> tracked() {
        return jdbc.queryForList("SELECT decision_id FROM unimplemented_decision", Long.class);
    }
}
