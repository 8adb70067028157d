package de.lenkrunde.funding.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import de.lenkrunde.KaribuTest;
import de.lenkrunde.TestData;
import de.lenkrunde.funding.FundingFixtures;
import de.lenkrunde.funding.FundingQueueItem;
import de.lenkrunde.funding.FundingStatus;
import de.lenkrunde.funding.FundingVerdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static com.github.mvysny.kaributesting.v10.GridKt.*;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** The finance queue as finance clicks through it: approve, partly, refuse, and four-eyes with a second person. */
class FinanceQueueViewTest extends KaribuTest {

    @Autowired
    private FundingFixtures fixtures;

    private TestData.World world;

    @BeforeEach
    void world() {
        world = fixtures.cast();
        fixtures.line("SRF-01", "20000.00", null);
    }

    @Test
    void finance_approves_in_full_and_the_request_leaves_the_queue() {
        long request = fixtures.requested(world, "Bolzplatz", "3000.00");
        login("kaemmerei");
        openQueue();
        List<FundingQueueItem> queue = items(queueGrid());
        assertThat(queue).extracting(FundingQueueItem::id).containsExactly(request);
        assertThat(queue.get(0).lineAvailable()).isEqualByComparingTo("20000.00");

        openRequest(0);
        assertThat(_get(ComboBox.class, spec -> spec.withId("funding-line")).getValue()).as("proposed line").isNotNull();
        _click(_get(Button.class, spec -> spec.withId("funding-decide")));

        expectNotifications("Entscheidung gespeichert.");
        assertThat(status(request)).isEqualTo("APPROVED");
        assertThat(items(queueGrid())).isEmpty();
    }

    @Test
    void partly_needs_a_reason_at_its_field_and_keeps_the_amount_typed() {
        long request = fixtures.requested(world, "Bank", "3000.00");
        login("kaemmerei");
        openQueue();
        openRequest(0);
        verdict().setValue(FundingVerdict.APPROVE_PARTLY);
        BigDecimalField amount = _get(BigDecimalField.class, spec -> spec.withId("funding-amount"));
        _setValue(amount, new BigDecimal("3500.00"));
        _click(_get(Button.class, spec -> spec.withId("funding-decide")));
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).contains("3.000,00");
        assertThat(reason().isInvalid()).isTrue();
        assertThat(amount.getValue()).as("nothing typed is lost").isEqualByComparingTo("3500.00");

        _setValue(amount, new BigDecimal("2000.00"));
        _setValue(reason(), "Eigenleistung der Gruppe");
        _click(_get(Button.class, spec -> spec.withId("funding-decide")));

        expectNotifications("Entscheidung gespeichert.");
        assertThat(status(request)).isEqualTo("PARTIALLY_APPROVED");
    }

    @Test
    void refusing_needs_a_reason() {
        long request = fixtures.requested(world, "Zirkus", "900.00");
        login("kaemmerei");
        openQueue();
        openRequest(0);
        verdict().setValue(FundingVerdict.REFUSE);
        _click(_get(Button.class, spec -> spec.withId("funding-decide")));
        assertThat(reason().isInvalid()).isTrue();
        assertThat(status(request)).isEqualTo("REQUESTED");
        _setValue(reason(), "Kein passendes Programm");
        _click(_get(Button.class, spec -> spec.withId("funding-decide")));
        expectNotifications("Entscheidung gespeichert.");
        assertThat(status(request)).isEqualTo("REJECTED");
    }

    @Test
    void above_the_threshold_a_second_finance_person_confirms() {
        long request = fixtures.requested(world, "Jugendtreff", "8000.00");
        login("kaemmerei");
        openQueue();
        openRequest(0);
        _click(_get(Button.class, spec -> spec.withId("funding-decide")));
        expectNotifications("Gespeichert – wartet auf die zweite Freigabe.");
        assertThat(status(request)).isEqualTo("AWAITING_SECOND_APPROVAL");
        _assertNone(Button.class, spec -> spec.withId("funding-confirm"));
        assertThat(items(queueGrid())).extracting(FundingQueueItem::status).containsExactly(FundingStatus.AWAITING_SECOND_APPROVAL);

        newBrowserSession();
        login("finanzen");
        openQueue();
        openRequest(0);
        _click(_get(Button.class, spec -> spec.withId("funding-confirm")));

        expectNotifications("Bestätigt: Mittel bewilligt.");
        assertThat(status(request)).isEqualTo("APPROVED");
        assertThat(items(queueGrid())).isEmpty();
    }

    @Test
    void a_chair_sees_the_requests_of_the_body_read_only() {
        fixtures.requested(world, "Kiosk", "500.00");
        login("vorsitz");
        openQueue();
        assertThat(items(queueGrid())).hasSize(1);
        openRequest(0);
        _assertNone(Button.class, spec -> spec.withId("funding-decide"));
    }

    private void openQueue() {
        UI.getCurrent().navigate(FinanceQueueView.class);
    }

    private void openRequest(int row) {
        _doubleClickItem(queueGrid(), row);
    }

    @SuppressWarnings("unchecked")
    private Grid<FundingQueueItem> queueGrid() {
        return _get(Grid.class, spec -> spec.withId("funding-queue"));
    }

    private static List<FundingQueueItem> items(Grid<FundingQueueItem> grid) {
        return java.util.stream.IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i)).toList();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<FundingVerdict> verdict() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("funding-verdict"));
    }

    private TextArea reason() {
        return _get(TextArea.class, spec -> spec.withId("funding-reason"));
    }

    private String status(long request) {
        return jdbc.queryForObject("SELECT status FROM funding_request WHERE id = ?", String.class, request);
    }
}
