package de.lenkrunde.bodies;

import de.lenkrunde.people.GlobalRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table of DESIGN.md §5, cell by cell: for every action and every kind of user, may they or not?
 * The tables below are written from the design, not from the code ({@code x} = may, {@code -} = may not).
 */
class PermissionRulesTest {

    /** The columns of the tables: who the user is, as {@link PermissionRules} sees them. */
    enum Who {
        ADMIN(Set.of(GlobalRole.ADMIN), false, Set.of()),
        COORDINATOR_OWN_AREA(Set.of(GlobalRole.COORDINATOR), true, Set.of()),
        COORDINATOR_OTHER_AREA(Set.of(GlobalRole.COORDINATOR), false, Set.of()),
        CHAIR(Set.of(), false, Set.of(BodyRole.CHAIR)),
        DEPUTY(Set.of(), false, Set.of(BodyRole.DEPUTY)),
        MINUTE_TAKER(Set.of(), false, Set.of(BodyRole.MINUTE_TAKER)),
        MEMBER(Set.of(), false, Set.of(BodyRole.MEMBER)),
        ADVISORY(Set.of(), false, Set.of(BodyRole.ADVISORY)),
        GUEST(Set.of(), false, Set.of(BodyRole.GUEST)),
        FINANCE(Set.of(GlobalRole.FINANCE), false, Set.of()),
        LOGGED_IN(Set.of(), false, Set.of());

        final Set<GlobalRole> globalRoles;
        final boolean coordinatesBodyArea;
        final Set<BodyRole> bodyRoles;

        Who(Set<GlobalRole> globalRoles, boolean coordinatesBodyArea, Set<BodyRole> bodyRoles) {
            this.globalRoles = globalRoles;
            this.coordinatesBodyArea = coordinatesBodyArea;
            this.bodyRoles = bodyRoles;
        }
    }

    // columns:                   admin coord-own coord-other chair deputy minute-taker member advisory guest finance logged-in
    private static final String BODY_TABLE = """
            MANAGE_BODY                x  x  -  -  -  -  -  -  -  -  -
            EDIT_AGENDA_TEMPLATE       x  x  -  x  x  -  -  -  -  -  -
            MANAGE_MEMBERSHIPS         x  x  -  x  x  -  -  -  -  -  -
            DRAFT_PROPOSAL             x  x  -  x  x  -  x  x  -  -  -
            RETURN_OR_FORWARD_PROPOSAL -  x  -  x  x  -  -  -  -  -  -
            FOLLOW_UP_PROPOSAL         x  x  -  x  x  -  -  -  -  -  -
            COMMENT_PROPOSAL           -  -  -  x  x  x  x  x  -  -  -
            PLAN_MEETING               x  x  -  x  x  -  -  -  -  -  -
            RUN_MEETING                -  -  -  x  x  -  -  -  -  -  -
            TAKE_NOTES                 -  -  -  x  x  x  -  -  -  -  -
            READ_NON_PUBLIC            x  x  -  x  x  x  x  x  -  -  -
            COMMENT_MINUTES            -  -  -  x  x  x  x  x  -  -  -
            """;

    // Global actions know no body: coordinators count the same whether or not the body is theirs.
    private static final String GLOBAL_TABLE = """
            MANAGE_AREAS               x  -  -  -  -  -  -  -  -  -  -
            MANAGE_PEOPLE              x  -  -  -  -  -  -  -  -  -  -
            MANAGE_BUDGET_LINES        x  -  -  -  -  -  -  -  -  x  -
            DECIDE_FUNDING             -  -  -  -  -  -  -  -  -  x  -
            CREATE_BODIES              x  x  x  -  -  -  -  -  -  -  -
            """;

    static Stream<Arguments> bodyCells() {
        return cells(BODY_TABLE).map(c -> Arguments.of(BodyAction.valueOf(c.action), c.who, c.allowed));
    }

    static Stream<Arguments> globalCells() {
        return cells(GLOBAL_TABLE).map(c -> Arguments.of(GlobalAction.valueOf(c.action), c.who, c.allowed));
    }

    @ParameterizedTest(name = "{1} may {0}: {2}")
    @MethodSource("bodyCells")
    void each_user_may_do_exactly_the_body_actions_the_design_table_allows(BodyAction action, Who who, boolean allowed) {
        assertThat(PermissionRules.allows(action, who.globalRoles, who.coordinatesBodyArea, who.bodyRoles))
                .as("%s may %s", who, action)
                .isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{1} may {0}: {2}")
    @MethodSource("globalCells")
    void each_user_may_do_exactly_the_global_actions_the_design_table_allows(GlobalAction action, Who who, boolean allowed) {
        assertThat(PermissionRules.allows(action, who.globalRoles)).as("%s may %s", who, action).isEqualTo(allowed);
    }

    @Test
    void the_tables_cover_every_body_action_and_every_global_action() {
        assertThat(actionsOf(BODY_TABLE)).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(BodyAction.values()).map(Enum::name).toList());
        assertThat(actionsOf(GLOBAL_TABLE)).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(GlobalAction.values()).map(Enum::name).toList());
    }

    @Test
    void a_coordinator_who_also_chairs_a_body_outside_their_area_may_run_its_meetings_but_not_manage_it() {
        Set<GlobalRole> coordinator = Set.of(GlobalRole.COORDINATOR);
        Set<BodyRole> chair = Set.of(BodyRole.CHAIR);
        assertThat(PermissionRules.allows(BodyAction.RUN_MEETING, coordinator, false, chair)).isTrue();
        assertThat(PermissionRules.allows(BodyAction.MANAGE_MEMBERSHIPS, coordinator, false, chair)).isTrue();
        assertThat(PermissionRules.allows(BodyAction.MANAGE_BODY, coordinator, false, chair)).isFalse();
    }

    @Test
    void being_responsible_for_the_area_gives_nothing_without_the_coordinator_role() {
        for (BodyAction action : BodyAction.values()) {
            assertThat(PermissionRules.allows(action, Set.of(), true, Set.of())).as(action.name()).isFalse();
            assertThat(PermissionRules.allows(action, Set.of(GlobalRole.FINANCE), true, Set.of())).as(action.name()).isFalse();
        }
    }

    @Test
    void a_member_who_is_also_minute_taker_has_the_rights_of_both_roles() {
        Set<BodyRole> both = EnumSet.of(BodyRole.MEMBER, BodyRole.MINUTE_TAKER);
        assertThat(PermissionRules.allows(BodyAction.DRAFT_PROPOSAL, Set.of(), false, both)).isTrue();
        assertThat(PermissionRules.allows(BodyAction.TAKE_NOTES, Set.of(), false, both)).isTrue();
        assertThat(PermissionRules.allows(BodyAction.RUN_MEETING, Set.of(), false, both)).isFalse();
    }

    private record Cell(String action, Who who, boolean allowed) {
    }

    private static Stream<Cell> cells(String table) {
        return table.lines().filter(line -> !line.isBlank()).flatMap(line -> {
            String[] parts = line.strip().split("\\s+");
            Who[] columns = Who.values();
            if (parts.length != columns.length + 1) {
                throw new IllegalStateException("Row needs " + columns.length + " cells: " + line);
            }
            return Stream.iterate(0, i -> i < columns.length, i -> i + 1)
                    .map(i -> new Cell(parts[0], columns[i], cell(parts[i + 1], line)));
        });
    }

    private static boolean cell(String text, String line) {
        return switch (text) {
            case "x" -> true;
            case "-" -> false;
            default -> throw new IllegalStateException("Cell must be x or -: " + line);
        };
    }

    private static List<String> actionsOf(String table) {
        return table.lines().filter(line -> !line.isBlank()).map(line -> line.strip().split("\\s+")[0])
                .collect(Collectors.toList());
    }
}
