package de.lenkrunde.bodies;

import de.lenkrunde.IntegrationTest;
import de.lenkrunde.TestData.World;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.people.GlobalRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AreaServiceTest extends IntegrationTest {

    @Autowired
    AreaService areas;

    World world;

    @BeforeEach
    void world() {
        world = testData.world();
        testData.account("admin", Set.of(GlobalRole.ADMIN), Set.of());
    }

    @Test
    void an_admin_builds_the_tree_level_by_level() {
        signInAs("admin");
        long space = areas.create(new AreaData(world.townNorth(), AreaKind.SOCIAL_SPACE, "  Altstadt "));

        AreaNode node = areas.get(space);
        assertThat(node.name()).isEqualTo("Altstadt");
        assertThat(node.kind()).isEqualTo(AreaKind.SOCIAL_SPACE);
        assertThat(node.parentId()).isEqualTo(world.townNorth());
        assertThat(areas.all()).extracting(AreaNode::kind).isSorted();
        assertThat(areas.all()).extracting(AreaNode::name)
                .containsExactly("Testkreis", "Nord", "Süd", "Nordstadt", "Südstadt", "Altstadt");
        assertThat(jdbc.queryForObject("SELECT actor_login FROM audit_entry WHERE action = 'AREA_CREATED' AND ref_id = ?",
                String.class, space)).isEqualTo("admin");
    }

    @Test
    void a_town_directly_under_a_district_is_refused() {
        signInAs("admin");
        assertThatThrownBy(() -> areas.create(new AreaData(world.district(), AreaKind.TOWN, "Zwischenstadt")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("kind", "area.rule.wrongLevel")));
        assertThatThrownBy(() -> areas.create(new AreaData(world.townNorth(), AreaKind.PLAN_REGION, "Oben")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> areas.create(new AreaData(world.district(), AreaKind.DISTRICT, "Kreis im Kreis")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM area", Integer.class)).isEqualTo(5);
    }

    @Test
    void only_a_district_may_stand_without_parent() {
        signInAs("admin");
        assertThatThrownBy(() -> areas.create(new AreaData(null, AreaKind.PLAN_REGION, "Frei")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("kind", "area.rule.parentRequired")));
        long secondDistrict = areas.create(new AreaData(null, AreaKind.DISTRICT, "Nachbarkreis"));
        assertThat(areas.get(secondDistrict).parentId()).isNull();
    }

    @Test
    void a_duplicate_name_among_siblings_is_refused_but_allowed_elsewhere() {
        signInAs("admin");
        assertThatThrownBy(() -> areas.create(new AreaData(world.district(), AreaKind.PLAN_REGION, "Nord")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("name", "validation.name.duplicate")));
        assertThatThrownBy(() -> areas.create(new AreaData(null, AreaKind.DISTRICT, "Testkreis")))
                .as("two districts of the same name").isInstanceOf(InvalidInputException.class);

        long inNorth = areas.create(new AreaData(world.townNorth(), AreaKind.SOCIAL_SPACE, "Zentrum"));
        long inSouth = areas.create(new AreaData(world.townSouth(), AreaKind.SOCIAL_SPACE, "Zentrum"));
        assertThat(inNorth).isNotEqualTo(inSouth);
    }

    @Test
    void renaming_to_a_siblings_name_or_with_a_stale_version_is_refused() {
        signInAs("admin");
        AreaNode south = areas.get(world.regionSouth());
        assertThatThrownBy(() -> areas.rename(world.regionSouth(), south.version(), "Nord"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("name");

        areas.rename(world.regionSouth(), south.version(), "Süd-West");
        assertThat(areas.get(world.regionSouth()).name()).isEqualTo("Süd-West");
        assertThatThrownBy(() -> areas.rename(world.regionSouth(), south.version(), "Süd-Ost"))
                .isInstanceOf(EditConflictException.class);
        assertThat(areas.get(world.regionSouth()).name()).isEqualTo("Süd-West");
    }

    @Test
    void only_an_admin_may_create_or_rename_areas() {
        testData.account("koord", Set.of(GlobalRole.COORDINATOR), Set.of(world.regionNorth()));
        testData.account("jemand", Set.of(), Set.of());
        for (String login : new String[]{"koord", "jemand"}) {
            signInAs(login);
            assertThatThrownBy(() -> areas.create(new AreaData(world.townNorth(), AreaKind.SOCIAL_SPACE, "Heimlich")))
                    .as(login).isInstanceOf(AccessDeniedException.class);
            long version = areas.get(world.townNorth()).version();
            assertThatThrownBy(() -> areas.rename(world.townNorth(), version, "Umbenannt"))
                    .as(login).isInstanceOf(AccessDeniedException.class);
            assertThat(areas.all()).as("everyone signed in reads the tree").hasSize(5);
        }
    }

    @Test
    void the_regions_for_coordinator_accounts_are_the_planregionen() {
        signInAs("admin");
        assertThat(areas.regions()).extracting(r -> r.name()).containsExactly("Nord", "Süd");
    }
}
