package de.lenkrunde.bodies;

import de.lenkrunde.IntegrationTest;
import de.lenkrunde.TestData;
import de.lenkrunde.TestData.World;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.people.GlobalRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BodyServiceTest extends IntegrationTest {

    @Autowired
    BodyService bodies;

    World world;

    @BeforeEach
    void world() {
        world = testData.world();
        testData.account("admin", Set.of(GlobalRole.ADMIN), Set.of());
    }

    private static BodyData data(String name, String code, long areaId) {
        return TestData.body(BodyType.FOCUS_GROUP, name, code, areaId);
    }

    private static BodyData renamed(BodyData d, String name) {
        return new BodyData(d.type(), name, d.shortCode(), d.topic(), d.areaId(), d.active(), d.noticePeriodDays(),
                d.quorumRule(), d.circulationAllowed());
    }

    private static BodyData moved(BodyData d, long areaId) {
        return new BodyData(d.type(), d.name(), d.shortCode(), d.topic(), areaId, d.active(), d.noticePeriodDays(),
                d.quorumRule(), d.circulationAllowed());
    }

    @Test
    void an_admin_creates_and_updates_a_body() {
        signInAs("admin");
        long id = bodies.create(new BodyData(BodyType.FOCUS_GROUP, " Fokusgruppe Senioren ", "fg-sen", "Senioren",
                world.townSouth(), true, 14, QuorumRule.AT_LEAST_HALF, true));

        BodyDetails created = bodies.get(id);
        assertThat(created.data().name()).isEqualTo("Fokusgruppe Senioren");
        assertThat(created.data().shortCode()).isEqualTo("FG-SEN");
        assertThat(created.data().noticePeriodDays()).isEqualTo(14);
        assertThat(created.data().quorumRule()).isEqualTo(QuorumRule.AT_LEAST_HALF);
        assertThat(created.areaName()).isEqualTo("Südstadt");
        assertThat(created.mayManageBody()).isTrue();

        BodyData changed = new BodyData(BodyType.FOCUS_GROUP, "Fokusgruppe Ältere", "FG-ALT", null, world.townNorth(),
                false, 21, QuorumRule.AT_LEAST_TWO_THIRDS, false);
        bodies.update(id, created.version(), changed);

        BodyDetails updated = bodies.get(id);
        assertThat(updated.data()).isEqualTo(changed);
        assertThat(updated.version()).isGreaterThan(created.version());
        assertThat(updated.areaName()).isEqualTo("Nordstadt");
    }

    @Test
    void a_second_body_with_the_same_name_in_the_same_area_is_refused_at_field_name() {
        signInAs("admin");
        assertThatThrownBy(() -> bodies.create(data("Lenkrunde Nordstadt", "LR-NEU", world.townNorth())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("name", "validation.name.duplicate")));
        // the same name in another area is fine
        long other = bodies.create(data("Lenkrunde Nordstadt", "LR-NEU", world.townSouth()));
        assertThat(bodies.get(other).data().name()).isEqualTo("Lenkrunde Nordstadt");
    }

    @Test
    void a_duplicate_short_code_is_refused_at_field_short_code_in_any_case_and_area() {
        signInAs("admin");
        assertThatThrownBy(() -> bodies.create(data("Ganz neu", "lr-nor", world.townSouth())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("shortCode", "validation.shortCode.duplicate")));
    }

    @Test
    void renaming_a_body_to_the_name_of_its_neighbour_is_refused_but_keeping_its_own_name_is_fine() {
        signInAs("admin");
        BodyDetails focus = bodies.get(world.focusNorth());
        assertThatThrownBy(() -> bodies.update(world.focusNorth(), focus.version(), renamed(focus.data(), "Lenkrunde Nordstadt")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("name"));

        bodies.update(world.focusNorth(), focus.version(), focus.data());
        assertThat(bodies.get(world.focusNorth()).data()).isEqualTo(focus.data());
    }

    @Test
    void a_name_of_ten_thousand_characters_is_refused_at_field_name() {
        signInAs("admin");
        assertThatThrownBy(() -> bodies.create(data("x".repeat(10_000), "FG-LANG", world.townNorth())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("name");
                    assertThat(e.errors().get(0).messageKey()).isEqualTo("validation.maxLength");
                    assertThat(e.errors().get(0).arguments()).containsEntry("max", 150);
                });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM body WHERE short_code = 'FG-LANG'", Integer.class)).isZero();
    }

    @Test
    void missing_and_malformed_values_are_refused_field_by_field() {
        signInAs("admin");
        assertThatThrownBy(() -> bodies.create(new BodyData(null, " ", "a b", null, null, true, 91, null, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .contains("type", "name", "shortCode", "areaId", "noticePeriodDays", "quorumRule"));
    }

    @Test
    void when_two_admins_save_the_same_version_the_second_gets_an_edit_conflict_and_the_first_change_stays() {
        testData.account("admin2", Set.of(GlobalRole.ADMIN), Set.of());
        signInAs("admin");
        BodyDetails loadedByFirst = bodies.get(world.steeringNorth());
        signInAs("admin2");
        BodyDetails loadedBySecond = bodies.get(world.steeringNorth());
        assertThat(loadedBySecond.version()).isEqualTo(loadedByFirst.version());

        signInAs("admin");
        bodies.update(world.steeringNorth(), loadedByFirst.version(), renamed(loadedByFirst.data(), "Lenkrunde Nordstadt (neu)"));

        signInAs("admin2");
        assertThatThrownBy(() -> bodies.update(world.steeringNorth(), loadedBySecond.version(),
                renamed(loadedBySecond.data(), "Lenkrunde Nord")))
                .isInstanceOf(EditConflictException.class);

        assertThat(bodies.get(world.steeringNorth()).data().name()).isEqualTo("Lenkrunde Nordstadt (neu)");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'BODY_UPDATED'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void a_coordinator_cannot_change_a_body_outside_their_planregion() {
        testData.account("koord", Set.of(GlobalRole.COORDINATOR), Set.of(world.regionNorth()));
        signInAs("koord");
        BodyDetails south = bodies.get(world.steeringSouth());
        assertThat(south.mayManageBody()).isFalse();

        assertThatThrownBy(() -> bodies.update(world.steeringSouth(), south.version(), renamed(south.data(), "Gekapert")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT name FROM body WHERE id = ?", String.class, world.steeringSouth()))
                .isEqualTo("Lenkrunde Südstadt");
    }

    @Test
    void a_coordinator_cannot_create_a_body_outside_their_planregion_but_can_inside() {
        testData.account("koord", Set.of(GlobalRole.COORDINATOR), Set.of(world.regionNorth()));
        signInAs("koord");
        assertThat(bodies.mayCreateBodies()).isTrue();

        assertThatThrownBy(() -> bodies.create(data("Fokusgruppe Süd", "FG-SUED", world.townSouth())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM body WHERE short_code = 'FG-SUED'", Integer.class)).isZero();

        long id = bodies.create(data("Fokusgruppe Kultur Nord", "FG-KUN", world.townNorth()));
        assertThat(bodies.get(id).mayManageBody()).isTrue();
    }

    @Test
    void a_coordinator_cannot_move_a_body_of_their_region_into_another_region() {
        testData.account("koord", Set.of(GlobalRole.COORDINATOR), Set.of(world.regionNorth()));
        signInAs("koord");
        BodyDetails focus = bodies.get(world.focusNorth());

        assertThatThrownBy(() -> bodies.update(world.focusNorth(), focus.version(), moved(focus.data(), world.townSouth())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(bodies.get(world.focusNorth()).areaName()).isEqualTo("Nordstadt");
    }

    @Test
    void a_plain_member_may_neither_create_nor_update_a_body() {
        long member = testData.account("mitglied", Set.of(), Set.of());
        testData.member(world.focusNorth(), member, BodyRole.MEMBER);
        signInAs("mitglied");
        BodyDetails focus = bodies.get(world.focusNorth());
        assertThat(bodies.mayCreateBodies()).isFalse();

        assertThatThrownBy(() -> bodies.create(data("Meine Gruppe", "FG-MEIN", world.townNorth())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bodies.update(world.focusNorth(), focus.version(), renamed(focus.data(), "Umbenannt")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_chair_may_not_change_the_settings_of_their_body() {
        long chair = testData.account("vorsitz", Set.of(), Set.of());
        testData.member(world.steeringNorth(), chair, BodyRole.CHAIR);
        signInAs("vorsitz");
        BodyDetails body = bodies.get(world.steeringNorth());
        assertThat(body.mayManageBody()).isFalse();
        assertThat(body.mayManageMemberships()).isTrue();

        assertThatThrownBy(() -> bodies.update(world.steeringNorth(), body.version(), renamed(body.data(), "Umbenannt")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void each_change_of_a_body_writes_an_audit_entry_naming_who_and_what() {
        signInAs("admin");
        long id = bodies.create(data("Fokusgruppe Sport", "FG-SPO", world.townNorth()));
        bodies.update(id, bodies.get(id).version(), renamed(bodies.get(id).data(), "Fokusgruppe Sport und Bewegung"));

        List<Map<String, Object>> entries = jdbc.queryForList(
                "SELECT action, actor_login, ref_kind, ref_label, details FROM audit_entry WHERE ref_kind = 'BODY' AND ref_id = ? ORDER BY id", id);
        assertThat(entries).extracting(e -> e.get("action")).containsExactly("BODY_CREATED", "BODY_UPDATED");
        assertThat(entries).extracting(e -> e.get("actor_login")).containsOnly("admin");
        assertThat((String) entries.get(0).get("details")).contains("Fokusgruppe Sport", "FG-SPO");
        assertThat((String) entries.get(1).get("details")).contains("'Fokusgruppe Sport'", "-> ", "'Fokusgruppe Sport und Bewegung'");
        assertThat(entries.get(1).get("ref_label")).isEqualTo("Fokusgruppe Sport und Bewegung");
    }

    @Test
    void a_refused_change_writes_no_audit_entry() {
        testData.account("jemand", Set.of(), Set.of());
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Integer.class);
        signInAs("jemand");
        assertThatThrownBy(() -> bodies.create(data("Nichts", "FG-NIX", world.townNorth()))).isInstanceOf(AccessDeniedException.class);
        signInAs("admin");
        assertThatThrownBy(() -> bodies.create(data("Lenkrunde Nordstadt", "FG-NIX", world.townNorth())))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Integer.class)).isEqualTo(before);
    }

    @Test
    void the_admin_list_shows_a_coordinator_only_the_bodies_of_their_region() {
        testData.account("koord", Set.of(GlobalRole.COORDINATOR), Set.of(world.regionNorth()));
        signInAs("koord");
        assertThat(bodies.listManageable(BodyFilter.none(), PageRequest.of(0, 50)))
                .extracting(BodyListItem::id).containsExactlyInAnyOrder(world.steeringNorth(), world.focusNorth());
        assertThat(bodies.countManageable(BodyFilter.none())).isEqualTo(2);

        signInAs("admin");
        assertThat(bodies.countManageable(BodyFilter.none())).isEqualTo(3);
        assertThat(bodies.listManageable(new BodyFilter("Süd", null, false), PageRequest.of(0, 50)))
                .extracting(BodyListItem::id).containsExactly(world.steeringSouth());
    }
}
