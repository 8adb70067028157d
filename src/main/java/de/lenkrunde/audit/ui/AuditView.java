package de.lenkrunde.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import de.lenkrunde.audit.AuditEntry;
import de.lenkrunde.audit.AuditFilter;
import de.lenkrunde.audit.AuditService;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.ComponentTexts;
import de.lenkrunde.base.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

/** The audit trail for admins: who did what, when, filterable and lazily paged. */
@Route("verwaltung/protokoll")
@Menu(title = "menu.admin.audit", order = 64, icon = "vaadin:clipboard-text")
@RolesAllowed("ADMIN")
public class AuditView extends Main implements HasDynamicTitle {

    private final AuditService audit;
    private final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
    private final TextField search = new TextField();
    private final ComboBox<String> action = new ComboBox<>();
    private final DatePicker from;
    private final DatePicker to;

    public AuditView(AuditService audit) {
        this.audit = audit;
        search.setLabel(getTranslation("filter.search"));
        search.setPlaceholder(getTranslation("audit.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        action.setLabel(getTranslation("audit.action"));
        action.setItems(audit.actions());
        action.setItemLabelGenerator(this::actionLabel);
        action.setClearButtonVisible(true);
        from = ComponentTexts.datePicker(this, getTranslation("filter.from"));
        to = ComponentTexts.datePicker(this, getTranslation("filter.to"));
        search.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        grid.addClassName("list-grid");

        grid.setAriaLabel(getTranslation("audit.title"));
        grid.addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(e -> e.actorLogin() == null ? getTranslation("audit.system") : e.actorLogin())
                .setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(e -> actionLabel(e.action())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addComponentColumn(this::subject).setHeader(getTranslation("audit.subject")).setAutoWidth(true);
        grid.addColumn(AuditEntry::details).setHeader(getTranslation("audit.details")).setFlexGrow(1);
        grid.setItems(query -> audit.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> audit.count(filter()));
        grid.setEmptyStateText(getTranslation("audit.empty"));

        HorizontalLayout filters = new HorizontalLayout(search, action, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        Div content = new Div(filters, grid);
        content.addClassName("view-content");
        add(new ViewHeader(getTranslation("audit.title")), content);
    }

    private Component subject(AuditEntry entry) {
        if (entry.subject() == null || entry.subject().label() == null) {
            return new Span();
        }
        if (entry.subject().route() == null) {
            return new Span(entry.subject().label());
        }
        return new Anchor(entry.subject().route(), entry.subject().label());
    }

    private String actionLabel(String code) {
        String key = "audit.action." + code;
        String label = getTranslation(key);
        return label.startsWith("!") ? code : label;
    }

    private AuditFilter filter() {
        return new AuditFilter(search.getValue(), action.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " – " + getTranslation("app.name");
    }
}
