package de.lenkrunde.bodies.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkrunde.KaribuTest;
import de.lenkrunde.TestData;
import de.lenkrunde.bodies.AgendaItemKind;
import de.lenkrunde.bodies.AgendaTemplateItem;
import de.lenkrunde.bodies.BodyDetails;
import de.lenkrunde.bodies.BodyListItem;
import de.lenkrunde.bodies.BodyRole;
import de.lenkrunde.bodies.BodyService;
import de.lenkrunde.people.GlobalRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._selectRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

class AgendaTemplateEditorTest extends KaribuTest {

    @Autowired
    private BodyService bodyService;

    private TestData.World world;

    @BeforeEach
    void chairOpensTheirBody() {
        world = testData.world();
        testData.account("admin", Set.of(GlobalRole.ADMIN), Set.of());
        long chair = testData.account("vorsitz", Set.of(), Set.of());
        testData.member(world.steeringNorth(), chair, BodyRole.CHAIR);
    }

    private void open(String login, String bodyName) {
        login(login);
        UI.getCurrent().navigate("verwaltung/gremien");
        Grid<BodyListItem> grid = bodyGrid();
        List<String> names = IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i).name()).toList();
        _selectRow(grid, names.indexOf(bodyName));
    }

    private static void openTemplateTab() {
        Tab tab = _get(Tab.class, spec -> spec.withPredicate(t -> "Tagesordnungsvorlage".equals(t.getLabel())));
        _get(Tabs.class).setSelectedTab(tab);
    }

    @Test
    void a_chair_adds_an_item_moves_it_up_and_saves_the_template_while_the_settings_stay_read_only() {
        open("vorsitz", "Lenkrunde Nordstadt");
        assertThat(_get(_get(BodyEditor.class), TextField.class, spec -> spec.withLabel("Name")).isReadOnly()).isTrue();
        assertThat(_find(_get(BodyEditor.class), Button.class, spec -> spec.withText("Speichern"))).isEmpty();

        openTemplateTab();
        assertThat(titles()).containsExactly("Eröffnung und Begrüßung",
                "Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit", "Genehmigung der Tagesordnung",
                "Genehmigung der Niederschrift der letzten Sitzung", "Verschiedenes");

        _click(_get(Button.class, spec -> spec.withText("Neu")));
        // New items go before the items that stay at the end.
        assertThat(templateGrid().asSingleSelect().getValue()).isSameAs(_get(templateGrid(), 4));
        _setValue(itemField("Titel"), "Berichte aus den Fokusgruppen");
        selectByLabel(kindField(), "Beschluss");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Geplante Dauer (Minuten)")), 20);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("nicht öffentlich")), true);
        assertThat(titles()).containsExactly("Eröffnung und Begrüßung",
                "Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit", "Genehmigung der Tagesordnung",
                "Genehmigung der Niederschrift der letzten Sitzung", "Berichte aus den Fokusgruppen", "Verschiedenes");

        _click(_get(Button.class, spec -> spec.withText("Nach oben")));
        assertThat(titles().get(3)).isEqualTo("Berichte aus den Fokusgruppen");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        expectNotifications("Gespeichert.");
        List<AgendaTemplateItem> stored = testData.as("admin", () -> bodyService.agendaTemplate(world.steeringNorth()));
        assertThat(stored).extracting(AgendaTemplateItem::title).containsExactly("Eröffnung und Begrüßung",
                "Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit", "Genehmigung der Tagesordnung",
                "Berichte aus den Fokusgruppen", "Genehmigung der Niederschrift der letzten Sitzung", "Verschiedenes");
        assertThat(stored.get(3)).isEqualTo(new AgendaTemplateItem("Berichte aus den Fokusgruppen", AgendaItemKind.DECISION,
                20, true, false));

        // Saved and reloaded: a second change saves against the new version without a conflict.
        _selectRow(templateGrid(), 0);
        _click(_get(Button.class, spec -> spec.withText("Nach unten")));
        _click(_get(Button.class, spec -> spec.withText("Speichern")));
        expectNotifications("Gespeichert.");
        assertThat(testData.as("admin", () -> bodyService.agendaTemplate(world.steeringNorth())))
                .extracting(AgendaTemplateItem::title).startsWith(
                        "Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit", "Eröffnung und Begrüßung");
    }

    @Test
    void removing_an_item_asks_first_and_takes_effect_with_save() {
        open("vorsitz", "Lenkrunde Nordstadt");
        openTemplateTab();
        _selectRow(templateGrid(), 3);
        _click(_get(Button.class, spec -> spec.withText("Entfernen")));
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(titles()).doesNotContain("Genehmigung der Niederschrift der letzten Sitzung").hasSize(4);
        assertThat(testData.as("admin", () -> bodyService.agendaTemplate(world.steeringNorth()))).hasSize(5);
        _click(_get(Button.class, spec -> spec.withText("Speichern")));
        expectNotifications("Gespeichert.");
        assertThat(testData.as("admin", () -> bodyService.agendaTemplate(world.steeringNorth())))
                .extracting(AgendaTemplateItem::title).doesNotContain("Genehmigung der Niederschrift der letzten Sitzung")
                .hasSize(4);
    }

    @Test
    void a_blank_title_is_shown_at_the_title_field_and_the_other_input_stays() {
        open("vorsitz", "Lenkrunde Nordstadt");
        openTemplateTab();
        _click(_get(Button.class, spec -> spec.withText("Neu")));
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Geplante Dauer (Minuten)")), 25);
        // The user looks at another item before saving: the error takes them back to the new one.
        _selectRow(templateGrid(), 0);
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        TextField title = itemField("Titel");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Bitte ausfüllen.");
        assertThat(templateGrid().asSingleSelect().getValue()).isSameAs(_get(templateGrid(), 4));
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Geplante Dauer (Minuten)")).getValue()).isEqualTo(25);
        assertThat(messageTexts()).anyMatch(text -> text.contains("Punkt 5"));
        assertThat(titles()).hasSize(6);
        assertThat(testData.as("admin", () -> bodyService.agendaTemplate(world.steeringNorth())))
                .isEqualTo(AgendaTemplateItem.standard());

        _setValue(title, "Anfragen");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));
        expectNotifications("Gespeichert.");
        assertThat(testData.as("admin", () -> bodyService.agendaTemplate(world.steeringNorth())).get(4))
                .isEqualTo(new AgendaTemplateItem("Anfragen", AgendaItemKind.DISCUSSION, 25, false, false));
    }

    @Test
    void an_ordinary_item_after_one_that_stays_at_the_end_is_shown_at_its_at_end_field() {
        open("vorsitz", "Lenkrunde Nordstadt");
        openTemplateTab();
        _selectRow(templateGrid(), 4);
        _click(_get(Button.class, spec -> spec.withText("Nach oben")));
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        Checkbox atEnd = _get(Checkbox.class, spec -> spec.withLabel("am Ende"));
        assertThat(atEnd.isInvalid()).isTrue();
        assertThat(atEnd.getErrorMessage()).isEqualTo("Punkte „am Ende“ müssen nach allen anderen Punkten stehen.");
        assertThat(titles().get(3)).isEqualTo("Verschiedenes");
    }

    @Test
    void when_someone_else_saved_meanwhile_the_conflict_is_shown_the_input_stays_and_reload_shows_their_version() {
        open("vorsitz", "Lenkrunde Nordstadt");
        openTemplateTab();

        BodyDetails loaded = testData.as("admin", () -> bodyService.get(world.steeringNorth()));
        testData.as("admin", () -> bodyService.updateAgendaTemplate(world.steeringNorth(), loaded.version(),
                List.of(new AgendaTemplateItem("Nur dieser Punkt", AgendaItemKind.INFORMATION, 5, false, false))));

        _click(_get(Button.class, spec -> spec.withText("Neu")));
        _setValue(itemField("Titel"), "Mein Punkt");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        Span notice = _get(Span.class, spec -> spec.withPredicate(s -> s.getText().startsWith("Jemand anderes hat diesen Datensatz inzwischen geändert")));
        assertThat(notice.getText()).contains("Ihre Eingaben sind noch da");
        assertThat(titles()).contains("Mein Punkt").hasSize(6);

        _click(_get(Button.class, spec -> spec.withText("Neu laden")));
        assertThat(titles()).containsExactly("Nur dieser Punkt");
    }

    @Test
    void an_admin_saves_the_settings_while_template_changes_wait_and_then_saves_the_template_without_a_conflict() {
        open("admin", "Lenkrunde Nordstadt");
        openTemplateTab();
        _click(_get(Button.class, spec -> spec.withText("Neu")));
        _setValue(itemField("Titel"), "Haushalt");

        _get(Tabs.class).setSelectedTab(_get(Tab.class, spec -> spec.withPredicate(t -> "Einstellungen".equals(t.getLabel()))));
        _setValue(_get(_get(BodyEditor.class), TextField.class, spec -> spec.withLabel("Name")), "Lenkrunde Nordstadt-Mitte");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));
        expectNotifications("Gespeichert.");

        openTemplateTab();
        assertThat(titles()).contains("Haushalt");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));
        expectNotifications("Gespeichert.");
        assertThat(testData.as("admin", () -> bodyService.agendaTemplate(world.steeringNorth())))
                .extracting(AgendaTemplateItem::title).contains("Haushalt");
        assertThat(testData.as("admin", () -> bodyService.get(world.steeringNorth())).data().name())
                .isEqualTo("Lenkrunde Nordstadt-Mitte");
    }

    @Test
    void a_new_body_has_no_template_tab_until_it_is_saved() {
        login("admin");
        UI.getCurrent().navigate("verwaltung/gremien");
        _click(_get(Button.class, spec -> spec.withText("Gremium anlegen")));
        assertThat(_find(Tab.class, spec -> spec.withPredicate(t -> "Tagesordnungsvorlage".equals(t.getLabel())))).isEmpty();
    }

    private static List<String> messageTexts() {
        return _find(_get(AgendaTemplateEditor.class), Div.class).stream().map(Div::getText).toList();
    }

    private static List<String> titles() {
        Grid<TemplateRow> grid = templateGrid();
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i).title).toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<TemplateRow> templateGrid() {
        return _get(_get(AgendaTemplateEditor.class), Grid.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<BodyListItem> bodyGrid() {
        return _get(_get(BodiesView.class), Grid.class, spec -> spec.withPredicate(g -> g.getAriaLabel().orElse("").equals("Gremien")));
    }

    private static TextField itemField(String label) {
        return _get(_get(AgendaTemplateEditor.class), TextField.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static Select<AgendaItemKind> kindField() {
        return _get(_get(AgendaTemplateEditor.class), Select.class, spec -> spec.withLabel("Art"));
    }
}
