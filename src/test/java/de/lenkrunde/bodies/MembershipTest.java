package de.lenkrunde.bodies;

import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MembershipTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate JUN_30 = LocalDate.of(2026, 6, 30);

    private static MembershipData data(BodyRole role, boolean voting, LocalDate from, LocalDate to) {
        return new MembershipData(42L, role, voting, null, from, to);
    }

    @ParameterizedTest
    @EnumSource(value = BodyRole.class, names = {"ADVISORY", "GUEST"})
    void advisory_members_and_guests_cannot_get_a_voting_right(BodyRole role) {
        assertThatThrownBy(() -> new Membership(1, data(role, true, JAN_1, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("votingRight", "membership.rule.noVote")));
        assertThat(new Membership(1, data(role, false, JAN_1, null)).role()).isEqualTo(role);
    }

    @ParameterizedTest
    @EnumSource(value = BodyRole.class, names = {"CHAIR", "DEPUTY", "MINUTE_TAKER", "MEMBER"})
    void other_roles_may_have_a_voting_right(BodyRole role) {
        Membership membership = new Membership(1, data(role, true, JAN_1, null));
        assertThat(membership.data().votingRight()).isTrue();
        assertThat(membership.data().role()).isEqualTo(role);
    }

    @Test
    void a_correction_cannot_give_an_advisory_member_a_voting_right() {
        Membership membership = new Membership(1, data(BodyRole.MEMBER, true, JAN_1, null));
        assertThatThrownBy(() -> membership.apply(data(BodyRole.ADVISORY, true, JAN_1, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("votingRight");
        assertThat(membership.role()).as("unchanged after the refusal").isEqualTo(BodyRole.MEMBER);
    }

    @Test
    void a_membership_cannot_end_before_it_starts() {
        assertThatThrownBy(() -> new Membership(1, data(BodyRole.MEMBER, true, JUN_30, JAN_1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("validTo", "membership.rule.endBeforeStart")));

        Membership membership = new Membership(1, data(BodyRole.MEMBER, true, JUN_30, null));
        assertThatThrownBy(() -> membership.end(JAN_1, "zu früh"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("validTo", "membership.rule.endBeforeStart")));
        assertThat(membership.data().validTo()).isNull();
    }

    @Test
    void a_membership_may_start_and_end_on_the_same_day() {
        Membership membership = new Membership(1, data(BodyRole.GUEST, false, JAN_1, JAN_1));
        assertThat(membership.isCurrentOn(JAN_1)).isTrue();
        assertThat(membership.isCurrentOn(JAN_1.plusDays(1))).isFalse();
    }

    @Test
    void ending_keeps_the_membership_with_its_last_day_and_it_is_current_up_to_that_day() {
        Membership membership = new Membership(7, data(BodyRole.MEMBER, true, JAN_1, null));
        membership.end(JUN_30, "Umzug");

        assertThat(membership.data().validTo()).isEqualTo(JUN_30);
        assertThat(membership.bodyId()).isEqualTo(7);
        assertThat(membership.personId()).isEqualTo(42);
        assertThat(membership.isCurrentOn(JAN_1.minusDays(1))).isFalse();
        assertThat(membership.isCurrentOn(JAN_1)).isTrue();
        assertThat(membership.isCurrentOn(JUN_30)).isTrue();
        assertThat(membership.isCurrentOn(JUN_30.plusDays(1))).isFalse();
    }

    @Test
    void an_ended_membership_cannot_be_ended_later_than_it_already_ended() {
        Membership membership = new Membership(1, data(BodyRole.MEMBER, true, JAN_1, JUN_30));
        assertThatThrownBy(() -> membership.end(JUN_30.plusDays(1), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("validTo", "membership.rule.alreadyEnded")));
        membership.end(JUN_30.minusDays(10), "früher beendet");
        assertThat(membership.data().validTo()).isEqualTo(JUN_30.minusDays(10));
    }

    @Test
    void periods_overlap_when_they_share_at_least_one_day() {
        Membership firstHalf = new Membership(1, data(BodyRole.MEMBER, true, JAN_1, JUN_30));

        assertThat(firstHalf.overlaps(JUN_30, null)).as("starts on the last day").isTrue();
        assertThat(firstHalf.overlaps(JUN_30.plusDays(1), null)).as("starts the day after").isFalse();
        assertThat(firstHalf.overlaps(JAN_1.minusYears(1), JAN_1)).as("ends on the first day").isTrue();
        assertThat(firstHalf.overlaps(JAN_1.minusYears(1), JAN_1.minusDays(1))).as("ends the day before").isFalse();
        assertThat(firstHalf.overlaps(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))).as("inside").isTrue();
        assertThat(firstHalf.overlaps(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1))).as("around").isTrue();
    }

    @Test
    void an_open_ended_membership_overlaps_everything_after_its_start() {
        Membership open = new Membership(1, data(BodyRole.MEMBER, true, JUN_30, null));

        assertThat(open.overlaps(LocalDate.of(2040, 1, 1), null)).isTrue();
        assertThat(open.overlaps(JAN_1, null)).isTrue();
        assertThat(open.overlaps(JAN_1, JUN_30.minusDays(1))).isFalse();
        assertThat(open.overlaps(JAN_1, JUN_30)).isTrue();
    }
}
