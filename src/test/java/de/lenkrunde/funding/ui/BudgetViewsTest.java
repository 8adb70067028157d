package de.lenkrunde.funding.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkrunde.KaribuTest;
import de.lenkrunde.TestData;
import de.lenkrunde.funding.BudgetLineItem;
import de.lenkrunde.funding.BudgetOverview;
import de.lenkrunde.funding.FundingDecisionData;
import de.lenkrunde.funding.FundingFixtures;
import de.lenkrunde.funding.FundingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;

import static com.github.mvysny.kaributesting.v10.GridKt.*;
import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** Budget lines as finance manages them, and the overview with its chart and sums. */
class BudgetViewsTest extends KaribuTest {

    @Autowired
    private FundingFixtures fixtures;
    @Autowired
    private FundingService funding;

    @Test
    void finance_creates_a_line_and_a_taken_code_is_refused_at_its_field() {
        fixtures.cast();
        fixtures.line("SRF-01", "1000.00", null);
        login("kaemmerei");
        UI.getCurrent().navigate(BudgetLinesView.class);
        _click(_get(Button.class, spec -> spec.withId("budget-line-create")));
        _setValue(_get(TextField.class, spec -> spec.withId("budget-line-code")), "SRF-01");
        _setValue(_get(TextField.class, spec -> spec.withId("budget-line-name")), "Zweiter Fonds");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("budget-line-total")), new BigDecimal("5000.00"));
        _click(_get(Button.class, spec -> spec.withId("budget-line-save")));
        TextField code = _get(TextField.class, spec -> spec.withId("budget-line-code"));
        assertThat(code.isInvalid()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("budget-line-name")).getValue()).isEqualTo("Zweiter Fonds");

        _setValue(code, "SRF-02");
        _click(_get(Button.class, spec -> spec.withId("budget-line-save")));
        expectNotifications("Haushaltsstelle gespeichert.");
        @SuppressWarnings("unchecked")
        Grid<BudgetLineItem> grid = _get(Grid.class);
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_get(grid, 1).code()).isEqualTo("SRF-02");
    }

    @Test
    void the_overview_shows_the_sums_and_a_named_chart() {
        TestData.World world = fixtures.cast();
        long line = fixtures.line("SRF-01", "10000.00", null);
        long request = fixtures.requested(world, "Bolzplatz", "1234.56");
        testData.as("kaemmerei", () -> funding.decide(request, funding.get(request).version(),
                FundingDecisionData.approve(new BigDecimal("1234.56"), line)));
        login("koordination");
        UI.getCurrent().navigate(BudgetOverviewView.class);

        @SuppressWarnings("unchecked")
        Grid<BudgetOverview.Line> lines = _get(Grid.class, spec -> spec.withId("budget-lines-table"));
        assertThat(_get(lines, 0).figures().committed()).isEqualByComparingTo("1234.56");
        assertThat(lines.getColumns().get(2).getFooterText()).startsWith("1.234,56");
        assertThat(lines.getColumns().get(4).getFooterText()).startsWith("8.765,44");
        Html chart = _find(Html.class).get(0);
        assertThat(chart.getInnerHtml()).contains("role=\"img\"").contains("aria-label=\"Mittel je Haushaltsstelle");
    }
}
