package de.lenkrunde.meetings;

import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.bodies.QuorumRule;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The quorum's arithmetic with substitutes and bias, and the attendance aggregate's rules, without a database. */
class QuorumAndAttendanceTest {

    private static final Instant NOW = Instant.parse("2026-06-18T16:00:00Z");

    // ---- quorum -------------------------------------------------------------------------------------------

    /** Five voting members (persons 1–5, entries 11–15), a member without a vote (6) and a guest. */
    private static List<QuorumCount.Attendee> body(boolean... present) {
        return List.of(
                voting(11, 1, present[0]), voting(12, 2, present[1]), voting(13, 3, present[2]), voting(14, 4, present[3]),
                voting(15, 5, present[4]),
                new QuorumCount.Attendee(16, 6L, false, false, true, null),
                new QuorumCount.Attendee(17, null, false, true, true, null));
    }

    private static QuorumCount.Attendee voting(long entry, long person, boolean present) {
        return new QuorumCount.Attendee(entry, person, true, false, present, null);
    }

    private static List<QuorumCount.Attendee> with(List<QuorumCount.Attendee> attendees, QuorumCount.Attendee more) {
        List<QuorumCount.Attendee> all = new java.util.ArrayList<>(attendees);
        all.add(more);
        return all;
    }

    @Test
    void only_present_voting_members_count_guests_and_members_without_a_vote_do_not() {
        assertThat(QuorumCount.of(QuorumRule.MORE_THAN_HALF, body(true, true, false, false, false), Set.of()))
                .isEqualTo(new Quorum(5, 2, 3, false));
        assertThat(QuorumCount.of(QuorumRule.MORE_THAN_HALF, body(true, true, true, false, false), Set.of()))
                .isEqualTo(new Quorum(5, 3, 3, true));
        assertThat(QuorumCount.of(QuorumRule.AT_LEAST_TWO_THIRDS, body(true, true, true, false, false), Set.of()))
                .isEqualTo(new Quorum(5, 3, 4, false));
        assertThat(QuorumCount.of(QuorumRule.MORE_THAN_HALF, List.of(), Set.of())).as("no voting members: never reached")
                .isEqualTo(new Quorum(0, 0, 0, false));
    }

    @Test
    void a_present_substitute_fills_the_seat_of_the_absent_member_they_stand_in_for() {
        List<QuorumCount.Attendee> twoPresent = body(true, true, false, false, false);

        // person 8 (no vote of their own) stands in for person 3 (entry 13)
        assertThat(QuorumCount.of(QuorumRule.MORE_THAN_HALF, with(twoPresent, new QuorumCount.Attendee(18, 8L, false, false, true, 13L)),
                Set.of())).isEqualTo(new Quorum(5, 3, 3, true));
        assertThat(QuorumCount.of(QuorumRule.MORE_THAN_HALF, with(twoPresent, new QuorumCount.Attendee(18, 8L, false, false, false, 13L)),
                Set.of())).as("a substitute who is not (or no longer) present fills nothing").isEqualTo(new Quorum(5, 2, 3, false));
        assertThat(QuorumCount.of(QuorumRule.MORE_THAN_HALF, with(body(true, true, true, false, false),
                new QuorumCount.Attendee(18, 8L, false, false, true, 13L)), Set.of()))
                .as("the member came after all: one seat, counted once").isEqualTo(new Quorum(5, 3, 3, true));
        assertThat(QuorumCount.of(QuorumRule.MORE_THAN_HALF, with(twoPresent, new QuorumCount.Attendee(18, null, false, true, true, 13L)),
                Set.of())).as("a guest never fills a seat").isEqualTo(new Quorum(5, 2, 3, false));
    }

    @Test
    void a_biased_member_counts_neither_among_the_members_nor_among_those_present_for_the_item() {
        List<QuorumCount.Attendee> threePresent = body(true, true, true, false, false);

        assertThat(QuorumCount.of(QuorumRule.MORE_THAN_HALF, threePresent, Set.of(1L))).as("biased and present")
                .isEqualTo(new Quorum(4, 2, 3, false));
        assertThat(QuorumCount.of(QuorumRule.MORE_THAN_HALF, threePresent, Set.of(4L))).as("biased and absent")
                .isEqualTo(new Quorum(4, 3, 3, true));
        assertThat(QuorumCount.of(QuorumRule.AT_LEAST_HALF, threePresent, Set.of(4L, 5L))).isEqualTo(new Quorum(3, 3, 2, true));
        assertThat(QuorumCount.of(QuorumRule.MORE_THAN_HALF, threePresent, Set.of(6L))).as("bias of someone without a vote changes nothing")
                .isEqualTo(new Quorum(5, 3, 3, true));

        List<QuorumCount.Attendee> substituted = with(body(true, true, false, false, false),
                new QuorumCount.Attendee(18, 8L, false, false, true, 13L));
        assertThat(QuorumCount.of(QuorumRule.MORE_THAN_HALF, substituted, Set.of(8L))).as("a biased substitute does not fill the seat")
                .isEqualTo(new Quorum(5, 2, 3, false));
        assertThat(QuorumCount.of(QuorumRule.MORE_THAN_HALF, substituted, Set.of(3L))).as("the seat of a biased member is out, substitute or not")
                .isEqualTo(new Quorum(4, 2, 3, false));
    }

    // ---- attendance -----------------------------------------------------------------------------------------

    @Test
    void checking_in_keeps_the_first_arrival_leaving_needs_presence_and_a_correction_forgets_both() {
        Attendance member = new Attendance(1, 7L, "Mia Mitglied", "MEMBER", true, false, NOW);
        assertThat(member.status()).isEqualTo(AttendanceStatus.EXPECTED);
        assertThatThrownBy(() -> member.mark(AttendanceStatus.LEFT, NOW)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.leaveNotPresent"));

        member.mark(AttendanceStatus.PRESENT, NOW);
        member.mark(AttendanceStatus.LEFT, NOW.plusSeconds(3600));
        assertThat(member.arrivedAt()).isEqualTo(NOW);
        assertThat(member.leftAt()).isEqualTo(NOW.plusSeconds(3600));

        member.mark(AttendanceStatus.PRESENT, NOW.plusSeconds(4000));
        assertThat(member.arrivedAt()).as("back: the first arrival stays").isEqualTo(NOW);
        assertThat(member.leftAt()).isNull();

        member.mark(AttendanceStatus.EXCUSED, NOW.plusSeconds(4100));
        assertThat(member.arrivedAt()).isNull();
        assertThat(member.status()).isEqualTo(AttendanceStatus.EXCUSED);
    }

    @Test
    void a_guest_never_votes_and_needs_a_name() {
        assertThatThrownBy(() -> new Attendance(1, null, "Gustav Gast", "EXTERNAL_GUEST", true, true, NOW))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.guestNoVote"));
        assertThatThrownBy(() -> Attendance.guestOnTheSpot(1, "  ", NOW)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsExactly(FieldError.of("name", "validation.required")));

        Attendance guest = Attendance.guestOnTheSpot(1, " Gustav Gast ", NOW);
        assertThat(guest.name()).isEqualTo("Gustav Gast");
        assertThat(guest.guest()).isTrue();
        assertThat(guest.votingRight()).isFalse();
        assertThat(guest.present()).isTrue();
        assertThat(guest.arrivedAt()).isEqualTo(NOW);

        Attendance bodyGuest = Attendance.of(1, new Invitee(9L, "Greta Gast", null, "GUEST", false, false), NOW);
        assertThat(bodyGuest.guest()).as("a guest of the body").isTrue();
    }

    @Test
    void a_member_without_a_vote_stands_in_for_an_absent_voting_member_and_is_present_from_then_on() {
        Attendance absent = entry(13, new Attendance(1, 3L, "Volker Voting", "MEMBER", true, false, NOW));
        absent.mark(AttendanceStatus.EXCUSED, NOW);
        Attendance deputy = entry(18, new Attendance(1, 8L, "Erika Ersatz", "MEMBER", false, false, NOW));

        deputy.standIn(absent, NOW);

        assertThat(deputy.substituteForId()).isEqualTo(13L);
        assertThat(deputy.present()).isTrue();
        assertThat(deputy.arrivedAt()).isEqualTo(NOW);
        assertThat(deputy.votingRight()).as("no vote of their own").isFalse();
    }

    @Test
    void standing_in_is_refused_for_a_present_or_non_voting_member_a_guest_and_someone_with_a_vote() {
        Attendance present = entry(11, new Attendance(1, 1L, "Paula Präsent", "MEMBER", true, false, NOW));
        present.mark(AttendanceStatus.PRESENT, NOW);
        Attendance advisory = entry(12, new Attendance(1, 2L, "Berta Beratend", "ADVISORY", false, false, NOW));
        Attendance guest = entry(17, Attendance.guestOnTheSpot(1, "Gustav Gast", NOW));
        Attendance absent = entry(13, new Attendance(1, 3L, "Volker Voting", "MEMBER", true, false, NOW));
        Attendance other = entry(14, new Attendance(1, 4L, "Anna Abwesend", "MEMBER", true, false, NOW));
        Attendance deputy = entry(18, new Attendance(1, 8L, "Erika Ersatz", "MEMBER", false, false, NOW));

        assertRefused(() -> deputy.standIn(present, NOW), "meeting.rule.substituteForPresent");
        assertRefused(() -> deputy.standIn(advisory, NOW), "meeting.rule.substituteNotVoting");
        assertRefused(() -> deputy.standIn(guest, NOW), "meeting.rule.substituteNotVoting");
        assertRefused(() -> guest.standIn(absent, NOW), "meeting.rule.guestNoVote");
        assertRefused(() -> other.standIn(absent, NOW), "meeting.rule.substituteHasOwnVote");
        assertThat(deputy.substituteForId()).isNull();

        deputy.standIn(absent, NOW);
        assertRefused(() -> deputy.standIn(other, NOW), "meeting.rule.alreadySubstituting");
        deputy.endSubstitution();
        deputy.standIn(other, NOW);
        assertThat(deputy.substituteForId()).isEqualTo(14L);
    }

    private static Attendance entry(long id, Attendance attendance) {
        ReflectionTestUtils.setField(attendance, "id", id);
        return attendance;
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
