package de.lenkrunde.funding;

import de.lenkrunde.IntegrationTest;
import de.lenkrunde.TestData;
import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.RecordNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Role × action (DESIGN.md §5): only FINANCE decides, confirms, returns and pays; finance and admins manage lines;
 * coordinators (own areas) and the body's chair see their bodies' requests; members and others see none.
 */
class FundingPermissionsTest extends IntegrationTest {

    private static final List<String> EVERYONE = List.of("kaemmerei", "admin", "koordination", "koordsued", "vorsitz", "jugend", "mitglied", "gast");

    @Autowired
    private FundingService funding;
    @Autowired
    private BudgetService budget;
    @Autowired
    private FundingFixtures fixtures;

    private TestData.World world;
    private long line;
    private long request;

    @BeforeEach
    void world() {
        world = fixtures.cast();
        line = fixtures.line("SRF-01", "50000.00", null);
        request = fixtures.requested(world, "Bolzplatz", "1000.00");
    }

    @Test
    void only_finance_decides() {
        assertOnly(List.of("kaemmerei"), login -> funding.decide(request, version(), FundingDecisionData.refuse("nein")));
    }

    @Test
    void only_finance_records_payments() {
        testData.as("kaemmerei", () -> funding.decide(request, version(), FundingDecisionData.approve(new BigDecimal("1000.00"), line)));
        assertOnly(List.of("kaemmerei"), login -> funding.recordPayment(request, version(),
                new PaymentData(LocalDate.now(), new BigDecimal("1.00"), null)));
    }

    @Test
    void only_a_second_finance_person_confirms_or_returns() {
        long big = fixtures.requested(world, "Jugendtreff", "8000.00");
        testData.as("kaemmerei", () -> funding.decide(big, versionOf(big), FundingDecisionData.approve(new BigDecimal("8000.00"), line)));
        for (String login : EVERYONE) {
            Class<? extends Throwable> expected = login.equals("kaemmerei") ? BusinessRuleException.class : Exception.class;
            testData.as(login, () -> {
                assertThatThrownBy(() -> funding.confirm(big, versionOf(big))).as(login).isInstanceOf(expected)
                        .isInstanceOfAny(AccessDeniedException.class, RecordNotFoundException.class, BusinessRuleException.class);
                assertThatThrownBy(() -> funding.returnToQueue(big, versionOf(big), "nein")).as(login)
                        .isInstanceOfAny(AccessDeniedException.class, RecordNotFoundException.class, BusinessRuleException.class);
            });
        }
        testData.as("finanzen", () -> funding.confirm(big, versionOf(big)));
        assertThat(jdbc.queryForObject("SELECT status FROM funding_request WHERE id = ?", String.class, big)).isEqualTo("APPROVED");
    }

    @Test
    void finance_and_admins_manage_lines_coordinators_read_the_overview_others_neither() {
        assertOnly(List.of("kaemmerei", "admin"), login -> budget.create(new de.lenkrunde.funding.BudgetLineData("X-" + login,
                "Fonds", Year.now().getValue(), new BigDecimal("10.00"), null)));
        assertOnly(List.of("kaemmerei", "admin", "koordination", "koordsued"), login -> budget.overview(Year.now().getValue()));
    }

    @Test
    void finance_and_admins_see_all_requests_coordinators_and_chairs_their_bodies_members_none() {
        for (String login : EVERYONE) {
            int visible = testData.as(login, () -> funding.count(FundingFilter.all()));
            boolean sees = List.of("kaemmerei", "admin", "koordination", "vorsitz").contains(login);
            assertThat(visible).as(login).isEqualTo(sees ? 1 : 0);
            testData.as(login, () -> {
                if (sees) {
                    assertThat(funding.get(request).summary().decisionText()).as(login).isNotBlank();
                    assertThat(funding.queue(FundingFilter.queue(), PageRequest.of(0, 5))).as(login).hasSize(1);
                } else {
                    assertThatThrownBy(() -> funding.get(request)).as(login).isInstanceOf(RecordNotFoundException.class);
                }
            });
        }
        assertThat(testData.as("vorsitz", () -> funding.get(request).actions())).isEmpty();
    }

    @Test
    void nobody_signed_in_can_call_anything() {
        assertThatThrownBy(() -> funding.count(FundingFilter.all())).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> budget.overview(2026)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private long version() {
        return versionOf(request);
    }

    private long versionOf(long requestId) {
        return jdbc.queryForObject("SELECT version FROM funding_request WHERE id = ?", Long.class, requestId);
    }

    /** Every login of {@link #EVERYONE} tries; only {@code allowed} succeed, everyone else is refused. */
    private void assertOnly(List<String> allowed, Consumer<String> action) {
        for (String login : EVERYONE) {
            if (allowed.contains(login)) {
                continue;
            }
            testData.as(login, () -> assertThatThrownBy(() -> action.accept(login)).as(login)
                    .isInstanceOfAny(AccessDeniedException.class, RecordNotFoundException.class));
        }
        for (String login : allowed) {
            testData.as(login, () -> action.accept(login));
        }
    }
}
