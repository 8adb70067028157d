package de.lenkrunde.actions.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkrunde.KaribuTest;
import de.lenkrunde.actions.ActionItemService;
import de.lenkrunde.actions.ActionListItem;
import de.lenkrunde.actions.ActionStatus;
import de.lenkrunde.actions.RegisterScenario;
import de.lenkrunde.actions.RegisterRow;
import de.lenkrunde.base.ui.ConflictNotice;
import de.lenkrunde.people.SystemUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** "Meine Aufgaben" and the register, clicked like a user (Karibu, real services and database). */
class MyActionItemsViewTest extends KaribuTest {

    @Autowired
    private RegisterScenario scenario;
    @Autowired
    private ActionItemService actions;

    private RegisterScenario.Cast cast;

    @BeforeEach
    void cast() {
        cast = scenario.build();
    }

    @SuppressWarnings("unchecked")
    private Grid<ActionListItem> actionsGrid() {
        return _get(Grid.class, spec -> spec.withId("actions-grid"));
    }

    @Test
    void the_owner_reports_progress_then_marks_the_item_done() {
        login("lrmitglied");
        UI.getCurrent().navigate(MyActionItemsView.class);
        Grid<ActionListItem> grid = actionsGrid();
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormattedRow(grid, 0)).contains("Lrmitglied Test", "Lenkrunde Nordstadt", "01.07.2026", "0 %");

        grid.select(grid.getGenericDataView().getItem(0));
        _setValue(_get(IntegerField.class, spec -> spec.withId("action-progress")), 60);
        _setValue(_get(TextArea.class, spec -> spec.withId("action-note")), "Drei Angebote verglichen.");
        _click(_get(Button.class, spec -> spec.withId("action-save-progress")));

        var saved = SystemUser.call(() -> actions.get(cast.goalsAction()));
        assertThat(saved.item().status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(saved.item().progress()).isEqualTo(60);
        assertThat(saved.story().get(0).text()).isEqualTo("Drei Angebote verglichen.");
        assertThat(_getFormattedRow(grid, 0)).contains("60 %");

        _click(_get(Button.class, spec -> spec.withId("action-complete")));
        assertThat(SystemUser.call(() -> actions.get(cast.goalsAction())).item().status()).isEqualTo(ActionStatus.DONE);
        // "nur offene" hides it now; without the filter it shows as done
        assertThat(_size(grid)).isZero();
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("nur offene")), false);
        assertThat(_getFormattedRow(grid, 0)).contains("100 %");
    }

    @Test
    void progress_out_of_range_is_refused_at_the_field_and_the_note_stays() {
        login("lrmitglied");
        UI.getCurrent().navigate(MyActionItemsView.class);
        Grid<ActionListItem> grid = actionsGrid();
        grid.select(grid.getGenericDataView().getItem(0));
        IntegerField progress = _get(IntegerField.class, spec -> spec.withId("action-progress"));
        _setValue(progress, 150);
        _setValue(_get(TextArea.class, spec -> spec.withId("action-note")), "Fast fertig");
        _click(_get(Button.class, spec -> spec.withId("action-save-progress")));

        assertThat(progress.isInvalid()).isTrue();
        assertThat(progress.getErrorMessage()).isEqualTo("Bitte einen Wert von 0 bis 100 eingeben.");
        assertThat(_get(TextArea.class, spec -> spec.withId("action-note")).getValue()).isEqualTo("Fast fertig");
        assertThat(SystemUser.call(() -> actions.get(cast.goalsAction())).item().progress()).isZero();
    }

    @Test
    void a_due_date_change_without_reason_is_refused_and_a_concurrent_change_shows_the_conflict() {
        login("lrmitglied");
        UI.getCurrent().navigate(MyActionItemsView.class);
        Grid<ActionListItem> grid = actionsGrid();
        grid.select(grid.getGenericDataView().getItem(0));
        _setValue(_get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withLabel("Neues Fälligkeitsdatum")),
                java.time.LocalDate.of(2026, 7, 20));
        _click(_get(Button.class, spec -> spec.withId("action-reschedule")));
        TextField reason = _get(TextField.class, spec -> spec.withLabel("Grund für die Änderung"));
        assertThat(reason.isInvalid()).isTrue();

        // meanwhile the chair reports progress on the same item
        testData.as("vorsitz", () -> actions.reportProgress(cast.goalsAction(),
                SystemUser.call(() -> actions.get(cast.goalsAction()).item().version()), 20, null));
        _setValue(reason, "Angebote kommen später");
        _click(_get(Button.class, spec -> spec.withId("action-reschedule")));
        assertThat(_get(ConflictNotice.class).isVisible()).isTrue();
        assertThat(reason.getValue()).isEqualTo("Angebote kommen später");
        assertThat(SystemUser.call(() -> actions.get(cast.goalsAction())).item().dueDate()).isEqualTo(java.time.LocalDate.of(2026, 7, 1));
    }

    @Test
    void the_register_filters_ohne_umsetzung_and_words_and_opens_a_decision() {
        login("aussen");
        UI.getCurrent().navigate(DecisionRegisterView.class);
        @SuppressWarnings("unchecked")
        Grid<RegisterRow> grid = _get(Grid.class, spec -> spec.withId("register-grid"));
        assertThat(_size(grid)).isEqualTo(2);

        _setValue(_get(TextField.class, spec -> spec.withId("register-search")), "Ballfangnetz");
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormattedRow(grid, 0)).contains("LR-NOR-2026/001", "18.06.2026", "Lenkrunde Nordstadt", "angenommen",
                "Ja 3 · Nein 0 · Enthaltung 0");
        _setValue(_get(TextField.class, spec -> spec.withId("register-search")), "");

        testData.as("mitglied", () -> actions.complete(cast.calendarAction(),
                SystemUser.call(() -> actions.get(cast.calendarAction()).item().version()), null));
        _setValue(_get(Checkbox.class, spec -> spec.withId("register-without-implementation")), true);
        assertThat(_size(grid)).isEqualTo(1);

        com.github.mvysny.kaributesting.v10.GridKt._clickItem(grid, 0);
        assertThat(_get(DecisionPageView.class)).isNotNull();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("beschluesse/" + cast.proposalDecision());
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("decision-proposal"))).hasSize(1);
        assertThat(_get(de.lenkrunde.proposals.ui.TimelineList.class, spec -> spec.withId("decision-proposal-timeline")).getElement().getTextRecursively())
                .as("the proposal's story on the decision page").contains("angenommen");
    }
}
