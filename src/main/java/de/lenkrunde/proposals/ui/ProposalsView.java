package de.lenkrunde.proposals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import de.lenkrunde.base.format.Csv;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.ViewHeader;
import de.lenkrunde.bodies.AreaNode;
import de.lenkrunde.bodies.BodyReference;
import de.lenkrunde.proposals.ProposalFilter;
import de.lenkrunde.proposals.ProposalListItem;
import de.lenkrunde.proposals.ProposalService;
import de.lenkrunde.proposals.ProposalStatus;
import jakarta.annotation.security.PermitAll;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * "Vorschläge": every case record the reader may see, lazily paged, filtered by status, body, year and
 * words of the text; "nur meine" for the reader's own groups and bodies; CSV export for Excel.
 */
@Route("vorschlaege")
@Menu(title = "menu.proposals", order = 10, icon = "vaadin:lightbulb")
@PermitAll
public class ProposalsView extends Main implements HasDynamicTitle {

    private final ProposalService proposals;
    private final Grid<ProposalListItem> grid = new Grid<>(ProposalListItem.class, false);
    private final TextField search = new TextField();
    private final Select<ProposalStatus> status = new Select<>();
    private final ComboBox<BodyReference> body = new ComboBox<>();
    private final IntegerField year = new IntegerField();
    private final ComboBox<AreaNode> area = new ComboBox<>();
    private final Checkbox mine = new Checkbox();
    private final String titleKey;
    /** The grid's current order, so that the CSV export has the same order as the screen. */
    private volatile Sort sort = Sort.unsorted();

    public ProposalsView(ProposalService proposals) {
        this(proposals, "proposals.title", false);
    }

    /** @param onlyMine start with "nur meine Gremien" ticked (the "Meine Vorschläge" page) */
    protected ProposalsView(ProposalService proposals, String titleKey, boolean onlyMine) {
        this.titleKey = titleKey;
        mine.setValue(onlyMine);
        this.proposals = proposals;
        Button draft = new Button(getTranslation("proposals.create"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ProposalEditorView.class)));
        draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        draft.setVisible(!proposals.draftableGroups().isEmpty());
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> csv()), AttachmentType.DOWNLOAD,
                getTranslation("proposals.export"));

        search.setLabel(getTranslation("filter.search"));
        search.setPlaceholder(getTranslation("proposals.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        status.setLabel(getTranslation("proposal.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.all"));
        status.setItems(Arrays.asList(ProposalStatus.values()));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("filter.all") : getTranslation("proposalStatus." + s.name()));
        body.setLabel(getTranslation("proposals.filter.body"));
        body.setItems(Stream.concat(proposals.targetBodies().stream(), proposals.focusGroups().stream()).toList());
        body.setItemLabelGenerator(BodyReference::name);
        body.setClearButtonVisible(true);
        area.setLabel(getTranslation("proposal.area"));
        area.setItems(proposals.areaOptions());
        area.setItemLabelGenerator(AreaNode::name);
        area.setClearButtonVisible(true);
        area.addValueChangeListener(e -> refresh());
        year.setLabel(getTranslation("proposals.filter.year"));
        year.setClearButtonVisible(true);
        year.setMin(2000);
        year.setMax(2100);
        mine.setLabel(getTranslation("proposals.filter.mine"));
        search.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        body.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        mine.addValueChangeListener(e -> refresh());

        grid.addClassName("list-grid");
        grid.setAriaLabel(getTranslation(titleKey));
        // sortable columns name a property of ProposalListItem; ProposalQueries maps it to a column (whitelist)
        grid.addColumn(p -> p.referenceNumber() == null ? getTranslation("proposals.noNumber") : p.referenceNumber())
                .setHeader(getTranslation("proposal.referenceNumber")).setAutoWidth(true)
                .setSortProperty("referenceNumber").setSortable(true);
        grid.addColumn(ProposalListItem::title).setHeader(getTranslation("proposal.title")).setFlexGrow(1)
                .setSortProperty("title").setSortable(true);
        // names come from the bodies module per page: not sortable in SQL
        grid.addColumn(ProposalListItem::originGroupName).setHeader(getTranslation("proposal.originGroup")).setAutoWidth(true)
                .setSortable(false);
        grid.addColumn(ProposalListItem::targetBodyName).setHeader(getTranslation("proposal.targetBody")).setAutoWidth(true)
                .setSortable(false);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("proposal.status")).setAutoWidth(true)
                .setSortProperty("status").setSortable(true);
        grid.addColumn(p -> Formats.money(p.requestedAmount())).setHeader(getTranslation("proposal.requestedAmount"))
                .setAutoWidth(true).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setSortProperty("requestedAmount").setSortable(true);
        Grid.Column<ProposalListItem> lastChange = grid.addColumn(p -> Formats.dateTime(p.updatedAt()))
                .setHeader(getTranslation("proposals.lastChange")).setAutoWidth(true)
                .setSortProperty("updatedAt").setSortable(true);
        grid.setMultiSort(false);
        grid.setItems(query -> {
                    PageRequest page = VaadinSpringDataHelpers.toSpringPageRequest(query);
                    sort = page.getSort();
                    return proposals.list(filter(), page).stream();
                }, query -> proposals.count(filter()));
        grid.sort(List.of(new GridSortOrder<>(lastChange, SortDirection.DESCENDING)));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.setEmptyStateText(getTranslation("proposals.empty"));

        HorizontalLayout filters = new HorizontalLayout(search, status, body, area, year, mine);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        Div content = new Div(filters, grid);
        content.addClassName("view-content");
        add(new ViewHeader(getTranslation(titleKey), export, draft), content);
    }

    private void open(ProposalListItem item) {
        getUI().ifPresent(ui -> ui.navigate(ProposalView.class, ProposalView.parameters(item.id())));
    }

    private Span statusBadge(ProposalListItem item) {
        Span badge = new Span(getTranslation("proposalStatus." + item.status().name()));
        badge.getElement().getThemeList().add(item.status().isFinal() ? "badge contrast" : "badge");
        return badge;
    }

    private DownloadResponse csv() {
        List<List<String>> rows = proposals.listAll(filter(), sort).stream().map(p -> List.of(
                p.referenceNumber() == null ? "" : p.referenceNumber(), p.title(), p.originGroupName(), p.targetBodyName(),
                getTranslation("proposalStatus." + p.status().name()), Csv.number(p.requestedAmount()),
                Formats.dateTime(p.updatedAt()))).toList();
        byte[] bytes = Csv.write(List.of(getTranslation("proposal.referenceNumber"), getTranslation("proposal.title"),
                getTranslation("proposal.originGroup"), getTranslation("proposal.targetBody"), getTranslation("proposal.status"),
                getTranslation("proposal.requestedAmount"), getTranslation("proposals.lastChange")), rows);
        return new DownloadResponse(new ByteArrayInputStream(bytes), "vorschlaege.csv", "text/csv; charset=UTF-8", bytes.length);
    }

    private ProposalFilter filter() {
        return new ProposalFilter(search.getValue(), status.getValue(), body.getValue() == null ? null : body.getValue().id(),
                area.getValue() == null ? null : area.getValue().id(), year.getValue(), mine.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " – " + getTranslation("app.name");
    }
}
