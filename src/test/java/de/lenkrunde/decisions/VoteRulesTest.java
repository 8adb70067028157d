package de.lenkrunde.decisions;

import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.proposals.DecisionOutcome;
import org.junit.jupiter.api.Test;

import static de.lenkrunde.proposals.DecisionOutcome.ACCEPTED;
import static de.lenkrunde.proposals.DecisionOutcome.ACCEPTED_AMENDED;
import static de.lenkrunde.proposals.DecisionOutcome.DEFERRED;
import static de.lenkrunde.proposals.DecisionOutcome.REJECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Whether a vote can stand: whole numbers, not more than those entitled, a majority that fits the outcome. */
class VoteRulesTest {

    @Test
    void a_counted_vote_may_use_every_entitled_voice_but_not_one_more() {
        assertThatCode(() -> VoteRules.check(Vote.counted(4, 1, 2), ACCEPTED, 7)).doesNotThrowAnyException();
        assertThatCode(() -> VoteRules.check(Vote.counted(1, 1, 0), DEFERRED, 7)).as("vertagt needs no majority").doesNotThrowAnyException();

        FieldError error = refused(Vote.counted(5, 2, 1), ACCEPTED, 7);
        assertThat(error.field()).isEqualTo("yes");
        assertThat(error.messageKey()).isEqualTo("decision.vote.tooMany");
        assertThat(error.arguments()).containsEntry("max", 7).containsEntry("min", 8);
    }

    @Test
    void counts_are_whole_numbers_from_zero_and_at_least_one_vote() {
        assertThat(refused(Vote.counted(-1, 0, 0), ACCEPTED, 5).messageKey()).isEqualTo("decision.vote.negative");
        assertThat(refused(new Vote(VoteMethod.COUNTED, 3, null, 0), ACCEPTED, 5))
                .isEqualTo(FieldError.of("no", "validation.required"));
        assertThat(refused(Vote.counted(0, 0, 0), ACCEPTED, 5).messageKey()).isEqualTo("decision.vote.noVotes");
    }

    @Test
    void the_outcome_must_fit_the_majority() {
        assertThat(refused(Vote.counted(2, 2, 1), ACCEPTED, 5).messageKey()).as("a tie is no majority").isEqualTo("decision.vote.noMajority");
        assertThat(refused(Vote.counted(1, 3, 0), ACCEPTED_AMENDED, 5).messageKey()).isEqualTo("decision.vote.noMajority");
        assertThat(refused(Vote.counted(3, 1, 0), REJECTED, 5).messageKey()).isEqualTo("decision.vote.majorityForRejected");
        assertThatCode(() -> VoteRules.check(Vote.counted(2, 2, 1), REJECTED, 5)).as("a tie rejects").doesNotThrowAnyException();
    }

    @Test
    void a_unanimous_vote_counts_those_entitled_and_needs_someone_entitled() {
        assertThat(VoteRules.normalised(Vote.unanimous(null), ACCEPTED, 6)).isEqualTo(new Vote(VoteMethod.UNANIMOUS, 6, 0, 0));
        assertThat(VoteRules.normalised(Vote.unanimous(null), REJECTED, 6)).isEqualTo(new Vote(VoteMethod.UNANIMOUS, 0, 6, 0));
        assertThat(refused(Vote.unanimous(null), ACCEPTED, 0).messageKey()).isEqualTo("decision.vote.nobodyEntitled");
    }

    @Test
    void consensus_has_no_counts_and_a_missing_method_is_refused() {
        assertThat(VoteRules.normalised(new Vote(VoteMethod.CONSENSUS, 3, 0, 0), ACCEPTED, 6)).isEqualTo(Vote.consensus());
        assertThat(refused(new Vote(null, 1, 0, 0), ACCEPTED, 6)).isEqualTo(FieldError.of("method", "validation.required"));
    }

    private static FieldError refused(Vote vote, DecisionOutcome outcome, int entitled) {
        InvalidInputException refused = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(
                () -> VoteRules.check(vote, outcome, entitled));
        assertThat(refused).as("refused").isNotNull();
        return refused.errors().get(0);
    }
}
