package de.lenkrunde.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.ViewHeader;
import de.lenkrunde.people.GlobalRole;
import de.lenkrunde.people.PeopleService;
import de.lenkrunde.people.PersonFilter;
import de.lenkrunde.people.PersonListItem;
import jakarta.annotation.security.RolesAllowed;

import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Admins manage people and their accounts: a lazy list with filters and a side form. */
@Route("verwaltung/personen")
@Menu(title = "menu.admin.people", order = 62, icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class PeopleView extends Main implements HasDynamicTitle {

    private final PeopleService people;
    private final Grid<PersonListItem> grid = new Grid<>(PersonListItem.class, false);
    private final TextField search = new TextField();
    private final ComboBox<GlobalRole> roleFilter = new ComboBox<>();
    private final PersonEditor editor;

    public PeopleView(PeopleService people) {
        this.people = people;
        this.editor = new PersonEditor(people, this::refresh);
        addClassName("view-content");
        getStyle().set("padding", "0");

        Button create = new Button(getTranslation("people.create"), VaadinIcon.PLUS.create(), e -> {
            grid.deselectAll();
            editor.editNew();
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        search.setLabel(getTranslation("filter.search"));
        search.setPlaceholder(getTranslation("people.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        roleFilter.setLabel(getTranslation("people.filter.role"));
        roleFilter.setItems(Arrays.asList(GlobalRole.values()));
        roleFilter.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        roleFilter.setClearButtonVisible(true);
        roleFilter.addValueChangeListener(e -> refresh());

        configureGrid();
        HorizontalLayout filters = new HorizontalLayout(search, roleFilter);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout list = new VerticalLayout(filters, grid);
        list.setPadding(false);
        list.setSizeFull();
        HorizontalLayout body = new HorizontalLayout(list, editor);
        body.setSizeFull();
        body.setPadding(true);
        body.setFlexGrow(1, list);
        setSizeFull();
        add(new ViewHeader(getTranslation("people.title"), create), body);
    }

    private void configureGrid() {
        grid.addClassName("list-grid");
        grid.setAriaLabel(getTranslation("people.title"));
        grid.addColumn(PersonListItem::displayName).setHeader(getTranslation("person.name")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(PersonListItem::organisation).setHeader(getTranslation("person.organisation")).setAutoWidth(true);
        grid.addColumn(PersonListItem::email).setHeader(getTranslation("person.email")).setAutoWidth(true);
        grid.addColumn(p -> p.login() == null ? getTranslation("people.noAccount") : p.login())
                .setHeader(getTranslation("account.login")).setAutoWidth(true);
        grid.addColumn(p -> p.roles().stream().map(r -> getTranslation("role." + r.name())).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("account.roles")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("people.status")).setAutoWidth(true);
        grid.setItems(query -> people.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> people.count(filter()));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                editor.edit(e.getValue().id());
            }
        });
        grid.setEmptyStateText(getTranslation("people.empty"));
    }

    private Span status(PersonListItem person) {
        Span badge = new Span();
        if (!person.hasAccount()) {
            return badge;
        }
        if (person.lockedUntil() != null && person.lockedUntil().isAfter(Instant.now())) {
            badge.setText(getTranslation("people.status.locked", Formats.dateTime(person.lockedUntil())));
            badge.getElement().getThemeList().add("badge error");
        } else if (Boolean.FALSE.equals(person.accountEnabled())) {
            badge.setText(getTranslation("people.status.disabled"));
            badge.getElement().getThemeList().add("badge contrast");
        } else {
            badge.setText(getTranslation("people.status.active"));
            badge.getElement().getThemeList().add("badge success");
        }
        return badge;
    }

    private PersonFilter filter() {
        return new PersonFilter(search.getValue(), roleFilter.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title") + " – " + getTranslation("app.name");
    }
}
