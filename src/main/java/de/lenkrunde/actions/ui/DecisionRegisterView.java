package de.lenkrunde.actions.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import de.lenkrunde.actions.RegisterFilter;
import de.lenkrunde.actions.RegisterRow;
import de.lenkrunde.actions.RegisterService;
import de.lenkrunde.base.format.Csv;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.ViewHeader;
import de.lenkrunde.bodies.BodyReference;
import de.lenkrunde.proposals.DecisionOutcome;
import jakarta.annotation.security.PermitAll;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;

/**
 * "Beschlüsse": the decision register (Beschlusskontrolle). Every decision the reader may read, newest first, lazily
 * paged: number, date, body, title, outcome, vote, proposal with its status now, state of its action items. Filters:
 * body, year, outcome, words of title and text, "ohne Umsetzung". CSV for Excel. A row opens the decision's page.
 */
@Route("beschluesse")
@Menu(title = "menu.decisions", order = 30, icon = "vaadin:gavel")
@PermitAll
public class DecisionRegisterView extends Main implements HasDynamicTitle {

    private final RegisterService register;
    private final Grid<RegisterRow> grid = new Grid<>(RegisterRow.class, false);
    private final TextField search = new TextField();
    private final ComboBox<BodyReference> body = new ComboBox<>();
    private final IntegerField year = new IntegerField();
    private final Select<DecisionOutcome> outcome = new Select<>();
    private final Checkbox withoutImplementation = new Checkbox();

    public DecisionRegisterView(RegisterService register) {
        this.register = register;
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> csv()), AttachmentType.DOWNLOAD,
                getTranslation("register.export"));
        export.setId("register-export");

        search.setLabel(getTranslation("filter.search"));
        search.setPlaceholder(getTranslation("register.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("register-search");
        body.setLabel(getTranslation("register.body"));
        body.setItems(register.decidingBodies());
        body.setItemLabelGenerator(BodyReference::name);
        body.setClearButtonVisible(true);
        year.setLabel(getTranslation("register.year"));
        year.setClearButtonVisible(true);
        year.setMin(2000);
        year.setMax(2100);
        outcome.setLabel(getTranslation("register.outcome"));
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(getTranslation("filter.all"));
        outcome.setItems(Arrays.asList(DecisionOutcome.values()));
        outcome.setItemLabelGenerator(o -> o == null ? getTranslation("filter.all") : getTranslation("decisionOutcome." + o.name()));
        withoutImplementation.setLabel(getTranslation("register.withoutImplementation"));
        withoutImplementation.setId("register-without-implementation");
        withoutImplementation.setTooltipText(getTranslation("register.withoutImplementation.help"));
        search.addValueChangeListener(e -> refresh());
        body.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        outcome.addValueChangeListener(e -> refresh());
        withoutImplementation.addValueChangeListener(e -> refresh());

        grid.setId("register-grid");
        grid.addClassName("list-grid");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("register.title"));
        grid.addColumn(RegisterRow::number).setHeader(getTranslation("register.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Formats.date(r.decidedAt())).setHeader(getTranslation("register.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RegisterRow::bodyName).setHeader(getTranslation("register.body")).setAutoWidth(true);
        grid.addComponentColumn(this::title).setHeader(getTranslation("register.decisionTitle")).setWidth("16rem").setFlexGrow(1);
        grid.addColumn(r -> getTranslation("decisionOutcome." + r.outcome().name())).setHeader(getTranslation("register.outcome"))
                .setAutoWidth(true);
        grid.addColumn(r -> RegisterTexts.vote(this, r.vote())).setHeader(getTranslation("register.vote")).setAutoWidth(true);
        grid.addColumn(this::proposal).setHeader(getTranslation("register.proposal")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("register.actions")).setAutoWidth(true);
        grid.setItems(query -> register.page(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> register.count(filter()));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setEmptyStateText(getTranslation("register.empty"));

        HorizontalLayout filters = new HorizontalLayout(search, body, year, outcome, withoutImplementation);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        Div content = new Div(filters, grid);
        content.addClassName("view-content");
        add(new ViewHeader(getTranslation("register.title"), export), content);
    }

    /** The title as a link, so the row opens by keyboard too (Tab to the link, Enter). */
    private Anchor title(RegisterRow row) {
        Anchor link = new Anchor("beschluesse/" + row.decisionId(), row.title());
        if (row.revision() > 0) {
            link.setTitle(getTranslation("register.corrected"));
        }
        return link;
    }

    private String proposal(RegisterRow row) {
        if (row.proposalId() == null) {
            return "–";
        }
        return (row.proposalNumber() == null ? "" : row.proposalNumber() + " · ")
                + (row.proposalStatus() == null ? "" : getTranslation("proposalStatus." + row.proposalStatus().name()));
    }

    private Span actions(RegisterRow row) {
        Span state = new Span(actionsText(row));
        if (row.actionsOverdue() > 0) {
            state.getElement().getThemeList().add("badge error");
        } else if (row.withoutImplementation()) {
            state.getElement().getThemeList().add("badge contrast");
        } else if (row.actionsTotal() > 0 && row.actionsPending() == 0) {
            state.getElement().getThemeList().add("badge success");
        }
        return state;
    }

    private String actionsText(RegisterRow row) {
        if (row.actionsTotal() == 0) {
            return row.withoutImplementation() ? getTranslation("register.actions.none") : "–";
        }
        String text = getTranslation("register.actions.summary", row.actionsDone(), row.actionsTotal());
        return row.actionsOverdue() > 0 ? text + " · " + getTranslation("register.actions.overdue", row.actionsOverdue()) : text;
    }

    private void open(RegisterRow row) {
        getUI().ifPresent(ui -> ui.navigate("beschluesse/" + row.decisionId()));
    }

    private DownloadResponse csv() {
        List<List<String>> rows = register.all(filter()).stream().map(r -> List.of(r.number(), Formats.date(r.decidedAt()),
                r.bodyName(), r.title(), getTranslation("decisionOutcome." + r.outcome().name()), RegisterTexts.vote(this, r.vote()),
                r.proposalNumber() == null ? "" : r.proposalNumber(),
                r.proposalStatus() == null ? "" : getTranslation("proposalStatus." + r.proposalStatus().name()),
                String.valueOf(r.actionsTotal()), String.valueOf(r.actionsDone()), String.valueOf(r.actionsOverdue()),
                r.withoutImplementation() ? getTranslation("register.csv.yes") : "")).toList();
        byte[] bytes = Csv.write(List.of(getTranslation("register.number"), getTranslation("register.date"),
                getTranslation("register.body"), getTranslation("register.decisionTitle"), getTranslation("register.outcome"),
                getTranslation("register.vote"), getTranslation("register.csv.proposal"), getTranslation("register.csv.proposalStatus"),
                getTranslation("register.csv.actions"), getTranslation("register.csv.actionsDone"),
                getTranslation("register.csv.actionsOverdue"), getTranslation("register.withoutImplementation")), rows);
        return new DownloadResponse(new ByteArrayInputStream(bytes), "beschluesse.csv", "text/csv; charset=UTF-8", bytes.length);
    }

    RegisterFilter filter() {
        return new RegisterFilter(body.getValue() == null ? null : body.getValue().id(), year.getValue(), outcome.getValue(),
                search.getValue(), withoutImplementation.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " – " + getTranslation("app.name");
    }
}
