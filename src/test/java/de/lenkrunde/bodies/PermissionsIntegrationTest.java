package de.lenkrunde.bodies;

import de.lenkrunde.IntegrationTest;
import de.lenkrunde.TestData.World;
import de.lenkrunde.people.GlobalRole;
import de.lenkrunde.people.SystemUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The permission service on a real world: coordinators by area, body roles from current memberships. */
class PermissionsIntegrationTest extends IntegrationTest {

    @Autowired
    Permissions permissions;
    @Autowired
    AreaService areas;
    @Autowired
    BodyService bodies;

    World world;

    @BeforeEach
    void world() {
        world = testData.world();
    }

    @Test
    void a_coordinator_of_north_may_manage_bodies_in_north_but_not_in_south() {
        testData.account("koord", Set.of(GlobalRole.COORDINATOR), Set.of(world.regionNorth()));
        signInAs("koord");

        assertThat(permissions.may(BodyAction.MANAGE_BODY, world.steeringNorth())).isTrue();
        assertThat(permissions.may(BodyAction.MANAGE_BODY, world.focusNorth())).isTrue();
        assertThat(permissions.may(BodyAction.MANAGE_MEMBERSHIPS, world.steeringNorth())).isTrue();
        assertThat(permissions.may(BodyAction.MANAGE_BODY, world.steeringSouth())).isFalse();
        assertThat(permissions.may(BodyAction.MANAGE_MEMBERSHIPS, world.steeringSouth())).isFalse();
        assertThatThrownBy(() -> permissions.require(BodyAction.MANAGE_BODY, world.steeringSouth()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatCode(() -> permissions.require(BodyAction.MANAGE_BODY, world.steeringNorth())).doesNotThrowAnyException();
    }

    @Test
    void a_coordinator_also_acts_on_bodies_deeper_in_their_planregion() {
        long socialSpace = SystemUser.call(() -> areas.create(new AreaData(world.townNorth(), AreaKind.SOCIAL_SPACE, "Altstadt")));
        long conference = SystemUser.call(() -> bodies.create(
                de.lenkrunde.TestData.body(BodyType.CONFERENCE, "Sozialraumkonferenz Altstadt", "SRK-ALT", socialSpace)));
        testData.account("koord", Set.of(GlobalRole.COORDINATOR), Set.of(world.regionNorth()));
        signInAs("koord");

        assertThat(permissions.may(BodyAction.MANAGE_BODY, conference)).isTrue();
        assertThat(permissions.mayUseArea(socialSpace)).isTrue();
        assertThat(permissions.mayUseArea(world.townSouth())).isFalse();
        assertThat(permissions.mayUseArea(world.district())).as("the district is above their region").isFalse();
        assertThat(permissions.usableAreaIds()).containsExactlyInAnyOrder(world.regionNorth(), world.townNorth(), socialSpace);
    }

    @Test
    void a_chair_may_manage_the_memberships_of_their_own_body_only() {
        long chair = testData.account("vorsitz", Set.of(), Set.of());
        testData.member(world.steeringNorth(), chair, BodyRole.CHAIR);
        signInAs("vorsitz");

        assertThat(permissions.may(BodyAction.MANAGE_MEMBERSHIPS, world.steeringNorth())).isTrue();
        assertThat(permissions.may(BodyAction.RUN_MEETING, world.steeringNorth())).isTrue();
        assertThat(permissions.may(BodyAction.MANAGE_BODY, world.steeringNorth())).as("settings are the coordinator's").isFalse();
        assertThat(permissions.may(BodyAction.MANAGE_MEMBERSHIPS, world.focusNorth())).isFalse();
        assertThat(permissions.may(BodyAction.MANAGE_MEMBERSHIPS, world.steeringSouth())).isFalse();
        assertThat(permissions.rolesIn(world.steeringNorth())).containsExactly(BodyRole.CHAIR);
        assertThat(permissions.rolesIn(world.steeringSouth())).isEmpty();
    }

    @Test
    void a_deputy_acts_as_chair() {
        long deputy = testData.account("stellv", Set.of(), Set.of());
        testData.member(world.steeringSouth(), deputy, BodyRole.DEPUTY);
        signInAs("stellv");

        assertThat(permissions.may(BodyAction.MANAGE_MEMBERSHIPS, world.steeringSouth())).isTrue();
        assertThat(permissions.may(BodyAction.RUN_MEETING, world.steeringSouth())).isTrue();
        assertThat(permissions.may(BodyAction.RUN_MEETING, world.steeringNorth())).isFalse();
    }

    @Test
    void an_ended_membership_gives_no_rights() {
        long former = testData.account("ehemalig", Set.of(), Set.of());
        LocalDate today = LocalDate.now(de.lenkrunde.base.format.Formats.ZONE);
        testData.membership(world.steeringNorth(), former, BodyRole.CHAIR, today.minusYears(2), today.minusDays(1));
        signInAs("ehemalig");

        for (BodyAction action : BodyAction.values()) {
            assertThat(permissions.may(action, world.steeringNorth())).as(action.name()).isFalse();
        }
        assertThat(permissions.rolesIn(world.steeringNorth())).isEmpty();
        assertThat(permissions.bodiesWhere(BodyAction.READ_NON_PUBLIC).isEmpty()).isTrue();
    }

    @Test
    void a_membership_that_starts_tomorrow_gives_no_rights_yet() {
        long future = testData.account("kuenftig", Set.of(), Set.of());
        LocalDate today = LocalDate.now(de.lenkrunde.base.format.Formats.ZONE);
        testData.membership(world.focusNorth(), future, BodyRole.MEMBER, today.plusDays(1), null);
        signInAs("kuenftig");

        assertThat(permissions.may(BodyAction.READ_NON_PUBLIC, world.focusNorth())).isFalse();
    }

    @Test
    void a_membership_that_ends_today_still_counts_today() {
        long leaving = testData.account("geht", Set.of(), Set.of());
        LocalDate today = LocalDate.now(de.lenkrunde.base.format.Formats.ZONE);
        testData.membership(world.focusNorth(), leaving, BodyRole.MEMBER, today.minusMonths(1), today);
        signInAs("geht");

        assertThat(permissions.may(BodyAction.READ_NON_PUBLIC, world.focusNorth())).isTrue();
    }

    @Test
    void a_member_reads_non_public_items_of_exactly_their_bodies() {
        long member = testData.account("mitglied", Set.of(), Set.of());
        testData.member(world.focusNorth(), member, BodyRole.MEMBER);
        testData.member(world.steeringSouth(), member, BodyRole.GUEST);
        signInAs("mitglied");

        BodyScope scope = permissions.bodiesWhere(BodyAction.READ_NON_PUBLIC);

        assertThat(scope.all()).isFalse();
        assertThat(scope.bodyIds()).containsExactly(world.focusNorth());
        assertThat(scope.includes(world.steeringSouth())).as("guests see public items only").isFalse();
    }

    @Test
    void a_coordinator_reads_non_public_items_of_their_region_and_of_bodies_they_belong_to() {
        long coordinator = testData.account("koord", Set.of(GlobalRole.COORDINATOR), Set.of(world.regionNorth()));
        signInAs("koord");
        assertThat(permissions.bodiesWhere(BodyAction.READ_NON_PUBLIC).bodyIds())
                .containsExactlyInAnyOrder(world.steeringNorth(), world.focusNorth());

        testData.member(world.steeringSouth(), coordinator, BodyRole.MEMBER);
        BodyScope scope = permissions.bodiesWhere(BodyAction.READ_NON_PUBLIC);
        assertThat(scope.all()).isFalse();
        assertThat(scope.bodyIds()).containsExactlyInAnyOrder(world.steeringNorth(), world.focusNorth(), world.steeringSouth());
    }

    @Test
    void an_admin_reads_non_public_items_of_all_bodies() {
        testData.account("admin", Set.of(GlobalRole.ADMIN), Set.of());
        signInAs("admin");

        BodyScope scope = permissions.bodiesWhere(BodyAction.READ_NON_PUBLIC);

        assertThat(scope.all()).isTrue();
        assertThat(scope.includes(world.steeringSouth())).isTrue();
        assertThat(permissions.may(BodyAction.MANAGE_BODY, world.steeringSouth())).isTrue();
        assertThat(permissions.may(BodyAction.RUN_MEETING, world.steeringSouth())).as("admins do not chair meetings").isFalse();
    }

    @Test
    void finance_staff_and_plain_users_read_no_body_non_publicly() {
        testData.account("kasse", Set.of(GlobalRole.FINANCE), Set.of());
        testData.account("jemand", Set.of(), Set.of());

        signInAs("kasse");
        assertThat(permissions.bodiesWhere(BodyAction.READ_NON_PUBLIC).isEmpty()).isTrue();
        assertThat(permissions.may(GlobalAction.DECIDE_FUNDING)).isTrue();

        signInAs("jemand");
        assertThat(permissions.bodiesWhere(BodyAction.READ_NON_PUBLIC).isEmpty()).isTrue();
        assertThat(permissions.may(GlobalAction.CREATE_BODIES)).isFalse();
    }

    @Test
    void nobody_signed_in_may_do_anything() {
        assertThat(permissions.may(BodyAction.READ_NON_PUBLIC, world.steeringNorth())).isFalse();
        assertThat(permissions.may(GlobalAction.MANAGE_AREAS)).isFalse();
        assertThat(permissions.bodiesWhere(BodyAction.READ_NON_PUBLIC).isEmpty()).isTrue();
        assertThat(permissions.usableAreaIds()).isEmpty();
    }

    @Test
    void a_body_that_does_not_exist_allows_nothing() {
        testData.account("admin", Set.of(GlobalRole.ADMIN), Set.of());
        signInAs("admin");
        assertThat(permissions.may(BodyAction.MANAGE_BODY, 999_999)).isFalse();
    }

    @Test
    void a_new_membership_applies_at_once_without_signing_in_again() {
        long person = testData.account("neu", Set.of(), Set.of());
        signInAs("neu");
        assertThat(permissions.may(BodyAction.MANAGE_MEMBERSHIPS, world.focusNorth())).isFalse();

        testData.member(world.focusNorth(), person, BodyRole.CHAIR);

        assertThat(permissions.may(BodyAction.MANAGE_MEMBERSHIPS, world.focusNorth())).isTrue();
    }
}
