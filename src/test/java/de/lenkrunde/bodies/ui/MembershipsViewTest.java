package de.lenkrunde.bodies.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import de.lenkrunde.KaribuTest;
import de.lenkrunde.TestData;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.bodies.BodyRole;
import de.lenkrunde.bodies.MembershipData;
import de.lenkrunde.bodies.MembershipListItem;
import de.lenkrunde.bodies.MembershipService;
import de.lenkrunde.people.GlobalRole;
import de.lenkrunde.people.PersonReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._selectRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MembershipsViewTest extends KaribuTest {

    @Autowired
    private MembershipService membershipService;

    @Autowired
    private de.lenkrunde.bodies.BodyService bodyService;

    private TestData.World world;

    @BeforeEach
    void world() {
        world = testData.world();
        testData.account("admin", Set.of(GlobalRole.ADMIN), Set.of());
    }

    @Test
    void an_admin_adds_a_person_chosen_by_search_as_member_and_sees_them_in_the_list() {
        testData.person("Erika", "Mustermann");
        testData.person("Max", "Beispiel");
        login("admin");
        openMembers(world.steeringNorth());
        assertThat(_size(grid())).isZero();

        _click(_get(Button.class, spec -> spec.withText("Mitglied hinzufügen")));
        ComboBox<PersonReference> person = personField();
        // The picker searches lazily as the user types.
        setUserInput(person, "Muster");
        assertThat(getSuggestions(person)).containsExactly("Erika Mustermann");
        selectByLabel(person, "Erika Mustermann");
        selectByLabel(roleField(), "Mitglied");
        assertThat(votingRight().getValue()).isTrue();
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        expectNotifications("Das Mitglied wurde hinzugefügt.");
        List<MembershipListItem> members = items(grid());
        assertThat(members).extracting(MembershipListItem::personName).containsExactly("Erika Mustermann");
        assertThat(members.get(0).role()).isEqualTo(BodyRole.MEMBER);
        assertThat(members.get(0).votingRight()).isTrue();
        assertThat(members.get(0).validFrom()).isEqualTo(Formats.today());
    }

    @Test
    void an_ended_membership_leaves_the_current_list_and_stays_visible_with_former_members() {
        long erika = testData.person("Erika", "Mustermann");
        testData.member(world.steeringNorth(), erika, BodyRole.MEMBER);
        testData.member(world.steeringNorth(), testData.person("Max", "Beispiel"), BodyRole.MEMBER);
        login("admin");
        openMembers(world.steeringNorth());
        assertThat(names(grid())).containsExactlyInAnyOrder("Erika Mustermann", "Max Beispiel");

        _selectRow(grid(), names(grid()).indexOf("Erika Mustermann"));
        _click(_get(Button.class, spec -> spec.withText("Mitgliedschaft beenden")));
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Mitgliedschaft von Erika Mustermann beenden");
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Letzter Tag")), Formats.today().minusDays(1));
        _click(_get(dialog, Button.class, spec -> spec.withText("Mitgliedschaft beenden")));

        expectNotifications("Die Mitgliedschaft wurde beendet.");
        _assertNone(Dialog.class);
        assertThat(names(grid())).containsExactly("Max Beispiel");

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("auch ausgeschiedene Mitglieder zeigen")), true);
        List<MembershipListItem> all = items(grid());
        assertThat(all).extracting(MembershipListItem::personName).containsExactlyInAnyOrder("Erika Mustermann", "Max Beispiel");
        MembershipListItem ended = all.stream().filter(m -> m.personName().equals("Erika Mustermann")).findFirst().orElseThrow();
        assertThat(ended.current()).isFalse();
        assertThat(ended.validTo()).isEqualTo(Formats.today().minusDays(1));
    }

    @Test
    void an_advisory_member_cannot_be_given_a_vote_in_the_form_nor_through_the_service() {
        long erika = testData.person("Erika", "Mustermann");
        login("admin");
        openMembers(world.steeringNorth());

        _click(_get(Button.class, spec -> spec.withText("Mitglied hinzufügen")));
        selectByLabel(personField(), "Erika Mustermann");
        assertThat(votingRight().isEnabled()).isTrue();
        selectByLabel(roleField(), "beratendes Mitglied");
        assertThat(votingRight().isEnabled()).isFalse();
        assertThat(votingRight().getValue()).isFalse();
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        expectNotifications("Das Mitglied wurde hinzugefügt.");
        MembershipListItem advisory = _get(grid(), 0);
        assertThat(advisory.role()).isEqualTo(BodyRole.ADVISORY);
        assertThat(advisory.votingRight()).isFalse();

        // Whoever bypasses the form is refused by the service, at the voting-right field.
        long max = testData.person("Max", "Beispiel");
        assertThatThrownBy(() -> membershipService.add(world.steeringNorth(),
                new MembershipData(max, BodyRole.ADVISORY, true, null, Formats.today(), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .anySatisfy(error -> {
                            assertThat(error.field()).isEqualTo("votingRight");
                            assertThat(error.messageKey()).isEqualTo("membership.rule.noVote");
                        }));
    }

    @Test
    void a_chair_opens_the_members_page_of_their_body_and_adds_a_member() {
        long chair = testData.account("vorsitz", Set.of(), Set.of());
        testData.member(world.steeringNorth(), chair, BodyRole.CHAIR);
        testData.person("Erika", "Mustermann");
        login("vorsitz");
        openMembers(world.steeringNorth());
        assertThat(names(grid())).containsExactly("Vorsitz Test");

        _click(_get(Button.class, spec -> spec.withText("Mitglied hinzufügen")));
        selectByLabel(personField(), "Erika Mustermann");
        selectByLabel(roleField(), "Protokollführung");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        expectNotifications("Das Mitglied wurde hinzugefügt.");
        assertThat(names(grid())).containsExactly("Vorsitz Test", "Erika Mustermann");
    }

    @Test
    void a_chair_finds_only_their_body_under_bodies_reads_its_settings_and_goes_on_to_its_members() {
        long chair = testData.account("vorsitz", Set.of(), Set.of());
        testData.member(world.steeringNorth(), chair, BodyRole.CHAIR);
        login("vorsitz");
        UI.getCurrent().navigate(BodiesView.class);

        _assertNone(Button.class, spec -> spec.withText("Gremium anlegen"));
        @SuppressWarnings("unchecked")
        Grid<de.lenkrunde.bodies.BodyListItem> bodies = _get(Grid.class);
        assertThat(_size(bodies)).isEqualTo(1);
        assertThat(_get(bodies, 0).name()).isEqualTo("Lenkrunde Nordstadt");

        _selectRow(bodies, 0);
        BodyEditor editor = _get(BodyEditor.class);
        com.vaadin.flow.component.textfield.TextField name = _get(editor, com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withLabel("Name"));
        assertThat(name.getValue()).isEqualTo("Lenkrunde Nordstadt");
        assertThat(name.isReadOnly()).isTrue();
        @SuppressWarnings("unchecked")
        ComboBox<de.lenkrunde.bodies.AreaNode> area = _get(editor, ComboBox.class, spec -> spec.withLabel("Gebiet"));
        assertThat(area.getValue()).as("the body's area is shown to a chair too").isNotNull();
        assertThat(area.getValue().name()).isEqualTo("Nordstadt");
        _assertNone(editor, Button.class, spec -> spec.withText("Speichern"));

        _click(_get(editor, Button.class, spec -> spec.withText("Mitglieder")));
        _get(MembershipsView.class);
        assertThat(names(grid())).containsExactly("Vorsitz Test");
        _get(Button.class, spec -> spec.withText("Mitglied hinzufügen"));
    }

    @Test
    void adding_a_person_who_is_already_a_member_is_refused_at_the_person_field_and_the_input_stays() {
        long erika = testData.person("Erika", "Mustermann");
        testData.member(world.steeringNorth(), erika, BodyRole.MEMBER);
        login("admin");
        openMembers(world.steeringNorth());

        _click(_get(Button.class, spec -> spec.withText("Mitglied hinzufügen")));
        selectByLabel(personField(), "Erika Mustermann");
        selectByLabel(roleField(), "Stellvertretung");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        assertThat(personField().isInvalid()).isTrue();
        assertThat(personField().getErrorMessage()).startsWith("Diese Person ist in diesem Zeitraum bereits Mitglied des Gremiums.");
        assertThat(personField().getValue().displayName()).isEqualTo("Erika Mustermann");
        assertThat(roleField().getValue()).isEqualTo(BodyRole.DEPUTY);
        assertThat(_size(grid())).isEqualTo(1);
    }

    @Test
    void an_end_before_the_start_is_shown_in_the_end_dialog_at_the_last_day() {
        long erika = testData.person("Erika", "Mustermann");
        testData.member(world.steeringNorth(), erika, BodyRole.MEMBER);
        login("admin");
        openMembers(world.steeringNorth());

        _selectRow(grid(), 0);
        _click(_get(Button.class, spec -> spec.withText("Mitgliedschaft beenden")));
        Dialog dialog = _get(Dialog.class);
        DatePicker lastDay = _get(dialog, DatePicker.class, spec -> spec.withLabel("Letzter Tag"));
        _setValue(lastDay, Formats.today().minusYears(2));
        _setValue(_get(dialog, com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withLabel("Grund (optional)")), "Umzug");
        _click(_get(dialog, Button.class, spec -> spec.withText("Mitgliedschaft beenden")));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(lastDay.isInvalid()).isTrue();
        assertThat(lastDay.getErrorMessage()).isEqualTo("Das Ende darf nicht vor dem Beginn liegen.");
        assertThat(names(grid())).containsExactly("Erika Mustermann");
    }

    @Test
    void the_members_page_of_a_body_that_does_not_exist_says_not_found() {
        login("admin");
        UI.getCurrent().navigate("verwaltung/gremien/999999/mitglieder");

        _assertNone(MembershipsView.class);
        _get(com.vaadin.flow.component.html.H1.class, spec -> spec.withText("Seite nicht gefunden"));

        UI.getCurrent().navigate("verwaltung/gremien/abc/mitglieder");
        _assertNone(MembershipsView.class);
        _get(com.vaadin.flow.component.html.H1.class, spec -> spec.withText("Seite nicht gefunden"));
    }

    @Test
    void an_admin_changes_a_members_role_and_a_concurrent_change_is_shown_as_conflict() {
        testData.account("admin2", Set.of(GlobalRole.ADMIN), Set.of());
        long erika = testData.person("Erika", "Mustermann");
        testData.member(world.steeringNorth(), erika, BodyRole.MEMBER);
        login("admin");
        openMembers(world.steeringNorth());

        _selectRow(grid(), 0);
        assertThat(personField().isReadOnly()).isTrue();
        selectByLabel(roleField(), "Stellvertretung");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));
        expectNotifications("Gespeichert.");
        assertThat(_get(grid(), 0).role()).isEqualTo(BodyRole.DEPUTY);

        _selectRow(grid(), 0);
        MembershipListItem shown = _get(grid(), 0);
        testData.as("admin2", () -> membershipService.update(shown.id(), shown.version(),
                new MembershipData(erika, BodyRole.MINUTE_TAKER, true, null, shown.validFrom(), null)));
        selectByLabel(roleField(), "Vorsitz");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withPredicate(
                s -> s.getText().startsWith("Jemand anderes hat diesen Datensatz inzwischen geändert")));
        assertThat(roleField().getValue()).isEqualTo(BodyRole.CHAIR);
        _click(_get(Button.class, spec -> spec.withText("Neu laden")));
        assertThat(_get(grid(), 0).role()).isEqualTo(BodyRole.MINUTE_TAKER);
    }

    @Test
    void a_chair_may_read_another_bodys_members_but_not_add_to_it() {
        long chair = testData.account("vorsitz", Set.of(), Set.of());
        testData.member(world.steeringNorth(), chair, BodyRole.CHAIR);
        long erika = testData.person("Erika", "Mustermann");
        testData.member(world.steeringSouth(), erika, BodyRole.MEMBER);
        login("vorsitz");
        openMembers(world.steeringSouth());

        _assertNone(Button.class, spec -> spec.withText("Mitglied hinzufügen"));
        _selectRow(grid(), 0);
        _assertNone(MembershipEditor.class);
        long max = testData.person("Max", "Beispiel");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> membershipService.add(world.steeringSouth(),
                        new MembershipData(max, BodyRole.MEMBER, true, null, Formats.today(), null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void a_representative_of_a_focus_group_keeps_the_representation_when_the_group_became_inactive_and_the_role_is_edited() {
        long erika = testData.person("Erika", "Mustermann");
        de.lenkrunde.people.SystemUser.call(() -> membershipService.add(world.steeringNorth(),
                new MembershipData(erika, BodyRole.MEMBER, true, world.focusNorth(), Formats.today().minusMonths(1), null)));
        login("admin");
        // The focus group is wound up; its representative stays on the steering round for now.
        de.lenkrunde.bodies.BodyDetails focus = bodyService.get(world.focusNorth());
        de.lenkrunde.bodies.BodyData d = focus.data();
        bodyService.update(world.focusNorth(), focus.version(), new de.lenkrunde.bodies.BodyData(d.type(), d.name(), d.shortCode(),
                d.topic(), d.areaId(), false, d.noticePeriodDays(), d.quorumRule(), d.circulationAllowed()));
        openMembers(world.steeringNorth());
        assertThat(_get(grid(), 0).onBehalfOfName()).isEqualTo("Fokusgruppe Jugend Nord");

        _selectRow(grid(), 0);
        @SuppressWarnings("unchecked")
        ComboBox<de.lenkrunde.bodies.BodyReference> onBehalfOf = _get(_get(MembershipEditor.class), ComboBox.class,
                spec -> spec.withLabel("Vertritt Fokusgruppe"));
        assertThat(onBehalfOf.getValue()).as("the represented focus group is shown").isNotNull();
        selectByLabel(roleField(), "Stellvertretung");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        expectNotifications("Gespeichert.");
        MembershipListItem saved = _get(grid(), 0);
        assertThat(saved.role()).isEqualTo(BodyRole.DEPUTY);
        assertThat(saved.onBehalfOfBodyId()).as("the representation is not silently dropped").isEqualTo(world.focusNorth());
    }

    private static void openMembers(long bodyId) {
        UI.getCurrent().navigate(MembershipsView.class, MembershipsView.parameters(bodyId));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<PersonReference> personField() {
        return _get(_get(MembershipEditor.class), ComboBox.class, spec -> spec.withLabel("Person"));
    }

    @SuppressWarnings("unchecked")
    private static Select<BodyRole> roleField() {
        return _get(_get(MembershipEditor.class), Select.class, spec -> spec.withLabel("Rolle"));
    }

    private static Checkbox votingRight() {
        return _get(_get(MembershipEditor.class), Checkbox.class, spec -> spec.withLabel("stimmberechtigt"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<MembershipListItem> grid() {
        return _get(Grid.class);
    }

    private static List<MembershipListItem> items(Grid<MembershipListItem> grid) {
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i)).toList();
    }

    private static List<String> names(Grid<MembershipListItem> grid) {
        return items(grid).stream().map(MembershipListItem::personName).toList();
    }
}
