package de.lenkrunde.bodies.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkrunde.KaribuTest;
import de.lenkrunde.TestData;
import de.lenkrunde.bodies.BodyData;
import de.lenkrunde.bodies.BodyDetails;
import de.lenkrunde.bodies.BodyListItem;
import de.lenkrunde.bodies.BodyService;
import de.lenkrunde.bodies.BodyType;
import de.lenkrunde.people.GlobalRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._selectRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class BodiesViewTest extends KaribuTest {

    @Autowired
    private BodyService bodyService;

    private TestData.World world;

    @BeforeEach
    void adminOpensTheBodies() {
        world = testData.world();
        testData.account("admin", Set.of(GlobalRole.ADMIN), Set.of());
        login("admin");
        UI.getCurrent().navigate("verwaltung/gremien");
    }

    @Test
    void an_admin_creates_a_body_and_sees_it_in_the_list() {
        _click(_get(Button.class, spec -> spec.withText("Gremium anlegen")));
        fillNewBody("Lenkrunde Weststadt", "LR-WST");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        expectNotifications("Das Gremium wurde angelegt.");
        assertThat(names(grid())).contains("Lenkrunde Weststadt", "Lenkrunde Nordstadt");
        BodyListItem created = items(grid()).stream().filter(b -> b.name().equals("Lenkrunde Weststadt")).findFirst().orElseThrow();
        assertThat(created.shortCode()).isEqualTo("LR-WST");
        assertThat(created.type()).isEqualTo(BodyType.STEERING_ROUND);
        assertThat(created.areaName()).isEqualTo("Nordstadt");
    }

    @Test
    void a_duplicate_short_code_is_shown_at_the_short_code_field_and_the_input_stays() {
        _click(_get(Button.class, spec -> spec.withText("Gremium anlegen")));
        fillNewBody("Lenkrunde Weststadt", "LR-NOR");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        TextField shortCode = field("Kürzel");
        assertThat(shortCode.isInvalid()).isTrue();
        assertThat(shortCode.getErrorMessage()).isEqualTo("Dieses Kürzel hat bereits ein anderes Gremium.");
        assertThat(shortCode.getValue()).isEqualTo("LR-NOR");
        assertThat(field("Name").getValue()).isEqualTo("Lenkrunde Weststadt");
        assertThat(field("Name").isInvalid()).isFalse();
        assertThat(areaField().getValue().name()).isEqualTo("Nordstadt");
        assertThat(typeField().getValue()).isEqualTo(BodyType.STEERING_ROUND);
        assertThat(names(grid())).doesNotContain("Lenkrunde Weststadt");
    }

    @Test
    void a_ten_thousand_character_name_is_refused_at_the_name_field_and_nothing_else_is_lost() {
        _click(_get(Button.class, spec -> spec.withText("Gremium anlegen")));
        String hugeName = "x".repeat(10_000);
        fillNewBody(hugeName, "LR-WST");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        TextField name = field("Name");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Höchstens 150 Zeichen.");
        assertThat(name.getValue()).isEqualTo(hugeName);
        assertThat(field("Kürzel").getValue()).isEqualTo("LR-WST");
        assertThat(field("Kürzel").isInvalid()).isFalse();
        assertThat(areaField().getValue().name()).isEqualTo("Nordstadt");
        assertThat(typeField().getValue()).isEqualTo(BodyType.STEERING_ROUND);
        assertThat(_size(grid())).isEqualTo(3);
    }

    @Test
    void when_another_admin_saved_the_body_meanwhile_the_conflict_is_shown_the_input_stays_and_reload_shows_their_version() {
        testData.account("admin2", Set.of(GlobalRole.ADMIN), Set.of());
        Grid<BodyListItem> grid = grid();
        _selectRow(grid, rowOf(grid, "Lenkrunde Nordstadt"));
        assertThat(field("Name").getValue()).isEqualTo("Lenkrunde Nordstadt");

        // Meanwhile a second admin renames the body, starting from the same version the form holds.
        BodyDetails loaded = bodyService.get(world.steeringNorth());
        testData.as("admin2", () -> bodyService.update(world.steeringNorth(), loaded.version(),
                withName(loaded.data(), "Lenkrunde Nordstadt (neu)")));

        _setValue(field("Name"), "Lenkrunde Nordstadt-Mitte");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        Span notice = _get(Span.class, spec -> spec.withPredicate(s -> s.getText().startsWith("Jemand anderes hat diesen Datensatz inzwischen geändert")));
        assertThat(notice.getText()).contains("Ihre Eingaben sind noch da");
        assertThat(field("Name").getValue()).isEqualTo("Lenkrunde Nordstadt-Mitte");
        assertThat(bodyService.get(world.steeringNorth()).data().name()).isEqualTo("Lenkrunde Nordstadt (neu)");

        _click(_get(Button.class, spec -> spec.withText("Neu laden")));

        assertThat(field("Name").getValue()).isEqualTo("Lenkrunde Nordstadt (neu)");
        assertThat(notice.isVisible() && notice.getParent().orElseThrow().isVisible()).isFalse();

        // Saving after the reload works on the current version.
        _setValue(field("Name"), "Lenkrunde Nordstadt-Mitte");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));
        expectNotifications("Gespeichert.");
        assertThat(bodyService.get(world.steeringNorth()).data().name()).isEqualTo("Lenkrunde Nordstadt-Mitte");
    }

    @Test
    void the_filters_narrow_the_list_by_text_type_and_active_state() {
        assertThat(names(grid())).containsExactlyInAnyOrder("Lenkrunde Nordstadt", "Fokusgruppe Jugend Nord", "Lenkrunde Südstadt");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Suche")), "Süd");
        assertThat(names(grid())).containsExactly("Lenkrunde Südstadt");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Suche")), "");

        @SuppressWarnings("unchecked")
        Select<BodyType> typeFilter = _get(Select.class, spec -> spec.withLabel("Art").withPredicate(s -> s.isEmptySelectionAllowed()));
        selectByLabel(typeFilter, "Fokusgruppe");
        assertThat(names(grid())).containsExactly("Fokusgruppe Jugend Nord");
        _setValue(typeFilter, null);

        // Deactivating a body in the form takes it out of the list of active bodies.
        _selectRow(grid(), rowOf(grid(), "Lenkrunde Südstadt"));
        _setValue(_get(_get(BodyEditor.class), com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withLabel("aktiv")), false);
        _click(_get(Button.class, spec -> spec.withText("Speichern")));
        expectNotifications("Gespeichert.");
        assertThat(names(grid())).doesNotContain("Lenkrunde Südstadt");
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withLabel("nur aktive")), false);
        assertThat(names(grid())).contains("Lenkrunde Südstadt");
    }

    private void fillNewBody(String name, String shortCode) {
        selectByLabel(typeField(), "Lenkrunde");
        _setValue(field("Name"), name);
        _setValue(field("Kürzel"), shortCode);
        selectByLabel(areaField(), "Nordstadt (Stadt/Gemeinde)");
    }

    private static BodyData withName(BodyData d, String name) {
        return new BodyData(d.type(), name, d.shortCode(), d.topic(), d.areaId(), d.active(), d.noticePeriodDays(),
                d.quorumRule(), d.circulationAllowed());
    }

    @SuppressWarnings("unchecked")
    private static Grid<BodyListItem> grid() {
        return _get(Grid.class);
    }

    @SuppressWarnings("unchecked")
    private static Select<BodyType> typeField() {
        return _get(_get(BodyEditor.class), Select.class, spec -> spec.withLabel("Art"));
    }

    private static TextField field(String label) {
        return _get(_get(BodyEditor.class), TextField.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<de.lenkrunde.bodies.AreaNode> areaField() {
        return _get(ComboBox.class, spec -> spec.withLabel("Gebiet"));
    }

    private static java.util.List<BodyListItem> items(Grid<BodyListItem> grid) {
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i)).toList();
    }

    private static java.util.List<String> names(Grid<BodyListItem> grid) {
        return items(grid).stream().map(BodyListItem::name).toList();
    }

    private static int rowOf(Grid<BodyListItem> grid, String name) {
        return names(grid).indexOf(name);
    }
}
