package de.lenkrunde.meetings.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDragEndEvent;
import com.vaadin.flow.component.grid.dnd.GridDragStartEvent;
import com.vaadin.flow.component.grid.dnd.GridDropEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkrunde.base.ui.ConflictNotice;
import de.lenkrunde.meetings.AgendaEntry;
import de.lenkrunde.meetings.InviteeInfo;
import de.lenkrunde.meetings.MeetingStatus;
import de.lenkrunde.proposals.ProposalStatus;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agenda builder as the chair uses it: planning lands in it with the body's template; waiting proposals,
 * moving by button and by drag and drop, indenting, the side form's errors, a concurrent change by the deputy,
 * the running total, and publishing.
 */
class AgendaBuilderTest extends MeetingUiTest {

    @Test
    void planning_a_meeting_lands_in_the_builder_with_the_bodys_standard_items() {
        login("vorsitz");
        UI.getCurrent().navigate(MeetingsView.class);
        _click(_get(Button.class, spec -> spec.withText("Sitzung planen")));
        _get(MeetingEditorView.class);

        _setValue(_get(TextField.class, spec -> spec.withLabel("Titel")), "2. Sitzung 2026");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Raum")), "Ratssaal");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Anschrift")), "Markt 1");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        _get(AgendaBuilderView.class);
        assertThat(shownAgenda()).containsExactly("1 Eröffnung und Begrüßung",
                "2 Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit", "3 Genehmigung der Tagesordnung",
                "4 Genehmigung der Niederschrift der letzten Sitzung", "5 Verschiedenes");
        var planned = testData.as("vorsitz", () -> meetings.get(onlyMeetingId()));
        assertThat(planned.data().title()).isEqualTo("2. Sitzung 2026");
        assertThat(planned.data().room()).isEqualTo("Ratssaal");
        assertThat(planned.status()).isEqualTo(MeetingStatus.PLANNED);
    }

    @Test
    void a_waiting_proposal_becomes_a_decision_item_before_verschiedenes_and_is_scheduled() {
        long proposal = submittedProposal("Spielplatz am Teich");
        long meeting = planMeeting("2. Sitzung 2026");
        openBuilder(meeting);

        showSidePanel("Wartende Vorschläge");
        Button take = _get(Button.class, spec -> spec.withText("Aufnehmen"));
        assertThat(take.getAriaLabel()).hasValueSatisfying(l -> assertThat(l).endsWith("Spielplatz am Teich als Beschlusspunkt aufnehmen"));
        _click(take);

        assertThat(shownAgenda()).containsSubsequence("4 Genehmigung der Niederschrift der letzten Sitzung",
                "5 Spielplatz am Teich", "6 Verschiedenes").hasSize(6);
        assertThat(_getFormattedRow(agendaGrid(), 4).get(2)).isEqualTo("Beschluss");
        assertThat(testData.as("vorsitz", () -> proposals.get(proposal).status())).isEqualTo(ProposalStatus.SCHEDULED);
        // the panel no longer offers it, and the new item is in the side form
        assertThat(_find(Button.class, spec -> spec.withText("Aufnehmen"))).isEmpty();
        showSidePanel("TOP");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Titel")).getValue()).isEqualTo("Spielplatz am Teich");
    }

    @Test
    void removing_a_proposals_item_after_confirming_puts_the_proposal_back_among_the_waiting() {
        long proposal = submittedProposal("Spielplatz am Teich");
        long meeting = planMeeting("2. Sitzung 2026");
        testData.as("vorsitz", () -> meetings.addProposal(meeting, meetings.get(meeting).version(), proposal));
        openBuilder(meeting);

        agendaGrid().select(row("Spielplatz am Teich"));
        _click(toolbarButton("Von der Tagesordnung nehmen"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(shownAgenda()).containsExactly("1 Eröffnung und Begrüßung",
                "2 Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit", "3 Genehmigung der Tagesordnung",
                "4 Genehmigung der Niederschrift der letzten Sitzung", "5 Verschiedenes");
        assertThat(agendaGrid().getSelectedItems()).extracting(AgendaEntry::title).containsExactly("Eröffnung und Begrüßung");
        assertThat(testData.as("vorsitz", () -> proposals.get(proposal).status())).isEqualTo(ProposalStatus.SUBMITTED);
        showSidePanel("Wartende Vorschläge");
        assertThat(_find(Button.class, spec -> spec.withText("Aufnehmen"))).hasSize(1);
    }

    @Test
    void the_buttons_move_and_indent_the_selected_item_and_the_numbers_follow() {
        long meeting = planMeeting("2. Sitzung 2026");
        openBuilder(meeting);

        agendaGrid().select(row("Genehmigung der Niederschrift der letzten Sitzung"));
        _click(toolbarButton("Nach oben"));
        assertThat(shownAgenda()).containsExactly("1 Eröffnung und Begrüßung",
                "2 Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit",
                "3 Genehmigung der Niederschrift der letzten Sitzung", "4 Genehmigung der Tagesordnung", "5 Verschiedenes");
        assertThat(agendaGrid().getSelectedItems()).extracting(AgendaEntry::title)
                .containsExactly("Genehmigung der Niederschrift der letzten Sitzung");
        assertThat(announcer()).isEqualTo("„Genehmigung der Niederschrift der letzten Sitzung“ ist jetzt an Position 3 (TOP 3).");

        _click(toolbarButton("Als Unterpunkt einrücken"));
        assertThat(shownAgenda()).containsExactly("1 Eröffnung und Begrüßung",
                "2 Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit",
                "2.1 Genehmigung der Niederschrift der letzten Sitzung", "3 Genehmigung der Tagesordnung", "4 Verschiedenes");
        assertThat(toolbarButton("Als Unterpunkt einrücken").isEnabled()).isFalse();

        _click(toolbarButton("Als Hauptpunkt ausrücken"));
        assertThat(shownAgenda()).element(2).isEqualTo("3 Genehmigung der Niederschrift der letzten Sitzung");
        // saved, not just shown
        assertThat(testData.as("vorsitz", () -> meetings.get(meeting).agenda()).get(2).title())
                .isEqualTo("Genehmigung der Niederschrift der letzten Sitzung");
    }

    @Test
    void dropping_a_dragged_row_saves_the_new_order() {
        long meeting = planMeeting("2. Sitzung 2026");
        openBuilder(meeting);

        drag(row("Eröffnung und Begrüßung"), row("Genehmigung der Tagesordnung"), "below");

        List<String> expected = List.of("1 Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit",
                "2 Genehmigung der Tagesordnung", "3 Eröffnung und Begrüßung",
                "4 Genehmigung der Niederschrift der letzten Sitzung", "5 Verschiedenes");
        assertThat(shownAgenda()).containsExactlyElementsOf(expected);
        assertThat(testData.as("vorsitz", () -> meetings.get(meeting).agenda()).stream().map(e -> e.number() + " " + e.title()))
                .containsExactlyElementsOf(expected);

        // dropped above the first row: to the top
        drag(row("Verschiedenes"), row("Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit"), "above");
        assertThat(shownAgenda()).first().isEqualTo("1 Verschiedenes");
        assertThat(testData.as("vorsitz", () -> meetings.get(meeting).agenda()).get(0).title()).isEqualTo("Verschiedenes");
    }

    @Test
    void an_empty_title_in_the_side_form_is_refused_at_the_field_and_the_other_input_stays() {
        long meeting = planMeeting("2. Sitzung 2026");
        openBuilder(meeting);

        agendaGrid().select(row("Genehmigung der Tagesordnung"));
        TextField title = _get(TextField.class, spec -> spec.withLabel("Titel"));
        assertThat(title.getValue()).isEqualTo("Genehmigung der Tagesordnung");
        _setValue(title, "  ");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Berichterstattung")), "Frau Yıldız");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Beschreibung")), "Änderungswünsche bitte vorab.");
        _click(_get(Button.class, spec -> spec.withText("TOP speichern")));

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Bitte ausfüllen.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Berichterstattung")).getValue()).isEqualTo("Frau Yıldız");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Beschreibung")).getValue()).isEqualTo("Änderungswünsche bitte vorab.");
        assertThat(testData.as("vorsitz", () -> meetings.get(meeting).agenda()).get(2).data().presenter()).isNull();

        _setValue(title, "Genehmigung der geänderten Tagesordnung");
        _click(_get(Button.class, spec -> spec.withText("TOP speichern")));
        assertThat(title.isInvalid()).isFalse();
        assertThat(shownAgenda()).element(2).isEqualTo("3 Genehmigung der geänderten Tagesordnung");
        var saved = testData.as("vorsitz", () -> meetings.get(meeting).agenda()).get(2).data();
        assertThat(saved.presenter()).isEqualTo("Frau Yıldız");
        assertThat(saved.description()).isEqualTo("Änderungswünsche bitte vorab.");
    }

    @Test
    void a_change_by_the_deputy_in_between_shows_the_conflict_and_the_current_order_and_keeps_the_side_form() {
        long meeting = planMeeting("2. Sitzung 2026");
        openBuilder(meeting);
        agendaGrid().select(row("Genehmigung der Tagesordnung"));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Beschreibung")), "Noch nicht gespeichert");
        assertThat(_find(ConflictNotice.class)).as("conflict notice shown").isEmpty();

        // meanwhile the deputy puts the minutes first
        testData.as("stellv", () -> {
            var current = meetings.get(meeting);
            long minutes = current.agenda().get(3).itemId();
            meetings.moveItem(meeting, current.version(), minutes, 0);
        });
        String announcedBefore = announcer();
        _click(toolbarButton("Nach unten"));

        ConflictNotice conflict = _get(ConflictNotice.class);
        assertThat(conflict.getElement().getTextRecursively()).contains("Stellv Test");
        assertThat(shownAgenda()).containsExactly("1 Genehmigung der Niederschrift der letzten Sitzung", "2 Eröffnung und Begrüßung",
                "3 Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit", "4 Genehmigung der Tagesordnung",
                "5 Verschiedenes");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Beschreibung")).getValue()).isEqualTo("Noch nicht gespeichert");
        assertThat(agendaGrid().getSelectedItems()).extracting(AgendaEntry::title).containsExactly("Genehmigung der Tagesordnung");
        // nothing was moved, so nothing is announced as moved
        assertThat(announcer()).isEqualTo(announcedBefore);

        // on the current version the move goes through
        _click(toolbarButton("Nach unten"));
        assertThat(shownAgenda()).element(4).isEqualTo("5 Genehmigung der Tagesordnung");
        assertThat(_find(ConflictNotice.class)).as("conflict notice shown").isEmpty();
    }

    @Test
    void removing_after_a_change_by_the_deputy_shows_the_conflict_and_keeps_the_side_form() {
        long meeting = planMeeting("2. Sitzung 2026");
        openBuilder(meeting);
        agendaGrid().select(row("Genehmigung der Tagesordnung"));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Beschreibung")), "Noch nicht gespeichert");

        testData.as("stellv", () -> {
            var current = meetings.get(meeting);
            meetings.moveItem(meeting, current.version(), current.agenda().get(3).itemId(), 0);
        });
        _click(toolbarButton("Von der Tagesordnung nehmen"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(_get(ConflictNotice.class).getElement().getTextRecursively()).contains("Stellv Test");
        assertThat(shownAgenda()).hasSize(5).first().isEqualTo("1 Genehmigung der Niederschrift der letzten Sitzung");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Titel")).getValue()).isEqualTo("Genehmigung der Tagesordnung");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Beschreibung")).getValue()).isEqualTo("Noch nicht gespeichert");
        assertThat(agendaGrid().getSelectedItems()).extracting(AgendaEntry::title).containsExactly("Genehmigung der Tagesordnung");
    }

    @Test
    void the_running_total_warns_when_the_items_run_past_the_meetings_end() {
        long meeting = planMeeting("2. Sitzung 2026");
        openBuilder(meeting);
        assertThat(totals().getElement().getTextRecursively())
                .contains("Geplant: 30 min · voraussichtliches Ende 18:30 Uhr · Sitzungsende 20:00 Uhr");
        assertThat(totals().hasClassName("overrun")).isFalse();
        assertThat(_find(Span.class, spec -> spec.withClasses("overrun-warning"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Neuer TOP")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Titel")), "Haushalt 2027");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Geplante Minuten")), 120);
        _click(_get(Button.class, spec -> spec.withText("TOP speichern")));

        assertThat(shownAgenda()).contains("5 Haushalt 2027");
        assertThat(totals().hasClassName("overrun")).isTrue();
        assertThat(_get(Span.class, spec -> spec.withClasses("overrun-warning")).getText())
                .isEqualTo("Die Tagesordnung überzieht das geplante Ende um 30 min.");
    }

    @Test
    void publishing_from_the_header_after_confirming_invites_the_members() {
        long meeting = planMeeting("2. Sitzung 2026");
        openBuilder(meeting);

        _click(_get(Button.class, spec -> spec.withText("Einladen")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(dialog.getElement().getProperty("header")).isEqualTo("Einladung versenden");
        ConfirmDialogKt._fireConfirm(dialog);

        _get(MeetingView.class);
        assertThat(_find(Span.class, spec -> spec.withText("eingeladen"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText("Einladen"))).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<InviteeInfo> invitees = _get(Grid.class, spec -> spec.withPredicate(g -> g.getAriaLabel().filter("Eingeladen"::equals).isPresent()));
        assertThat(IntStream.range(0, _size(invitees)).mapToObj(i -> _getFormattedRow(invitees, i).get(0)))
                .containsExactlyInAnyOrder("Vorsitz Test", "Stellv Test", "Rat Test");
        assertThat(testData.as("vorsitz", () -> meetings.get(meeting).status())).isEqualTo(MeetingStatus.INVITED);
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private void openBuilder(long meetingId) {
        login("vorsitz");
        UI.getCurrent().navigate(AgendaBuilderView.class, AgendaBuilderView.parameters(meetingId));
        _get(AgendaBuilderView.class);
    }

    private long onlyMeetingId() {
        List<Long> ids = jdbc.queryForList("SELECT id FROM meeting", Long.class);
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    /** What a browser sends for a row drag: drag start with the row's key, drop on a target row, drag end. */
    private static void drag(AgendaEntry dragged, AgendaEntry target, String location) {
        Grid<AgendaEntry> grid = agendaGrid();
        var keys = grid.getDataCommunicator().getKeyMapper();
        JsonObject draggedItem = Json.createObject();
        draggedItem.put("key", keys.key(dragged));
        JsonArray draggedItems = Json.createArray();
        draggedItems.set(0, draggedItem);
        JsonObject detail = Json.createObject();
        detail.put("draggedItems", draggedItems);
        ComponentUtil.fireEvent(grid, new GridDragStartEvent<>(grid, true, detail));
        JsonObject targetItem = Json.createObject();
        targetItem.put("key", keys.key(target));
        ComponentUtil.fireEvent(grid, new GridDropEvent<>(grid, true, targetItem, location, Json.createArray()));
        ComponentUtil.fireEvent(grid, new GridDragEndEvent<>(grid, true));
    }

    private static String announcer() {
        return _get(_get(AgendaBuilderView.class), Div.class, spec -> spec.withClasses("sr-only")).getText();
    }

    private static Div totals() {
        return _get(Div.class, spec -> spec.withClasses("agenda-totals"));
    }
}
