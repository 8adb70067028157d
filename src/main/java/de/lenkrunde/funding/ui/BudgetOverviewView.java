package de.lenkrunde.funding.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.lenkrunde.base.format.Csv;
import de.lenkrunde.base.ui.EmptyState;
import de.lenkrunde.base.ui.ViewHeader;
import de.lenkrunde.funding.BudgetOverview;
import de.lenkrunde.funding.BudgetService;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * "Haushaltsübersicht": per budget year and line total, committed, paid and available, the proposals each line
 * funds, and where the money went per Planregion and per Hinte principle — as tables and as server-drawn bar charts
 * with text alternatives. The CSV opens in German Excel as it is.
 */
@Route("finanzen/haushalt")
@Menu(title = "funding.menu.overview", order = 51, icon = "vaadin:chart-3d")
@RolesAllowed({"ADMIN", "FINANCE", "COORDINATOR"})
public class BudgetOverviewView extends Main implements HasDynamicTitle {

    private final BudgetService budget;
    private final Select<Integer> year = new Select<>();
    private final Div content = new Div();
    private BudgetOverview overview;

    public BudgetOverviewView(BudgetService budget) {
        this.budget = budget;
        year.setLabel(getTranslation("funding.overview.year"));
        year.setItems(budget.years());
        year.setValue(de.lenkrunde.base.format.Formats.today().getYear());
        year.setId("budget-year");
        year.addValueChangeListener(e -> render());
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> csv()), getTranslation("funding.overview.export"));
        export.getElement().setAttribute("download", true);
        export.setId("budget-export");
        ViewHeader header = new ViewHeader(getTranslation("funding.overview.title"),
                new RouterLink(getTranslation("menu.funding"), FinanceQueueView.class), export);
        Div page = new Div(year, content);
        page.addClassName("view-content");
        add(header, page);
        render();
    }

    private void render() {
        overview = budget.overview(year.getValue());
        content.removeAll();
        if (overview.lines().isEmpty()) {
            content.add(new EmptyState(getTranslation("funding.overview.empty", String.valueOf(overview.year()))));
            return;
        }
        content.add(new H2(getTranslation("funding.overview.lines")));
        List<BudgetChart.Bar> bars = overview.lines().stream().map(l -> new BudgetChart.Bar(l.code() + " " + l.name(),
                List.of(l.figures().paid(), l.figures().committed().subtract(l.figures().paid()), l.figures().available()),
                getTranslation("funding.overview.chartLine", l.code() + " " + l.name(), money(l.figures().total()),
                        money(l.figures().paid()), money(l.figures().committed()), money(l.figures().available())))).toList();
        content.add(BudgetChart.draw(getTranslation("funding.overview.chart", String.valueOf(overview.year())), bars,
                List.of(getTranslation("funding.overview.paid"), getTranslation("funding.overview.committed"),
                        getTranslation("funding.overview.available"))));
        content.add(linesTable());
        content.add(new H2(getTranslation("funding.overview.funded")));
        content.add(fundedTable());
        content.add(new H2(getTranslation("funding.overview.byRegion")));
        content.add(shareChart(overview.byRegion(), true), shareTable(overview.byRegion(), "funding.overview.region", true));
        content.add(new H2(getTranslation("funding.overview.byPrinciple")));
        Paragraph note = new Paragraph(getTranslation("funding.overview.byPrinciple.note"));
        note.addClassNames("text-s", "text-secondary");
        content.add(note, shareChart(overview.byPrinciple(), false), shareTable(overview.byPrinciple(), "funding.overview.principle", false));
    }

    /** The lines and, as the last row, their sum. */
    private Grid<BudgetOverview.Line> linesTable() {
        Grid<BudgetOverview.Line> grid = new Grid<>();
        grid.setId("budget-lines-table");
        grid.setAriaLabel(getTranslation("funding.overview.lines"));
        grid.setAllRowsVisible(true);
        grid.addColumn(l -> l.code() + " " + l.name() + (l.closed() ? " (" + getTranslation("funding.overview.closed") + ")" : ""))
                .setHeader(getTranslation("funding.overview.line")).setAutoWidth(true).setFlexGrow(2)
                .setFooter(getTranslation("funding.overview.sum"));
        money(grid, "funding.overview.total", l -> l.figures().total(), overview.totals().total());
        money(grid, "funding.overview.committed", l -> l.figures().committed(), overview.totals().committed());
        money(grid, "funding.overview.paid", l -> l.figures().paid(), overview.totals().paid());
        money(grid, "funding.overview.available", l -> l.figures().available(), overview.totals().available());
        grid.setItems(overview.lines());
        return grid;
    }

    private void money(Grid<BudgetOverview.Line> grid, String key, java.util.function.Function<BudgetOverview.Line, BigDecimal> figure,
                       BigDecimal total) {
        grid.addColumn(l -> money(figure.apply(l))).setHeader(getTranslation(key)).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFooter(money(total));
    }

    private Div fundedTable() {
        List<Row> rows = new ArrayList<>();
        overview.lines().forEach(l -> l.funded().forEach(f -> rows.add(new Row(l.code(), f))));
        if (rows.isEmpty()) {
            return new EmptyState(getTranslation("funding.overview.fundedEmpty"));
        }
        Grid<Row> grid = new Grid<>();
        grid.setAriaLabel(getTranslation("funding.overview.funded"));
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.funded().proposalLabel()).setHeader(getTranslation("funding.request.proposal")).setFlexGrow(2);
        grid.addColumn(Row::line).setHeader(getTranslation("funding.overview.line")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("funding.status." + r.funded().status().name())).setHeader(getTranslation("funding.request.status")).setAutoWidth(true);
        grid.addColumn(r -> money(r.funded().approved())).setHeader(getTranslation("funding.request.approved")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> money(r.funded().committed())).setHeader(getTranslation("funding.overview.committed")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> money(r.funded().paid())).setHeader(getTranslation("funding.overview.paid")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setItems(rows);
        return new Div(grid);
    }

    private record Row(String line, BudgetOverview.Funded funded) {
    }

    private com.vaadin.flow.component.Html shareChart(List<BudgetOverview.Share> shares, boolean regions) {
        List<BudgetChart.Bar> bars = shares.stream().map(s -> new BudgetChart.Bar(label(s, regions),
                List.of(s.paid(), s.committed().subtract(s.paid())),
                getTranslation("funding.overview.chartShare", label(s, regions), money(s.committed())))).toList();
        return BudgetChart.draw(getTranslation(regions ? "funding.overview.byRegion" : "funding.overview.byPrinciple"), bars,
                List.of(getTranslation("funding.overview.paid"), getTranslation("funding.overview.committed")));
    }

    private Grid<BudgetOverview.Share> shareTable(List<BudgetOverview.Share> shares, String labelKey, boolean regions) {
        Grid<BudgetOverview.Share> grid = new Grid<>();
        grid.setAriaLabel(getTranslation(regions ? "funding.overview.byRegion" : "funding.overview.byPrinciple"));
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> label(s, regions)).setHeader(getTranslation(labelKey)).setFlexGrow(2);
        grid.addColumn(BudgetOverview.Share::requests).setHeader(getTranslation("funding.overview.requests")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(s -> money(s.committed())).setHeader(getTranslation("funding.overview.committed")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(s -> money(s.paid())).setHeader(getTranslation("funding.overview.paid")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(shares);
        return grid;
    }

    private String label(BudgetOverview.Share share, boolean regions) {
        if (regions) {
            return share.label().isEmpty() ? getTranslation("funding.overview.noRegion") : share.label();
        }
        return getTranslation(share.label());
    }

    /** Lines with their figures and a sum row, then the funded proposals: one sheet, numbers Excel computes with. */
    private DownloadResponse csv() {
        BudgetOverview data = budget.overview(year.getValue());
        List<List<String>> rows = new ArrayList<>();
        for (BudgetOverview.Line l : data.lines()) {
            rows.add(List.of(String.valueOf(data.year()), l.code(), l.name(), "", Csv.number(l.figures().total()),
                    Csv.number(l.figures().committed()), Csv.number(l.figures().paid()), Csv.number(l.figures().available())));
        }
        rows.add(List.of(String.valueOf(data.year()), getTranslation("funding.overview.sum"), "", "", Csv.number(data.totals().total()),
                Csv.number(data.totals().committed()), Csv.number(data.totals().paid()), Csv.number(data.totals().available())));
        for (BudgetOverview.Line l : data.lines()) {
            for (BudgetOverview.Funded f : l.funded()) {
                rows.add(List.of(String.valueOf(data.year()), l.code(), l.name(), f.proposalLabel(), Csv.number(f.approved()),
                        Csv.number(f.committed()), Csv.number(f.paid()), ""));
            }
        }
        byte[] bytes = Csv.write(List.of(getTranslation("funding.overview.year"), getTranslation("funding.lines.code"),
                getTranslation("funding.lines.name"), getTranslation("funding.request.proposal"), getTranslation("funding.overview.total"),
                getTranslation("funding.overview.committed"), getTranslation("funding.overview.paid"),
                getTranslation("funding.overview.available")), rows);
        return new DownloadResponse(new ByteArrayInputStream(bytes), "haushalt-" + data.year() + ".csv", "text/csv; charset=UTF-8", bytes.length);
    }

    private static String money(BigDecimal amount) {
        return FundingTexts.money(amount);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("funding.overview.title") + " – " + getTranslation("app.name");
    }
}
