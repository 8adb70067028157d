package de.lenkrunde.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.Confirmations;
import de.lenkrunde.base.ui.ConflictNotice;
import de.lenkrunde.base.ui.FormErrors;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.base.ui.ViewHeader;
import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.bodies.AreaNode;
import de.lenkrunde.funding.BudgetLineData;
import de.lenkrunde.funding.BudgetLineItem;
import de.lenkrunde.funding.BudgetService;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** "Verwaltung › Haushaltsstellen": finance and admins create, edit, close and reopen the budget lines of a year. */
@Route("verwaltung/haushaltsstellen")
@Menu(title = "funding.menu.lines", order = 65, icon = "vaadin:wallet")
@RolesAllowed({"ADMIN", "FINANCE"})
public class BudgetLinesView extends Main implements HasDynamicTitle {

    private final BudgetService budget;
    private final Select<Integer> year = new Select<>();
    private final Grid<BudgetLineItem> grid = new Grid<>(BudgetLineItem.class, false);

    public BudgetLinesView(BudgetService budget) {
        this.budget = budget;
        Button create = new Button(getTranslation("funding.lines.create"), VaadinIcon.PLUS.create(), e -> edit(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("budget-line-create");
        year.setLabel(getTranslation("funding.lines.year"));
        year.setItems(budget.years());
        year.setValue(Formats.today().getYear());
        year.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setAriaLabel(getTranslation("funding.lines.title"));
        grid.addColumn(BudgetLineItem::code).setHeader(getTranslation("funding.lines.code")).setAutoWidth(true);
        grid.addColumn(BudgetLineItem::name).setHeader(getTranslation("funding.lines.name")).setFlexGrow(2);
        grid.addColumn(l -> l.areaName() == null ? "" : l.areaName()).setHeader(getTranslation("funding.lines.area")).setAutoWidth(true);
        grid.addColumn(l -> Formats.money(l.total())).setHeader(getTranslation("funding.overview.total")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(l -> Formats.money(l.committed())).setHeader(getTranslation("funding.overview.committed")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(l -> Formats.money(l.paid())).setHeader(getTranslation("funding.overview.paid")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(l -> Formats.money(l.available())).setHeader(getTranslation("funding.overview.available")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(this::state).setHeader(getTranslation("funding.lines.state")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> budget.list(year.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> budget.count(year.getValue()));
        grid.setEmptyStateText(getTranslation("funding.lines.empty"));

        Div content = new Div(year, grid);
        content.addClassName("view-content");
        add(new ViewHeader(getTranslation("funding.lines.title"), create), content);
    }

    private Span state(BudgetLineItem line) {
        Span badge = new Span(getTranslation(line.closed() ? "funding.overview.closed" : "funding.lines.open"));
        badge.getElement().setAttribute("theme", line.closed() ? "badge contrast" : "badge success");
        return badge;
    }

    private HorizontalLayout actions(BudgetLineItem line) {
        Button edit = new Button(getTranslation("funding.lines.edit"), e -> edit(line));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.setEnabled(!line.closed());
        Button toggle;
        if (line.closed()) {
            toggle = new Button(getTranslation("funding.lines.reopen"), e -> run(() -> budget.reopen(line.id(), line.version())));
        } else {
            toggle = new Button(getTranslation("funding.lines.close"), e -> Confirmations.destructive(getTranslation("funding.lines.close"),
                    getTranslation("funding.lines.close.confirm", line.label()), getTranslation("funding.lines.close"),
                    () -> run(() -> budget.close(line.id(), line.version()))).open());
        }
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.getElement().setAttribute("aria-label", getTranslation("funding.lines.edit") + ": " + line.label());
        toggle.getElement().setAttribute("aria-label", toggle.getText() + ": " + line.label());
        return new HorizontalLayout(edit, toggle);
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (EditConflictException e) {
            Toasts.error(getTranslation("error.editConflict"));
        } catch (BusinessRuleException e) {
            Toasts.error(getTranslation(e.messageKey(), e.arguments()));
        }
        grid.getDataProvider().refreshAll();
    }

    /** The form in a dialog; a refused value is shown at its field and nothing typed is lost. */
    private void edit(BudgetLineItem line) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(line == null ? "funding.lines.create" : "funding.lines.edit"));
        dialog.setWidth("32rem");
        TextField code = new TextField(getTranslation("funding.lines.code"));
        code.setMaxLength(40);
        code.setRequiredIndicatorVisible(true);
        code.setId("budget-line-code");
        TextField name = new TextField(getTranslation("funding.lines.name"));
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        name.setId("budget-line-name");
        IntegerField lineYear = new IntegerField(getTranslation("funding.lines.year"));
        lineYear.setRequiredIndicatorVisible(true);
        BigDecimalField total = new BigDecimalField(getTranslation("funding.lines.total"));
        total.setSuffixComponent(new Span("€"));
        total.setRequiredIndicatorVisible(true);
        total.setId("budget-line-total");
        ComboBox<AreaNode> area = new ComboBox<>(getTranslation("funding.lines.area"));
        List<AreaNode> areas = budget.areaOptions();
        area.setItems(areas);
        area.setItemLabelGenerator(AreaNode::name);
        area.setClearButtonVisible(true);
        area.setWidthFull();
        if (line == null) {
            lineYear.setValue(year.getValue());
        } else {
            code.setValue(line.code());
            name.setValue(line.name());
            lineYear.setValue(line.budgetYear());
            total.setValue(line.total());
            areas.stream().filter(a -> line.areaId() != null && a.id() == line.areaId()).findFirst().ifPresent(area::setValue);
        }
        Div message = new Div();
        message.getElement().setAttribute("role", "alert");
        FormErrors errors = new FormErrors(this, message::setText).field("code", code).field("name", name)
                .field("budgetYear", lineYear).field("total", total).field("areaId", area);
        ConflictNotice conflict = new ConflictNotice(() -> {
            dialog.close();
            grid.getDataProvider().refreshAll();
        });
        Button save = new Button(getTranslation("funding.lines.save"), e -> {
            BudgetLineData data = new BudgetLineData(code.getValue(), name.getValue(), lineYear.getValue(), total.getValue(),
                    area.getValue() == null ? null : area.getValue().id());
            try {
                if (line == null) {
                    budget.create(data);
                } else {
                    budget.update(line.id(), line.version(), data);
                }
                dialog.close();
                Toasts.success(getTranslation("funding.lines.saved"));
                grid.getDataProvider().refreshAll();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            } catch (BusinessRuleException ex) {
                message.setText(getTranslation(ex.messageKey(), ex.arguments()));
            } catch (EditConflictException ex) {
                conflict.show(ex.changedBy());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("budget-line-save");
        dialog.add(conflict, code, name, lineYear, total, area, message);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("funding.lines.title") + " – " + getTranslation("app.name");
    }
}
