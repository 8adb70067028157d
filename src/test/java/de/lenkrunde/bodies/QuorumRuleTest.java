package de.lenkrunde.bodies;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class QuorumRuleTest {

    @ParameterizedTest(name = "{0} of {1} voting members needs {2} present")
    @CsvSource(textBlock = """
            MORE_THAN_HALF,      7, 4
            MORE_THAN_HALF,      8, 5
            MORE_THAN_HALF,      1, 1
            MORE_THAN_HALF,      2, 2
            AT_LEAST_HALF,       7, 4
            AT_LEAST_HALF,       8, 4
            AT_LEAST_HALF,       1, 1
            AT_LEAST_TWO_THIRDS, 7, 5
            AT_LEAST_TWO_THIRDS, 6, 4
            AT_LEAST_TWO_THIRDS, 8, 6
            AT_LEAST_TWO_THIRDS, 1, 1
            AT_LEAST_ONE_THIRD,  7, 3
            AT_LEAST_ONE_THIRD,  6, 2
            AT_LEAST_ONE_THIRD,  8, 3
            AT_LEAST_ONE_THIRD,  1, 1
            """)
    void the_required_number_present_is_the_smallest_that_satisfies_the_rule(QuorumRule rule, int votingMembers, int required) {
        assertThat(rule.requiredPresent(votingMembers)).isEqualTo(required);
        assertThat(rule.isMet(votingMembers, required)).isTrue();
        assertThat(rule.isMet(votingMembers, required - 1)).isFalse();
        assertThat(rule.isMet(votingMembers, votingMembers)).isTrue();
    }

    @Test
    void seven_voting_members_need_four_for_more_than_half_and_five_for_two_thirds() {
        assertThat(QuorumRule.MORE_THAN_HALF.isMet(7, 3)).isFalse();
        assertThat(QuorumRule.MORE_THAN_HALF.isMet(7, 4)).isTrue();
        assertThat(QuorumRule.AT_LEAST_TWO_THIRDS.isMet(7, 4)).isFalse();
        assertThat(QuorumRule.AT_LEAST_TWO_THIRDS.isMet(7, 5)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(QuorumRule.class)
    void a_body_without_voting_members_never_has_a_quorum(QuorumRule rule) {
        assertThat(rule.isMet(0, 0)).isFalse();
        assertThat(rule.isMet(0, 3)).isFalse();
        assertThat(rule.isMet(-1, 0)).isFalse();
    }

    /** Checked against the definition in exact integer arithmetic, for bodies of 1 to 200 voting members. */
    @ParameterizedTest
    @EnumSource(QuorumRule.class)
    void the_rule_matches_its_definition_for_every_body_size(QuorumRule rule) {
        for (int members = 1; members <= 200; members++) {
            for (int present = 0; present <= members; present++) {
                boolean expected = switch (rule) {
                    case MORE_THAN_HALF -> 2 * present > members;
                    case AT_LEAST_HALF -> 2 * present >= members;
                    case AT_LEAST_TWO_THIRDS -> 3 * present >= 2 * members;
                    case AT_LEAST_ONE_THIRD -> 3 * present >= members;
                };
                assertThat(rule.isMet(members, present)).as("%s, %d of %d present", rule, present, members).isEqualTo(expected);
            }
        }
    }
}
