package de.lenkrunde.bodies.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import de.lenkrunde.base.ui.ViewHeader;
import de.lenkrunde.bodies.AreaService;
import de.lenkrunde.bodies.BodyFilter;
import de.lenkrunde.bodies.BodyListItem;
import de.lenkrunde.bodies.BodyService;
import de.lenkrunde.bodies.BodyType;
import jakarta.annotation.security.RolesAllowed;

import java.util.Arrays;

/**
 * Bodies the user may manage: all for admins, those of their Planregionen for coordinators, their own
 * for chairs (who manage memberships there). A lazy list with filters and a side form.
 */
@Route("verwaltung/gremien")
@Menu(title = "menu.admin.bodies", order = 60, icon = "vaadin:group")
@RolesAllowed({"ADMIN", "COORDINATOR", "BODY_MANAGER"})
public class BodiesView extends Main implements HasDynamicTitle {

    private final BodyService bodies;
    private final Grid<BodyListItem> grid = new Grid<>(BodyListItem.class, false);
    private final TextField search = new TextField();
    private final Select<BodyType> type = new Select<>();
    private final Checkbox activeOnly = new Checkbox();
    private final BodyEditor editor;

    public BodiesView(BodyService bodies, AreaService areas) {
        this.bodies = bodies;
        this.editor = new BodyEditor(bodies, areas, id -> grid.getDataProvider().refreshAll());
        Button create = new Button(getTranslation("bodies.create"), VaadinIcon.PLUS.create(), e -> {
            grid.deselectAll();
            editor.editNew();
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(bodies.mayCreateBodies());

        search.setLabel(getTranslation("filter.search"));
        search.setPlaceholder(getTranslation("bodies.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        type.setLabel(getTranslation("body.type"));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("filter.all"));
        type.setItems(Arrays.asList(BodyType.values()));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("filter.all") : getTranslation("bodyType." + t.name()));
        activeOnly.setLabel(getTranslation("bodies.activeOnly"));
        activeOnly.setValue(true);
        search.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        activeOnly.addValueChangeListener(e -> refresh());

        grid.addClassName("list-grid");

        grid.setAriaLabel(getTranslation("bodies.title"));
        grid.addColumn(BodyListItem::name).setHeader(getTranslation("body.name")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(b -> getTranslation("bodyType." + b.type().name())).setHeader(getTranslation("body.type")).setAutoWidth(true);
        grid.addColumn(BodyListItem::shortCode).setHeader(getTranslation("body.shortCode")).setAutoWidth(true);
        grid.addColumn(BodyListItem::areaName).setHeader(getTranslation("body.area")).setAutoWidth(true);
        grid.addColumn(BodyListItem::currentMembers).setHeader(getTranslation("bodies.memberCount")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("bodies.status")).setAutoWidth(true);
        grid.setItems(query -> bodies.listManageable(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> bodies.countManageable(filter()));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                editor.edit(e.getValue().id());
            }
        });
        grid.setEmptyStateText(getTranslation("bodies.empty"));

        HorizontalLayout filters = new HorizontalLayout(search, type, activeOnly);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        VerticalLayout list = new VerticalLayout(filters, grid);
        list.setPadding(false);
        HorizontalLayout content = new HorizontalLayout(list, editor);
        content.setPadding(true);
        content.setWidthFull();
        content.setFlexGrow(1, list);
        add(new ViewHeader(getTranslation("bodies.title"), create), content);
    }

    private Span status(BodyListItem body) {
        Span badge = new Span(getTranslation(body.active() ? "bodies.active" : "bodies.inactive"));
        badge.getElement().getThemeList().add(body.active() ? "badge success" : "badge contrast");
        return badge;
    }

    private BodyFilter filter() {
        return new BodyFilter(search.getValue(), type.getValue(), activeOnly.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bodies.title") + " – " + getTranslation("app.name");
    }
}
