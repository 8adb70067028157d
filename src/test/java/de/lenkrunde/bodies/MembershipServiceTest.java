package de.lenkrunde.bodies;

import de.lenkrunde.IntegrationTest;
import de.lenkrunde.TestData.World;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.people.GlobalRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MembershipServiceTest extends IntegrationTest {

    private static final Pageable PAGE = PageRequest.of(0, 50);

    @Autowired
    MembershipService memberships;

    World world;
    LocalDate today;
    long anna;

    @BeforeEach
    void world() {
        world = testData.world();
        today = Formats.today();
        testData.account("admin", Set.of(GlobalRole.ADMIN), Set.of());
        anna = testData.person("Anna", "Albers");
    }

    private MembershipData member(long personId, LocalDate from, LocalDate to) {
        return new MembershipData(personId, BodyRole.MEMBER, true, null, from, to);
    }

    @Test
    void an_admin_adds_a_member_who_then_appears_in_the_current_list() {
        signInAs("admin");
        long id = memberships.add(world.steeringNorth(), new MembershipData(anna, BodyRole.MEMBER, true, world.focusNorth(),
                today.minusDays(3), null));

        List<MembershipListItem> current = memberships.list(world.steeringNorth(), false, PAGE);
        assertThat(current).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(id);
            assertThat(m.personId()).isEqualTo(anna);
            assertThat(m.personName()).contains("Albers").contains("Anna");
            assertThat(m.role()).isEqualTo(BodyRole.MEMBER);
            assertThat(m.votingRight()).isTrue();
            assertThat(m.onBehalfOfBodyId()).isEqualTo(world.focusNorth());
            assertThat(m.onBehalfOfName()).isEqualTo("Fokusgruppe Jugend Nord");
            assertThat(m.current()).isTrue();
        });
        assertThat(memberships.count(world.steeringNorth(), false)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'MEMBERSHIP_ADDED' AND ref_id = ?",
                Integer.class, world.steeringNorth())).isEqualTo(1);
    }

    @Test
    void ending_a_membership_keeps_it_in_the_history_but_not_in_the_current_list() {
        signInAs("admin");
        long id = memberships.add(world.steeringNorth(), member(anna, today.minusYears(1), null));
        long version = memberships.list(world.steeringNorth(), false, PAGE).get(0).version();

        memberships.end(id, version, today.minusDays(1), "  Umzug  ");

        assertThat(memberships.list(world.steeringNorth(), false, PAGE)).isEmpty();
        assertThat(memberships.count(world.steeringNorth(), false)).isZero();
        assertThat(memberships.list(world.steeringNorth(), true, PAGE)).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(id);
            assertThat(m.validTo()).isEqualTo(today.minusDays(1));
            assertThat(m.current()).isFalse();
        });
        assertThat(memberships.count(world.steeringNorth(), true)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT end_reason FROM membership WHERE id = ?", String.class, id)).isEqualTo("Umzug");
        assertThat(jdbc.queryForObject("SELECT details FROM audit_entry WHERE action = 'MEMBERSHIP_ENDED'", String.class))
                .contains("Albers", "Umzug");
    }

    @Test
    void ending_with_a_stale_version_is_an_edit_conflict() {
        signInAs("admin");
        long id = memberships.add(world.steeringNorth(), member(anna, today.minusYears(1), null));
        long version = memberships.list(world.steeringNorth(), false, PAGE).get(0).version();
        memberships.end(id, version, today, null);

        assertThatThrownBy(() -> memberships.end(id, version, today.minusDays(1), null)).isInstanceOf(EditConflictException.class);
        assertThat(memberships.list(world.steeringNorth(), true, PAGE).get(0).validTo()).isEqualTo(today);
    }

    @Test
    void overlapping_memberships_of_one_person_in_one_body_are_refused() {
        signInAs("admin");
        long id = memberships.add(world.steeringNorth(), member(anna, today.minusYears(1), today.plusMonths(1)));

        assertThatThrownBy(() -> memberships.add(world.steeringNorth(),
                new MembershipData(anna, BodyRole.CHAIR, true, null, today.plusMonths(1), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("personId", "membership.rule.overlap")));

        // the day after the first ends is free; another body is no overlap at all
        memberships.add(world.steeringNorth(), new MembershipData(anna, BodyRole.CHAIR, true, null, today.plusMonths(1).plusDays(1), null));
        memberships.add(world.steeringSouth(), member(anna, today.minusYears(1), null));
        assertThat(memberships.count(world.steeringNorth(), true)).isEqualTo(2);
        assertThat(memberships.list(world.steeringNorth(), false, PAGE)).extracting(MembershipListItem::id).containsExactly(id);
    }

    @Test
    void an_advisory_member_with_voting_right_is_refused() {
        signInAs("admin");
        assertThatThrownBy(() -> memberships.add(world.steeringNorth(),
                new MembershipData(anna, BodyRole.ADVISORY, true, null, today, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("votingRight", "membership.rule.noVote")));
        assertThat(memberships.count(world.steeringNorth(), true)).isZero();
    }

    @Test
    void a_representative_speaks_for_a_focus_group_only() {
        signInAs("admin");
        assertThatThrownBy(() -> memberships.add(world.steeringNorth(),
                new MembershipData(anna, BodyRole.MEMBER, true, world.steeringSouth(), today, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("onBehalfOfBodyId"));
    }

    @Test
    void a_membership_without_start_is_refused_at_field_valid_from() {
        signInAs("admin");
        assertThatThrownBy(() -> memberships.add(world.steeringNorth(), member(anna, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("validFrom"));
    }

    @Test
    void a_chair_manages_the_members_of_their_own_body() {
        long chair = testData.account("vorsitz", Set.of(), Set.of());
        testData.member(world.steeringNorth(), chair, BodyRole.CHAIR);
        signInAs("vorsitz");

        long id = memberships.add(world.steeringNorth(), member(anna, today, null));
        memberships.end(id, memberships.list(world.steeringNorth(), false, PAGE).stream()
                .filter(m -> m.id() == id).findFirst().orElseThrow().version(), today, "Wechsel");

        assertThat(memberships.list(world.steeringNorth(), true, PAGE)).extracting(MembershipListItem::personId)
                .containsExactlyInAnyOrder(chair, anna);
    }

    @Test
    void a_chair_of_another_body_is_refused() {
        long chair = testData.account("vorsitz", Set.of(), Set.of());
        testData.member(world.steeringSouth(), chair, BodyRole.CHAIR);
        signInAs("admin");
        long existing = memberships.add(world.steeringNorth(), member(anna, today.minusDays(10), null));
        long version = memberships.list(world.steeringNorth(), false, PAGE).get(0).version();

        signInAs("vorsitz");
        assertThatThrownBy(() -> memberships.add(world.steeringNorth(), member(chair, today, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> memberships.end(existing, version, today, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> memberships.update(existing, version, new MembershipData(anna, BodyRole.CHAIR, true, null,
                today.minusDays(10), null))).isInstanceOf(AccessDeniedException.class);

        assertThat(memberships.list(world.steeringNorth(), true, PAGE)).singleElement().satisfies(m -> {
            assertThat(m.role()).isEqualTo(BodyRole.MEMBER);
            assertThat(m.validTo()).isNull();
        });
    }

    @Test
    void a_plain_member_may_not_manage_memberships_even_of_their_own_body() {
        long member = testData.account("mitglied", Set.of(), Set.of());
        testData.member(world.focusNorth(), member, BodyRole.MEMBER);
        signInAs("mitglied");

        assertThatThrownBy(() -> memberships.add(world.focusNorth(), member(anna, today, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(memberships.count(world.focusNorth(), true)).isEqualTo(1);
    }

    @Test
    void a_role_change_is_audited_as_such() {
        signInAs("admin");
        long id = memberships.add(world.focusNorth(), member(anna, today.minusDays(5), null));
        long version = memberships.list(world.focusNorth(), false, PAGE).get(0).version();

        memberships.update(id, version, new MembershipData(anna, BodyRole.DEPUTY, true, null, today.minusDays(5), null));

        assertThat(memberships.list(world.focusNorth(), false, PAGE).get(0).role()).isEqualTo(BodyRole.DEPUTY);
        assertThat(jdbc.queryForObject("SELECT details FROM audit_entry WHERE action = 'MEMBERSHIP_ROLE_CHANGED'", String.class))
                .contains("MEMBER", "-> ", "DEPUTY");
    }

    @Test
    void my_bodies_lists_the_current_bodies_with_my_roles() {
        long me = testData.account("ich", Set.of(), Set.of());
        testData.member(world.steeringNorth(), me, BodyRole.CHAIR);
        testData.member(world.focusNorth(), me, BodyRole.ADVISORY);
        testData.membership(world.steeringSouth(), me, BodyRole.MEMBER, today.minusYears(1), today.minusDays(1));
        signInAs("ich");

        List<MyBody> mine = memberships.myBodies();

        assertThat(mine).extracting(MyBody::id).containsExactly(world.focusNorth(), world.steeringNorth());
        assertThat(mine.get(0).roles()).containsExactly(BodyRole.ADVISORY);
        assertThat(mine.get(0).type()).isEqualTo(BodyType.FOCUS_GROUP);
        assertThat(mine.get(0).areaName()).isEqualTo("Nordstadt");
        assertThat(mine.get(1).roles()).containsExactly(BodyRole.CHAIR);
        assertThat(mine.get(1).name()).isEqualTo("Lenkrunde Nordstadt");
    }

    @Test
    void someone_in_no_body_has_no_bodies() {
        testData.account("allein", Set.of(), Set.of());
        signInAs("allein");
        assertThat(memberships.myBodies()).isEmpty();
    }
}
