package de.lenkrunde.decisions;

import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.proposals.DecisionOutcome;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The decision aggregate: what it needs to be recorded, numbering, and a correction that keeps the original. */
class DecisionTest {

    private static final Instant NOW = Instant.parse("2026-06-18T17:10:00Z");
    private static final Decision.Subject WITH_PROPOSAL = new Decision.Subject(1, 2, 3, "5", "Spielplatz", false, 44L);
    private static final Decision.Subject WITHOUT_PROPOSAL = new Decision.Subject(1, 2, 4, "6", "Termine", false, null);
    private static final Decision.Recorder CHAIR = new Decision.Recorder(9L, "Vera Vorsitz", NOW);

    @Test
    void numbers_are_the_body_code_the_year_and_three_digits() {
        assertThat(DecisionNumbers.format("LR-TEL", 2026, 14)).isEqualTo("LR-TEL-2026/014");
        assertThat(DecisionNumbers.format("LR-TEL", 2026, 1234)).isEqualTo("LR-TEL-2026/1234");
    }

    @Test
    void a_decision_needs_text_outcome_and_for_a_referral_a_reason_and_a_proposal() {
        InvalidInputException empty = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(() ->
                Decision.record(WITH_PROPOSAL, new DecisionData("  ", null, Vote.counted(3, 0, 0), null, null), 5, true, CHAIR));
        assertThat(empty.errors()).extracting(FieldError::field, FieldError::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple("text", "decision.text.required"),
                        org.assertj.core.groups.Tuple.tuple("outcome", "validation.required"));

        assertThatThrownBy(() -> Decision.record(WITH_PROPOSAL, new DecisionData("Zurück", DecisionOutcome.REFERRED_BACK,
                Vote.counted(3, 1, 0), null, null), 5, true, CHAIR)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsExactly(FieldError.of("reason", "decision.reason.requiredForReferral")));
        assertThatThrownBy(() -> Decision.record(WITHOUT_PROPOSAL, new DecisionData("Zurück", DecisionOutcome.REFERRED_BACK,
                Vote.counted(3, 1, 0), null, "Kosten unklar"), 5, true, CHAIR)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsExactly(FieldError.of("outcome", "decision.outcome.referralNeedsProposal")));
    }

    @Test
    void without_quorum_a_vote_needs_a_recorded_reason() {
        DecisionData data = new DecisionData("Beschluss", DecisionOutcome.ACCEPTED, Vote.counted(2, 0, 0), null, null);
        assertThatThrownBy(() -> Decision.record(WITH_PROPOSAL, data, 2, false, CHAIR)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsExactly(FieldError.of("quorumOverrideReason", "decision.quorum.overrideRequired")));

        Decision decision = Decision.record(WITH_PROPOSAL, new DecisionData("Beschluss", DecisionOutcome.ACCEPTED,
                Vote.counted(2, 0, 0), "Eilbedürftig: Förderfrist endet morgen", null), 2, false, CHAIR);
        assertThat(decision.view().quorumReached()).isFalse();
        assertThat(decision.view().quorumOverrideReason()).isEqualTo("Eilbedürftig: Förderfrist endet morgen");
    }

    @Test
    void a_correction_is_the_next_revision_under_the_same_number_and_the_original_learns_it_was_superseded() {
        Decision original = Decision.record(WITH_PROPOSAL, new DecisionData(" Der Spielplatz wird gebaut. ", DecisionOutcome.ACCEPTED,
                Vote.counted(4, 1, 0), null, null), 5, true, CHAIR);
        original.numbered("LR-TEL-2026/014", 2026, 14);
        assertThat(original.view().text()).isEqualTo("Der Spielplatz wird gebaut.");

        Decision correction = original.correctedBy(new DecisionData("Der Spielplatz wird nicht gebaut.", DecisionOutcome.REJECTED,
                Vote.counted(1, 4, 0), null, null), "Stimmen im Protokoll vertauscht", CHAIR);

        assertThat(correction.view().number()).isEqualTo("LR-TEL-2026/014");
        assertThat(correction.view().revision()).isEqualTo(1);
        assertThat(correction.view().correctionReason()).isEqualTo("Stimmen im Protokoll vertauscht");
        assertThat(correction.view().entitled()).as("checked against those entitled then").isEqualTo(5);
        assertThat(original.view().outcome()).isEqualTo(DecisionOutcome.ACCEPTED);

        original.supersededBy(77L);
        assertThat(original.view().current()).isFalse();
        assertThatThrownBy(() -> original.correctedBy(new DecisionData("x", DecisionOutcome.REJECTED, Vote.counted(0, 3, 0), null, null),
                "noch einmal", CHAIR)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("decision.rule.alreadyCorrected"));
    }

    @Test
    void a_correction_needs_a_reason() {
        Decision original = Decision.record(WITHOUT_PROPOSAL, new DecisionData("Termine", DecisionOutcome.ACCEPTED,
                Vote.unanimous(null), null, null), 5, true, CHAIR);
        assertThatThrownBy(() -> original.correctedBy(new DecisionData("Termine", DecisionOutcome.ACCEPTED, Vote.unanimous(null), null, null),
                " ", CHAIR)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsExactly(FieldError.of("correctionReason", "validation.required")));
    }
}
