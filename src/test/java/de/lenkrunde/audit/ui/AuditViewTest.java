package de.lenkrunde.audit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import de.lenkrunde.KaribuTest;
import de.lenkrunde.TestData;
import de.lenkrunde.audit.AuditEntry;
import de.lenkrunde.bodies.BodyData;
import de.lenkrunde.bodies.BodyService;
import de.lenkrunde.people.GlobalRole;
import de.lenkrunde.people.PeopleService;
import de.lenkrunde.people.PersonData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class AuditViewTest extends KaribuTest {

    @Autowired
    private PeopleService people;

    @Autowired
    private BodyService bodies;

    @Test
    void the_admin_sees_who_did_what_and_narrows_the_trail_by_action() {
        TestData.World world = testData.world();
        testData.account("admin", Set.of(GlobalRole.ADMIN), Set.of());
        login("admin");
        // Some admin work: a new person, a renamed body.
        people.create(new PersonData("Erika", "Mustermann", null, null, null, null));
        BodyData north = bodies.get(world.steeringNorth()).data();
        bodies.update(world.steeringNorth(), bodies.get(world.steeringNorth()).version(),
                new BodyData(north.type(), "Lenkrunde Nordstadt-Mitte", north.shortCode(), north.topic(), north.areaId(),
                        north.active(), north.noticePeriodDays(), north.quorumRule(), north.circulationAllowed()));

        UI.getCurrent().navigate("verwaltung/protokoll");
        Grid<AuditEntry> grid = grid();
        List<AuditEntry> all = entries(grid);
        assertThat(all).extracting(AuditEntry::action)
                .contains("AREA_CREATED", "BODY_CREATED", "PERSON_CREATED", "ACCOUNT_CREATED", "BODY_UPDATED");
        // Newest first, with the admin as actor and the action in German.
        assertThat(all.get(0).action()).isEqualTo("BODY_UPDATED");
        assertThat(_getFormattedRow(grid, 0)).contains("admin", "Gremium geändert");

        @SuppressWarnings("unchecked")
        ComboBox<String> action = _get(ComboBox.class, spec -> spec.withLabel("Aktion"));
        selectByLabel(action, "Person angelegt");

        List<AuditEntry> personCreated = entries(grid);
        assertThat(personCreated).isNotEmpty().allMatch(e -> e.action().equals("PERSON_CREATED"));
        assertThat(personCreated).hasSizeLessThan(all.size());
        assertThat(personCreated).anySatisfy(e -> {
            assertThat(e.actorLogin()).isEqualTo("admin");
            assertThat(e.subject().label()).contains("Mustermann");
        });

        _setValue(action, null);
        assertThat(_size(grid)).isEqualTo(all.size());
        selectByLabel(action, "Gremium geändert");
        assertThat(entries(grid)).singleElement().satisfies(e -> {
            assertThat(e.actorLogin()).isEqualTo("admin");
            assertThat(e.details()).contains("Lenkrunde Nordstadt-Mitte");
        });
    }

    @Test
    void the_date_and_text_filters_narrow_the_trail() {
        testData.world();
        testData.account("admin", Set.of(GlobalRole.ADMIN), Set.of());
        login("admin");
        people.create(new PersonData("Erika", "Mustermann", null, null, null, null));
        UI.getCurrent().navigate("verwaltung/protokoll");
        Grid<AuditEntry> grid = grid();
        int all = _size(grid);
        assertThat(all).isGreaterThan(5);

        com.vaadin.flow.component.datepicker.DatePicker from = _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withLabel("Von"));
        com.vaadin.flow.component.datepicker.DatePicker to = _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withLabel("Bis"));
        java.time.LocalDate today = de.lenkrunde.base.format.Formats.today();
        _setValue(from, today);
        _setValue(to, today);
        assertThat(_size(grid)).as("everything happened today").isEqualTo(all);
        _setValue(from, today.plusDays(1));
        _setValue(to, null);
        assertThat(_size(grid)).isZero();
        _setValue(from, null);
        _setValue(to, today.minusDays(1));
        assertThat(_size(grid)).isZero();
        _setValue(to, null);

        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Suche")), "Mustermann");
        assertThat(entries(grid)).isNotEmpty().allSatisfy(e -> assertThat(e.subject().label() + " " + e.details()).contains("Mustermann"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntry> grid() {
        return _get(Grid.class);
    }

    private static List<AuditEntry> entries(Grid<AuditEntry> grid) {
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i)).toList();
    }
}
