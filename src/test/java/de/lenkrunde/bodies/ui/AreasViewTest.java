package de.lenkrunde.bodies.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import de.lenkrunde.KaribuTest;
import de.lenkrunde.TestData;
import de.lenkrunde.bodies.AreaKind;
import de.lenkrunde.bodies.AreaNode;
import de.lenkrunde.people.GlobalRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._selectRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class AreasViewTest extends KaribuTest {

    private TestData.World world;

    @BeforeEach
    void adminOpensTheAreas() {
        world = testData.world();
        testData.account("admin", Set.of(GlobalRole.ADMIN), Set.of());
        login("admin");
        UI.getCurrent().navigate(AreasView.class);
    }

    @Test
    void an_admin_adds_a_social_space_below_a_town() {
        select("Nordstadt");
        _click(_get(Button.class, spec -> spec.withText("Gebiet darunter anlegen")));
        _setValue(name(), "Altstadt");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        expectNotifications("Gespeichert.");
        AreaNode created = nodes().stream().filter(n -> n.name().equals("Altstadt")).findFirst().orElseThrow();
        assertThat(created.kind()).isEqualTo(AreaKind.SOCIAL_SPACE);
        assertThat(created.parentId()).isEqualTo(world.townNorth());
    }

    @Test
    void a_name_taken_below_the_same_parent_is_shown_at_the_name_field() {
        select("Nord");
        _click(_get(Button.class, spec -> spec.withText("Gebiet darunter anlegen")));
        _setValue(name(), "Nordstadt");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        assertThat(name().isInvalid()).isTrue();
        assertThat(name().getErrorMessage()).isEqualTo("Diesen Namen gibt es hier bereits.");
        assertThat(name().getValue()).isEqualTo("Nordstadt");
        assertThat(nodes()).filteredOn(n -> n.name().equals("Nordstadt")).hasSize(1);
    }

    @Test
    void below_a_social_space_there_is_no_further_level() {
        select("Nordstadt");
        _click(_get(Button.class, spec -> spec.withText("Gebiet darunter anlegen")));
        _setValue(name(), "Altstadt");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        select("Altstadt");
        _click(_get(Button.class, spec -> spec.withText("Gebiet darunter anlegen")));
        _get(Div.class, spec -> spec.withText("Unter einem Sozialraum gibt es keine weitere Ebene."));
    }

    @Test
    void an_admin_renames_an_area() {
        select("Südstadt");
        assertThat(name().getValue()).isEqualTo("Südstadt");
        _setValue(name(), "Südstadt-Ost");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        expectNotifications("Gespeichert.");
        assertThat(nodes()).extracting(AreaNode::name).contains("Südstadt-Ost").doesNotContain("Südstadt");
    }

    private static TextField name() {
        return _get(TextField.class, spec -> spec.withLabel("Name"));
    }

    @SuppressWarnings("unchecked")
    private static TreeGrid<AreaNode> tree() {
        return _get(TreeGrid.class);
    }

    private static List<AreaNode> nodes() {
        TreeGrid<AreaNode> tree = tree();
        return IntStream.range(0, _size(tree)).mapToObj(i -> _get(tree, i)).toList();
    }

    private static void select(String name) {
        List<String> names = nodes().stream().map(AreaNode::name).toList();
        assertThat(names).contains(name);
        _selectRow(tree(), names.indexOf(name));
    }
}
