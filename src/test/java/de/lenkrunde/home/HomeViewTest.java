package de.lenkrunde.home;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import de.lenkrunde.KaribuTest;
import de.lenkrunde.TestData;
import de.lenkrunde.bodies.BodyRole;
import de.lenkrunde.home.ui.HomeView;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class HomeViewTest extends KaribuTest {

    @Test
    void the_start_page_greets_a_chair_and_lists_their_bodies_with_their_role() {
        TestData.World world = testData.world();
        long chair = testData.account("vorsitz", Set.of(), Set.of());
        testData.member(world.steeringNorth(), chair, BodyRole.CHAIR);

        login("vorsitz");
        UI.getCurrent().navigate(HomeView.class);

        H3 bodyName = _get(H3.class, spec -> spec.withText("Lenkrunde Nordstadt"));
        assertThat(bodyName.getParent().orElseThrow().getElement().getTextRecursively()).contains("Ihre Rolle: Vorsitz");
        assertThat(_get(Paragraph.class, spec -> spec.withPredicate(p -> p.getText().contains("Vorsitz Test"))).getText()).startsWith("Guten");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel))
                .contains("Übersicht", "Vorschläge", "Sitzungen", "Beschlüsse", "Meine Aufgaben", "Finanzen")
                .doesNotContain("Haushaltsübersicht");
    }
}
