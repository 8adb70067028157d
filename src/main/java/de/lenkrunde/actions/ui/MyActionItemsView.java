package de.lenkrunde.actions.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import de.lenkrunde.actions.ActionItemDetails;
import de.lenkrunde.actions.ActionItemService;
import de.lenkrunde.actions.ActionListFilter;
import de.lenkrunde.actions.ActionListItem;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.ViewHeader;
import de.lenkrunde.bodies.BodyReference;
import jakarta.annotation.security.PermitAll;

import java.util.ArrayList;
import java.util.List;

/**
 * "Meine Aufgaben": the items the reader owns or a body of theirs owns, pending first and earliest due first, overdue
 * ones marked. The choice above the list switches to a body's list (for its members) or, for chairs, deputies and
 * coordinators, to all open items of the bodies they follow up. Selecting a row opens the follow-up form beside the
 * list: progress with a note, done, new due date, cancel.
 */
@Route("aufgaben")
@Menu(title = "action.menu", order = 40, icon = "vaadin:tasks")
@PermitAll
public class MyActionItemsView extends Main implements HasDynamicTitle {

    /** One choice of list: scope and body, with its label. */
    record ListChoice(ActionListFilter.Scope scope, Long bodyId, String label) {
    }

    private final ActionItemService actions;
    private final Grid<ActionListItem> grid = new Grid<>(ActionListItem.class, false);
    private final Select<ListChoice> list = new Select<>();
    private final Checkbox pendingOnly = new Checkbox();
    private final Checkbox overdueOnly = new Checkbox();
    private final Div side = new Div();
    private final H2 selectedTitle = new H2();
    private final ActionItemEditor editor;
    private Long selectedId;

    public MyActionItemsView(ActionItemService actions) {
        this.actions = actions;
        this.editor = new ActionItemEditor(actions, this::refreshKeepSelection, this::reloadSelected);

        List<ListChoice> choices = new ArrayList<>();
        choices.add(new ListChoice(ActionListFilter.Scope.MINE, null, getTranslation("action.list.mine")));
        if (actions.mayFollowUp()) {
            choices.add(new ListChoice(ActionListFilter.Scope.FOLLOW_UP, null, getTranslation("action.list.followUp")));
        }
        for (BodyReference body : actions.listableBodies()) {
            choices.add(new ListChoice(ActionListFilter.Scope.BODY, body.id(), getTranslation("action.list.body", body.name())));
        }
        list.setLabel(getTranslation("action.list"));
        list.setItems(choices);
        list.setItemLabelGenerator(ListChoice::label);
        list.setValue(choices.get(0));
        list.setId("action-list-choice");
        pendingOnly.setLabel(getTranslation("action.filter.pending"));
        pendingOnly.setValue(true);
        overdueOnly.setLabel(getTranslation("action.filter.overdue"));
        overdueOnly.setId("action-filter-overdue");
        list.addValueChangeListener(e -> refresh());
        pendingOnly.addValueChangeListener(e -> refresh());
        overdueOnly.addValueChangeListener(e -> refresh());

        grid.setId("actions-grid");
        grid.addClassName("list-grid");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("action.menu"));
        grid.addComponentColumn(item -> new Anchor(ActionItemService.route(item.id()), item.description()))
                .setHeader(getTranslation("action.description")).setWidth("18rem").setFlexGrow(1);
        grid.addColumn(ActionListItem::ownerName).setHeader(getTranslation("action.owner")).setAutoWidth(true);
        grid.addColumn(ActionListItem::bodyName).setHeader(getTranslation("action.body")).setAutoWidth(true);
        grid.addColumn(item -> Formats.date(item.dueDate())).setHeader(getTranslation("action.dueDate")).setAutoWidth(true);
        grid.addComponentColumn(item -> RegisterTexts.statusBadge(this, item.status(), item.overdue()))
                .setHeader(getTranslation("action.status")).setAutoWidth(true);
        grid.addColumn(item -> item.progress() + " %").setHeader(getTranslation("action.progress")).setAutoWidth(true);
        grid.setItems(query -> actions.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> actions.count(filter()));
        grid.setEmptyStateText(getTranslation("action.list.empty"));
        grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));

        side.addClassName("action-side");
        side.add(selectedTitle, editor);
        side.setVisible(false);
        HorizontalLayout filters = new HorizontalLayout(list, pendingOnly, overdueOnly);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        Div content = new Div(filters, grid, side);
        content.addClassName("view-content");
        add(new ViewHeader(getTranslation("action.menu")), content);
    }

    private void select(ActionListItem item) {
        if (item == null) {
            return;
        }
        selectedId = item.id();
        reloadSelected();
    }

    private void reloadSelected() {
        if (selectedId == null) {
            return;
        }
        ActionItemDetails details = actions.get(selectedId);
        selectedTitle.setText(details.item().description());
        editor.show(details.item());
        boolean editable = details.mayUpdate() && details.item().status().pending();
        editor.setVisible(editable);
        side.setVisible(true);
    }

    private void refreshKeepSelection() {
        grid.getDataProvider().refreshAll();
    }

    private void refresh() {
        selectedId = null;
        side.setVisible(false);
        grid.getDataProvider().refreshAll();
    }

    ActionListFilter filter() {
        ListChoice choice = list.getValue();
        return new ActionListFilter(choice.scope(), choice.bodyId(), pendingOnly.getValue(), overdueOnly.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("action.menu") + " – " + getTranslation("app.name");
    }
}
