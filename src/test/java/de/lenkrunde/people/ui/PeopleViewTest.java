package de.lenkrunde.people.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkrunde.KaribuTest;
import de.lenkrunde.people.GlobalRole;
import de.lenkrunde.people.PeopleService;
import de.lenkrunde.people.PersonData;
import de.lenkrunde.people.PersonListItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class PeopleViewTest extends KaribuTest {

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Autowired
    private PeopleService people;

    @BeforeEach
    void adminOpensThePeople() {
        testData.account("admin", Set.of(GlobalRole.ADMIN), Set.of());
        login("admin");
        UI.getCurrent().navigate("verwaltung/personen");
    }

    @Test
    void an_admin_creates_a_person_and_then_an_account_whose_one_time_password_is_shown_once() {
        _click(_get(Button.class, spec -> spec.withText("Person anlegen")));
        _setValue(text("Vorname"), "Erika");
        _setValue(text("Nachname"), "Mustermann");
        _setValue(email(), "erika@example.org");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        expectNotifications("Die Person wurde angelegt. Sie können ihr jetzt einen Zugang geben.");
        PersonListItem erika = row("Mustermann, Erika");
        assertThat(erika.email()).isEqualTo("erika@example.org");
        assertThat(erika.hasAccount()).isFalse();

        _setValue(text("Benutzername"), "erika");
        _click(_get(Button.class, spec -> spec.withText("Zugang anlegen")));

        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Einmalpasswort");
        String oneTimePassword = _get(dialog, Span.class, spec -> spec.withId("one-time-password")).getText();
        assertThat(oneTimePassword).hasSizeGreaterThanOrEqualTo(12);
        String hash = jdbc.queryForObject("SELECT password_hash FROM account WHERE login = 'erika'", String.class);
        assertThat(passwordEncoder.matches(oneTimePassword, hash)).isTrue();
        _click(_get(dialog, Button.class, spec -> spec.withText("Schließen")));
        _assertNone(Dialog.class);

        assertThat(row("Mustermann, Erika").login()).isEqualTo("erika");
        assertThat(_get(Span.class, spec -> spec.withText("Einmalpasswort – muss bei der nächsten Anmeldung geändert werden."))).isNotNull();
    }

    @Test
    void an_invalid_email_is_shown_at_the_email_field_and_the_other_input_stays() {
        _click(_get(Button.class, spec -> spec.withText("Person anlegen")));
        _setValue(text("Vorname"), "Erika");
        _setValue(text("Nachname"), "Mustermann");
        _setValue(text("Organisation"), "Stadtplanung");
        _setValue(email(), "erika-at-example");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        assertThat(email().isInvalid()).isTrue();
        assertThat(email().getErrorMessage()).isEqualTo("Bitte eine gültige E-Mail-Adresse angeben, z. B. name@beispiel.de.");
        assertThat(email().getValue()).isEqualTo("erika-at-example");
        assertThat(text("Vorname").getValue()).isEqualTo("Erika");
        assertThat(text("Nachname").getValue()).isEqualTo("Mustermann");
        assertThat(text("Organisation").getValue()).isEqualTo("Stadtplanung");
        assertThat(names()).doesNotContain("Mustermann, Erika");
    }

    @Test
    void a_too_long_first_name_is_shown_at_its_field_and_the_other_input_stays() {
        _click(_get(Button.class, spec -> spec.withText("Person anlegen")));
        String longName = "E".repeat(101);
        _setValue(text("Vorname"), longName);
        _setValue(text("Nachname"), "Mustermann");
        _setValue(email(), "erika@example.org");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        assertThat(text("Vorname").isInvalid()).isTrue();
        assertThat(text("Vorname").getErrorMessage()).isEqualTo("Höchstens 100 Zeichen.");
        assertThat(text("Vorname").getValue()).isEqualTo(longName);
        assertThat(text("Nachname").getValue()).isEqualTo("Mustermann");
        assertThat(text("Nachname").isInvalid()).isFalse();
        assertThat(email().getValue()).isEqualTo("erika@example.org");
        assertThat(names()).containsExactly("Test, Admin");
    }

    @Test
    void when_another_admin_changed_the_person_meanwhile_the_conflict_is_shown_and_the_input_stays() {
        testData.account("admin2", Set.of(GlobalRole.ADMIN), Set.of());
        long erika = testData.person("Erika", "Mustermann");
        refresh();
        com.github.mvysny.kaributesting.v10.GridKt._selectRow(grid(), names().indexOf("Mustermann, Erika"));
        assertThat(text("Vorname").getValue()).isEqualTo("Erika");

        testData.as("admin2", () -> people.update(erika, people.get(erika).version(),
                new PersonData("Erika", "Musterfrau", null, null, null, null)));
        _setValue(text("Organisation"), "Kämmerei");
        _click(_get(_get(PersonEditor.class), Button.class, spec -> spec.withText("Speichern")));

        _get(Span.class, spec -> spec.withPredicate(s -> s.getText().startsWith("Jemand anderes hat diesen Datensatz inzwischen geändert")));
        assertThat(text("Organisation").getValue()).isEqualTo("Kämmerei");
        _click(_get(Button.class, spec -> spec.withText("Neu laden")));
        assertThat(text("Nachname").getValue()).isEqualTo("Musterfrau");
        assertThat(text("Organisation").getValue()).isEmpty();
    }

    @Test
    void an_admin_cannot_take_away_their_own_admin_role() {
        refresh();
        com.github.mvysny.kaributesting.v10.GridKt._selectRow(grid(), names().indexOf("Test, Admin"));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.checkbox.CheckboxGroup<GlobalRole> roles =
                _get(_get(PersonEditor.class), com.vaadin.flow.component.checkbox.CheckboxGroup.class, spec -> spec.withLabel("Globale Rollen"));
        assertThat(roles.getValue()).containsExactly(GlobalRole.ADMIN);
        _setValue(roles, Set.of(GlobalRole.FINANCE));
        _click(_get(Button.class, spec -> spec.withText("Zugang speichern")));

        assertThat(roles.isInvalid()).isTrue();
        assertThat(roles.getErrorMessage()).isEqualTo("Sie können sich die Administrationsrolle nicht selbst entziehen.");
        assertThat(roles.getValue()).containsExactly(GlobalRole.FINANCE);
        assertThat(jdbc.queryForList("SELECT r.role FROM account_role r JOIN account a ON a.id = r.account_id WHERE a.login = 'admin'",
                String.class)).containsExactly("ADMIN");
    }

    @Test
    void resetting_a_password_asks_first_and_then_shows_a_new_one_time_password() {
        testData.account("nutzer", Set.of(), Set.of());
        refresh();
        com.github.mvysny.kaributesting.v10.GridKt._selectRow(grid(), names().indexOf("Test, Nutzer"));

        _click(_get(Button.class, spec -> spec.withText("Passwort zurücksetzen")));
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);

        String oneTimePassword = _get(Span.class, spec -> spec.withId("one-time-password")).getText();
        String hash = jdbc.queryForObject("SELECT password_hash FROM account WHERE login = 'nutzer'", String.class);
        assertThat(passwordEncoder.matches(oneTimePassword, hash)).isTrue();
        assertThat(passwordEncoder.matches(de.lenkrunde.TestData.PASSWORD, hash)).isFalse();
    }

    @Test
    void a_login_that_is_taken_is_shown_at_the_login_field() {
        testData.person("Erika", "Mustermann");
        refresh();
        com.github.mvysny.kaributesting.v10.GridKt._selectRow(grid(), names().indexOf("Mustermann, Erika"));
        _setValue(text("Benutzername"), "admin");
        _click(_get(Button.class, spec -> spec.withText("Zugang anlegen")));

        assertThat(text("Benutzername").isInvalid()).isTrue();
        assertThat(text("Benutzername").getErrorMessage()).isEqualTo("Dieser Benutzername ist bereits vergeben.");
        assertThat(text("Benutzername").getValue()).isEqualTo("admin");
        _assertNone(Dialog.class);
    }

    @Test
    void an_admin_makes_a_person_coordinator_of_region_north_who_then_manages_the_northern_bodies() {
        de.lenkrunde.TestData.World world = testData.world();
        testData.person("Erika", "Mustermann");
        // Open the page afresh: the regions on offer are read when it opens.
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("verwaltung/personen");
        com.github.mvysny.kaributesting.v10.GridKt._selectRow(grid(), names().indexOf("Mustermann, Erika"));
        _setValue(text("Benutzername"), "erika");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.checkbox.CheckboxGroup<GlobalRole> roles =
                _get(_get(PersonEditor.class), com.vaadin.flow.component.checkbox.CheckboxGroup.class, spec -> spec.withLabel("Globale Rollen"));
        _setValue(roles, Set.of(GlobalRole.COORDINATOR));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.checkbox.CheckboxGroup<de.lenkrunde.people.RegionCatalog.Region> regions =
                _get(_get(PersonEditor.class), com.vaadin.flow.component.checkbox.CheckboxGroup.class, spec -> spec.withLabel("Planregionen"));
        de.lenkrunde.people.RegionCatalog.Region north = regions.getListDataView().getItems()
                .filter(r -> r.name().equals("Nord")).findFirst().orElseThrow();
        _setValue(regions, Set.of(north));
        _click(_get(Button.class, spec -> spec.withText("Zugang anlegen")));
        String oneTimePassword = _get(Span.class, spec -> spec.withId("one-time-password")).getText();
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Schließen")));

        assertThat(jdbc.queryForList("SELECT r.area_id FROM account_region r JOIN account a ON a.id = r.account_id WHERE a.login = 'erika'",
                Long.class)).containsExactly(world.regionNorth());
        newBrowserSession();
        login("erika");
        // First the one-time password must go.
        _get(PasswordChangeView.class);
        _setValue(_get(com.vaadin.flow.component.textfield.PasswordField.class, spec -> spec.withLabel("Aktuelles Passwort")), oneTimePassword);
        _setValue(_get(com.vaadin.flow.component.textfield.PasswordField.class, spec -> spec.withLabel("Neues Passwort")), "Erikas eigenes Passwort");
        _setValue(_get(com.vaadin.flow.component.textfield.PasswordField.class, spec -> spec.withLabel("Neues Passwort wiederholen")), "Erikas eigenes Passwort");
        _click(_get(_get(PasswordChangeView.class), Button.class, spec -> spec.withText("Passwort ändern")));
        UI.getCurrent().navigate("verwaltung/gremien");
        @SuppressWarnings("unchecked")
        Grid<de.lenkrunde.bodies.BodyListItem> bodies = _get(Grid.class);
        assertThat(IntStream.range(0, _size(bodies)).mapToObj(i -> _get(bodies, i).name()).toList())
                .containsExactlyInAnyOrder("Lenkrunde Nordstadt", "Fokusgruppe Jugend Nord");
    }

    private static void refresh() {
        grid().getDataProvider().refreshAll();
    }

    private static TextField text(String label) {
        return _get(_get(PersonEditor.class), TextField.class, spec -> spec.withLabel(label));
    }

    private static EmailField email() {
        return _get(_get(PersonEditor.class), EmailField.class, spec -> spec.withLabel("E-Mail"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<PersonListItem> grid() {
        return _get(Grid.class);
    }

    private static List<PersonListItem> items() {
        Grid<PersonListItem> grid = grid();
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i)).toList();
    }

    private static List<String> names() {
        return items().stream().map(PersonListItem::displayName).toList();
    }

    private static PersonListItem row(String name) {
        return items().stream().filter(p -> p.displayName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in the grid: " + names()));
    }
}
