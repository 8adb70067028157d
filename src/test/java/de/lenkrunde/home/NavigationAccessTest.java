package de.lenkrunde.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import de.lenkrunde.KaribuTest;
import de.lenkrunde.TestData;
import de.lenkrunde.audit.ui.AuditView;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.bodies.BodyListItem;
import de.lenkrunde.bodies.BodyRole;
import de.lenkrunde.bodies.BodyService;
import de.lenkrunde.bodies.MembershipData;
import de.lenkrunde.bodies.MembershipService;
import de.lenkrunde.bodies.ui.BodiesView;
import de.lenkrunde.people.GlobalRole;
import de.lenkrunde.people.ui.PeopleView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NavigationAccessTest extends KaribuTest {

    @Autowired
    private MembershipService memberships;

    @Autowired
    private BodyService bodies;

    private TestData.World world;

    @BeforeEach
    void world() {
        world = testData.world();
    }

    @Test
    void a_plain_member_sees_no_administration_and_cannot_open_its_pages_nor_add_members() {
        long member = testData.account("mitglied", Set.of(), Set.of());
        testData.member(world.focusNorth(), member, BodyRole.MEMBER);
        login("mitglied");

        assertThat(navLabels()).contains("Übersicht").doesNotContain("Verwaltung", "Gremien", "Personen", "Änderungsprotokoll", "Finanzen");

        assertRefused("verwaltung/gremien", BodiesView.class);
        assertRefused("verwaltung/personen", PeopleView.class);
        assertRefused("verwaltung/protokoll", AuditView.class);

        long someone = testData.person("Erika", "Mustermann");
        assertThatThrownBy(() -> memberships.add(world.focusNorth(),
                new MembershipData(someone, BodyRole.MEMBER, true, null, Formats.today(), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_admin_sees_the_administration_group_with_all_its_pages() {
        testData.account("admin", Set.of(GlobalRole.ADMIN), Set.of());
        login("admin");

        SideNav admin = adminNav();
        assertThat(admin.getItems()).extracting(SideNavItem::getLabel)
                .containsExactly("Gremien", "Gebiete", "Personen", "Postausgang", "Änderungsprotokoll", "Haushaltsstellen");
        assertThat(navLabels()).contains("Finanzen");

        UI.getCurrent().navigate("verwaltung/personen");
        _get(PeopleView.class);
    }

    @Test
    void a_chair_sees_the_administration_group_with_bodies_only() {
        long chair = testData.account("vorsitz", Set.of(), Set.of());
        testData.member(world.steeringNorth(), chair, BodyRole.CHAIR);
        login("vorsitz");

        SideNav admin = adminNav();
        assertThat(admin.getItems()).extracting(SideNavItem::getLabel).containsExactly("Gremien");
        // the requests of the chair's bodies, read-only; the budget overview is finance's and the coordinators'
        assertThat(navLabels()).contains("Finanzen").doesNotContain("Haushaltsübersicht");
        assertRefused("verwaltung/personen", PeopleView.class);
        assertRefused("verwaltung/gebiete", de.lenkrunde.bodies.ui.AreasView.class);
    }

    @Test
    void a_focus_group_chair_follows_no_funding_requests_and_has_no_finance_entry() {
        long chair = testData.account("jugend", Set.of(), Set.of());
        testData.member(world.focusNorth(), chair, BodyRole.CHAIR);
        login("jugend");

        // the route admits body managers, but the queue would always be empty for the chair of a focus group
        assertThat(navLabels()).contains("Übersicht", "Gremien").doesNotContain("Finanzen");
    }

    @Test
    void a_finance_account_sees_funding_and_of_the_administration_only_the_budget_lines() {
        testData.account("kasse", Set.of(GlobalRole.FINANCE), Set.of());
        login("kasse");

        assertThat(navLabels()).contains("Finanzen", "Haushaltsübersicht");
        assertThat(adminNav().getItems()).extracting(SideNavItem::getLabel).containsExactly("Haushaltsstellen");
    }

    @Test
    void a_coordinator_of_region_north_manages_only_the_bodies_of_the_north() {
        testData.account("koordination", Set.of(GlobalRole.COORDINATOR), Set.of(world.regionNorth()));
        login("koordination");

        SideNav admin = adminNav();
        assertThat(admin.getItems()).extracting(SideNavItem::getLabel).containsExactly("Gremien");

        UI.getCurrent().navigate("verwaltung/gremien");
        @SuppressWarnings("unchecked")
        Grid<BodyListItem> grid = _get(_get(BodiesView.class), Grid.class);
        List<String> names = IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i).name()).toList();
        assertThat(names).contains("Lenkrunde Nordstadt", "Fokusgruppe Jugend Nord").doesNotContain("Lenkrunde Südstadt");

        // A new body can only be placed in the coordinator's own region.
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Gremium anlegen")));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<de.lenkrunde.bodies.AreaNode> area =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withLabel("Gebiet"));
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions(area))
                .containsExactlyInAnyOrder("Nord (Planregion)", "Nordstadt (Stadt/Gemeinde)");

        assertThatThrownBy(() -> bodies.update(world.steeringSouth(), bodies.get(world.steeringSouth()).version(),
                TestData.body(de.lenkrunde.bodies.BodyType.STEERING_ROUND, "Lenkrunde Südstadt (übernommen)", "LR-SUD",
                        world.townSouth())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(bodies.get(world.steeringSouth()).data().name()).isEqualTo("Lenkrunde Südstadt");
    }

    /** All labels the user can see: the items of every SideNav and the labels of the SideNavs themselves. */
    private static List<String> navLabels() {
        List<String> labels = new java.util.ArrayList<>(_find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList());
        _find(SideNav.class).stream().map(SideNav::getLabel).filter(java.util.Objects::nonNull).forEach(labels::add);
        return labels;
    }

    /** The second navigation, labelled "Verwaltung", that holds the admin pages. */
    private static SideNav adminNav() {
        return _get(SideNav.class, spec -> spec.withPredicate(nav -> "Verwaltung".equals(nav.getLabel())));
    }

    /**
     * Opening the route is refused by route access control and the view is not shown. (In the running
     * application the refusal shows the "not found / not allowed" page; Karibu's stand-in for the
     * access-denied page reports it as a failed navigation instead.)
     */
    private static void assertRefused(String route, Class<? extends Component> view) {
        UI.getCurrent().navigate(route);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(view::isInstance);
        // Karibu fails every lookup on that error page and names the cause.
        assertThatThrownBy(() -> _get(view)).hasMessageContaining("com.vaadin.flow.router.AccessDeniedException");
    }
}
