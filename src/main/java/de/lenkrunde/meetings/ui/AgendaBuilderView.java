package de.lenkrunde.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.ConflictNotice;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.base.ui.ViewHeader;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.bodies.AgendaItemKind;
import de.lenkrunde.documents.DocumentService;
import de.lenkrunde.documents.ui.AttachmentsPanel;
import de.lenkrunde.meetings.AgendaEntry;
import de.lenkrunde.meetings.AgendaItemData;
import de.lenkrunde.meetings.AgendaSuggestion;
import de.lenkrunde.meetings.MeetingAction;
import de.lenkrunde.meetings.MeetingDetails;
import de.lenkrunde.meetings.MeetingService;
import de.lenkrunde.proposals.SubmittedProposal;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Optional;

/**
 * The agenda builder: the items in order (drag and drop, or buttons and Alt+arrow keys to move and
 * indent), a side form for the selected item, the running total against the meeting's end, and side
 * panels with the body's waiting proposals and carry-over suggestions. Every change names the version
 * the chair saw; when someone else changed the agenda in between, the current order is reloaded and the
 * side form keeps what was typed.
 */
@Route("sitzungen/:id([0-9]+)/tagesordnung")
@PermitAll
public class AgendaBuilderView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final DocumentService documents;
    private final ViewHeader header = new ViewHeader("");
    private final Grid<AgendaEntry> grid = new Grid<>();
    private final AgendaItemForm form;
    private final Div formMessage = new Div();
    private final H2 formTitle = new H2();
    private final Div attachments = new Div();
    private final AgendaTotals totals = new AgendaTotals();
    private final Div amendment = new Div();
    private final Div announcer = new Div();
    private final AgendaOffers offers = new AgendaOffers(this::addProposal, this::addSuggestion);
    private final ConflictNotice conflict = new ConflictNotice(this::reloadAfterConflict);
    private final AgendaToolbar toolbar =
            new AgendaToolbar(this::startNewItem, this::moveSelected, this::changeDepth, this::removeSelected);
    private final Button saveItem = new Button();
    /** The side column: the selected item's form, the waiting proposals, the carry-over suggestions. */
    private final TabSheet side = new TabSheet();
    private final Tab itemTab = new Tab();
    private MeetingDetails meeting;
    /** The item in the side form; {@code null} while a new item is being written. */
    private Long selectedItemId;
    private AgendaEntry dragged;
    /** While reloading after a conflict: the side form keeps the user's unsaved text. */
    private boolean keepForm;

    public AgendaBuilderView(MeetingService meetings, DocumentService documents) {
        this.meetings = meetings;
        this.documents = documents;
        this.form = new AgendaItemForm(formMessage::setText);
        formMessage.getElement().setAttribute("role", "alert");
        formMessage.addClassName("field-error");
        announcer.getElement().setAttribute("aria-live", "polite");
        announcer.addClassName("sr-only");


        grid.setId("agenda-grid");
        grid.setAriaLabel(getTranslation("agenda.title"));
        grid.addColumn(AgendaEntry::number).setHeader(getTranslation("agenda.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(AgendaTitleCell::new).setHeader(getTranslation("agenda.item.title")).setFlexGrow(1);
        grid.addColumn(e -> getTranslation("agendaItemKind." + e.data().kind().name())).setHeader(getTranslation("agenda.item.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.data().plannedMinutes()).setHeader(getTranslation("agenda.item.minutesShort")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> {
            if (!keepForm) {
                e.getFirstSelectedItem().ifPresent(this::edit);
            }
            if (e.isFromClient()) {
                side.setSelectedTab(itemTab);
            }
            updateButtons();
        });
        grid.setRowsDraggable(true);
        grid.addDragStartListener(e -> {
            dragged = e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().get(0);
            grid.setDropMode(GridDropMode.BETWEEN);
        });
        grid.addDragEndListener(e -> {
            dragged = null;
            grid.setDropMode(null);
        });
        grid.addDropListener(e -> {
            AgendaEntry target = e.getDropTargetItem().orElse(null);
            if (dragged != null && target != null && !target.equals(dragged)) {
                dropAt(dragged, target, e.getDropLocation());
            }
        });
        grid.setClassNameGenerator(e -> e.withdrawn() ? "withdrawn" : e.depth() > 0 ? "sub-item" : null);

        Div listColumn = new Div(toolbar, grid, totals);
        listColumn.addClassName("agenda-list-column");
        toolbar.listenForKeysOn(listColumn);

        saveItem.setText(getTranslation("agenda.item.save"));
        saveItem.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveItem.addClickListener(e -> saveItem());
        Div sideForm = new Div(formTitle, form, formMessage, saveItem, attachments);
        sideForm.addClassName("agenda-side-form");
        formTitle.addClassName("side-form-title");
        itemTab.setLabel(getTranslation("agenda.tab.item"));
        side.add(itemTab, sideForm);
        side.add(offers.waitingTab(), offers.waiting());
        side.add(offers.suggestionsTab(), offers.suggestions());
        side.addClassName("agenda-side");

        HorizontalLayout columns = new HorizontalLayout(listColumn, side);
        columns.setWidthFull();
        columns.setFlexGrow(1, listColumn);
        columns.addClassName("agenda-columns");
        amendment.addClassName("notice-warning");
        Div content = new Div(conflict, amendment, columns, announcer);
        content.addClassName("view-content");
        add(header, content);
    }

    public static RouteParameters parameters(long meetingId) {
        return new RouteParameters("id", String.valueOf(meetingId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(0L);
        try {
            meeting = meetings.get(id);
        } catch (RecordNotFoundException notVisible) {
            event.rerouteToError(notVisible, "");
            return;
        }
        if (!meeting.may(MeetingAction.EDIT)) {
            event.forwardTo(MeetingView.class, MeetingView.parameters(id));
            return;
        }
        render();
        meeting.agenda().stream().findFirst().ifPresentOrElse(first -> grid.select(first), this::startNewItem);
        refreshPanels();
    }

    // ---- showing --------------------------------------------------------------------------------------

    private void render() {
        header.setTitle(getTranslation("agenda.builderTitle", meeting.bodyName(), Formats.date(meeting.startsAt())));
        header.clearActions();
        Button back = new Button(getTranslation("agenda.toMeeting"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(MeetingView.class, MeetingView.parameters(meeting.id()))));
        header.addAction(back);
        if (meeting.may(MeetingAction.PUBLISH)) {
            Button publish = new Button(getTranslation("meeting.publish"), VaadinIcon.ENVELOPE.create(),
                    e -> MeetingActions.publish(this, meetings, meeting, this::afterPublish));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.addAction(publish);
        }
        if (meeting.may(MeetingAction.SEND_AMENDMENT)) {
            Button amend = new Button(getTranslation("meeting.amendment.send"), VaadinIcon.ENVELOPE.create(),
                    e -> MeetingActions.sendAmendment(this, meetings, meeting, this::reload));
            amend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.addAction(amend);
        }
        amendment.setText(getTranslation("meeting.amendmentPending"));
        amendment.setVisible(meeting.amendmentPending());
        Long keep = selectedItemId;
        grid.setItems(meeting.agenda());
        if (keep != null) {
            meeting.agenda().stream().filter(e -> e.itemId() == keep).findFirst().ifPresent(e -> {
                if (!grid.getSelectedItems().contains(e)) {
                    grid.select(e);
                }
            });
        }
        showTotals();
        updateButtons();
    }

    private void afterPublish() {
        getUI().ifPresent(ui -> ui.navigate(MeetingView.class, MeetingView.parameters(meeting.id())));
    }

    private void showTotals() {
        totals.show(meeting);
    }

    private void refreshPanels() {
        offers.show(meetings.waitingProposals(meeting.id()), meetings.suggestions(meeting.id()));
    }

    // ---- editing --------------------------------------------------------------------------------------

    private void edit(AgendaEntry entry) {
        selectedItemId = entry.itemId();
        formTitle.setText(getTranslation("agenda.item.editTitle", entry.number()));
        form.setData(entry.data());
        form.setEnabledForm(!entry.withdrawn());
        saveItem.setEnabled(!entry.withdrawn());
        formMessage.setText("");
        attachments.removeAll();
        attachments.add(new AttachmentsPanel(MeetingService.DOCUMENT_KIND, entry.itemId(), documents));
        updateButtons();
    }

    private void startNewItem() {
        side.setSelectedTab(itemTab);
        grid.deselectAll();
        selectedItemId = null;
        formTitle.setText(getTranslation("agenda.item.newTitle"));
        form.setData(new AgendaItemData("", AgendaItemKind.INFORMATION, 10, null, false, null));
        form.setEnabledForm(true);
        saveItem.setEnabled(true);
        formMessage.setText("");
        attachments.removeAll();
        attachments.add(new Div(getTranslation("agenda.item.attachmentsAfterSave")));
        form.focusTitle();
        updateButtons();
    }

    private void saveItem() {
        form.clearErrors();
        formMessage.setText("");
        AgendaItemData data = form.getData();
        change(() -> {
            if (selectedItemId == null) {
                selectedItemId = meetings.addItem(meeting.id(), meeting.version(), data);
            } else {
                meetings.updateItem(meeting.id(), meeting.version(), selectedItemId, data);
            }
        }, "agenda.item.saved", true);
    }

    private void moveSelected(int delta) {
        selected().ifPresent(entry -> {
            int index = meeting.agenda().indexOf(entry) + delta;
            if (index >= 0 && index < meeting.agenda().size()) {
                move(entry, index);
            }
        });
    }

    private void dropAt(AgendaEntry moved, AgendaEntry target, GridDropLocation location) {
        List<AgendaEntry> order = meeting.agenda();
        int from = order.indexOf(moved);
        int targetIndex = order.indexOf(target);
        int to = location == GridDropLocation.BELOW ? targetIndex + 1 : targetIndex;
        if (from < to) {
            to--;
        }
        grid.select(moved);
        move(moved, to);
    }

    private void move(AgendaEntry entry, int toIndex) {
        selectedItemId = entry.itemId();
        if (!change(() -> meetings.moveItem(meeting.id(), meeting.version(), entry.itemId(), toIndex), null, false)) {
            return; // refused: nothing moved, so nothing to announce
        }
        current().ifPresent(moved -> announcer.setText(getTranslation("agenda.moved", moved.title(), moved.number(),
                meeting.agenda().indexOf(moved) + 1)));
    }

    private void changeDepth(boolean deeper) {
        selected().ifPresent(entry -> change(() -> {
            if (deeper) {
                meetings.indentItem(meeting.id(), meeting.version(), entry.itemId());
            } else {
                meetings.outdentItem(meeting.id(), meeting.version(), entry.itemId());
            }
        }, null, false));
    }

    private void removeSelected() {
        selected().ifPresent(entry -> MeetingActions.confirmRemove(this, entry.title(), () -> {
            // on a conflict the item stays selected and the side form keeps what was typed
            if (change(() -> meetings.removeItem(meeting.id(), meeting.version(), entry.itemId()), "agenda.removed", false)) {
                selectedItemId = null;
                refreshPanels();
                meeting.agenda().stream().findFirst().ifPresentOrElse(grid::select, this::startNewItem);
            }
        }));
    }

    private void addProposal(SubmittedProposal proposal) {
        change(() -> selectedItemId = meetings.addProposal(meeting.id(), meeting.version(), proposal.id()), "agenda.waiting.added", false);
        refreshPanels();
        current().ifPresent(grid::select);
    }

    private void addSuggestion(AgendaSuggestion suggestion) {
        change(() -> selectedItemId = meetings.addSuggestion(meeting.id(), meeting.version(), suggestion.key()),
                "agenda.suggestions.added", false);
        refreshPanels();
        current().ifPresent(grid::select);
    }

    /**
     * Runs one change of the agenda and shows the result. On a conflict the current agenda is loaded while
     * the side form keeps the user's text; bad input stays in the form with the message at its field.
     *
     * @return whether the change was saved
     */
    private boolean change(Runnable action, String successKey, boolean fromForm) {
        try {
            action.run();
            conflict.hide();
            if (successKey != null) {
                Toasts.success(getTranslation(successKey));
            }
            reload();
            return true;
        } catch (InvalidInputException e) {
            form.showErrors(e);
        } catch (EditConflictException e) {
            conflict.show(e.changedBy());
            reloadKeepingForm();
        }
        return false;
    }

    private void reload() {
        meeting = meetings.get(meeting.id());
        if (!meeting.may(MeetingAction.EDIT)) {
            getUI().ifPresent(ui -> ui.navigate(MeetingView.class, MeetingView.parameters(meeting.id())));
            return;
        }
        render();
    }

    /** The latest agenda in the list; the side form is left as the user typed it. */
    private void reloadKeepingForm() {
        meeting = meetings.get(meeting.id());
        keepForm = true;
        try {
            render();
        } finally {
            keepForm = false;
        }
    }

    private void reloadAfterConflict() {
        reload();
        refreshPanels();
    }

    private Optional<AgendaEntry> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private Optional<AgendaEntry> current() {
        return selectedItemId == null ? Optional.empty()
                : meeting.agenda().stream().filter(e -> e.itemId() == selectedItemId).findFirst();
    }

    private void updateButtons() {
        toolbar.update(meeting, selected());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agenda.title") + " – " + getTranslation("app.name");
    }
}
