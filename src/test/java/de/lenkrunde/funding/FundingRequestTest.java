package de.lenkrunde.funding;

import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The money rules of a request, without a database. */
class FundingRequestTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final BigDecimal THRESHOLD = new BigDecimal("5000.00");
    private static final FundingRequest.Actor ANNA = new FundingRequest.Actor(1, "Anna");
    private static final FundingRequest.Actor BERND = new FundingRequest.Actor(2, "Bernd");

    private static FundingRequest request(String amount) {
        return new FundingRequest(new FundingRequest.Opening(1, "V-2026-0001 Bolzplatz", 2, "FG", 3, null, null, "SELF_HELP",
                4L, "LR/1", "Text", "COUNTED", 5, 0, 1, new BigDecimal(amount), null, null, null, "System"), NOW);
    }

    private static FundingRequest.LineView line(String available) {
        return new FundingRequest.LineView(9, "SRF Fonds", new BigDecimal(available), false, true);
    }

    private static String key(InvalidInputException e) {
        return e.errors().stream().map(FieldError::messageKey).findFirst().orElseThrow();
    }

    @Test
    void a_full_approval_within_the_threshold_commits_the_requested_amount_at_once() {
        FundingRequest request = request("3000.00");
        BigDecimal commit = request.decide(FundingDecisionData.approve(null, 9), line("3000.00"), ANNA, THRESHOLD, NOW);
        assertThat(commit).isEqualByComparingTo("3000.00");
        assertThat(request.status()).isEqualTo(FundingStatus.APPROVED);
        assertThat(request.committedAmount()).isEqualByComparingTo("3000.00");
    }

    @Test
    void the_threshold_itself_needs_no_second_person_one_cent_more_does() {
        FundingRequest atThreshold = request("5000.00");
        atThreshold.decide(FundingDecisionData.approve(null, 9), line("9000"), ANNA, THRESHOLD, NOW);
        assertThat(atThreshold.status()).isEqualTo(FundingStatus.APPROVED);
        FundingRequest above = request("5000.01");
        above.decide(FundingDecisionData.approve(null, 9), line("9000"), ANNA, THRESHOLD, NOW);
        assertThat(above.status()).isEqualTo(FundingStatus.AWAITING_SECOND_APPROVAL);
    }

    @Test
    void amounts_are_refused_with_their_numbers() {
        FundingRequest request = request("1000.00");
        assertThatThrownBy(() -> request.decide(FundingDecisionData.approvePartly(new BigDecimal("0.00"), 9, "x"), line("5000"), ANNA, THRESHOLD, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(key(e)).isEqualTo("funding.rule.positive"));
        assertThatThrownBy(() -> request.decide(FundingDecisionData.approvePartly(new BigDecimal("-1.00"), 9, "x"), line("5000"), ANNA, THRESHOLD, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(key(e)).isEqualTo("funding.rule.positive"));
        assertThatThrownBy(() -> request.decide(FundingDecisionData.approvePartly(new BigDecimal("0.001"), 9, "x"), line("5000"), ANNA, THRESHOLD, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(key(e)).isEqualTo("funding.rule.positive"));
        assertThatThrownBy(() -> request.decide(FundingDecisionData.approvePartly(new BigDecimal("1000.00"), 9, "x"), line("5000"), ANNA, THRESHOLD, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(key(e)).isEqualTo("funding.rule.partlyBelowRequested"));
        assertThatThrownBy(() -> request.decide(FundingDecisionData.approve(new BigDecimal("900.00"), 9), line("5000"), ANNA, THRESHOLD, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(key(e)).isEqualTo("funding.rule.fullMeansRequested"));
        assertThatThrownBy(() -> request.decide(FundingDecisionData.approve(null, 9), line("999.99"), ANNA, THRESHOLD, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(key(e)).isEqualTo("funding.rule.moreThanAvailable");
                    assertThat(e.errors().get(0).arguments().get("max").toString()).startsWith("999,99");
                });
        assertThatThrownBy(() -> request.decide(new FundingDecisionData(FundingVerdict.APPROVE, null, 9L, null, null,
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 1)), line("5000"), ANNA, THRESHOLD, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(key(e)).isEqualTo("funding.rule.periodEndBeforeStart"));
        assertThat(request.status()).as("nothing changed").isEqualTo(FundingStatus.REQUESTED);
        assertThat(request.committedAmount()).isEqualByComparingTo("0");
    }

    @Test
    void the_first_approver_can_neither_confirm_nor_return_their_own_decision() {
        FundingRequest request = request("8000.00");
        request.decide(FundingDecisionData.approve(null, 9), line("9000"), ANNA, THRESHOLD, NOW);
        assertThatThrownBy(() -> request.confirm(ANNA, NOW)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("funding.rule.ownDecision"));
        assertThatThrownBy(() -> request.returnToQueue(ANNA, "nein", NOW)).isInstanceOf(BusinessRuleException.class);
        request.confirm(BERND, NOW);
        assertThat(request.status()).isEqualTo(FundingStatus.APPROVED);
        assertThat(request.decidedByName()).isEqualTo("Bernd");
        assertThatThrownBy(() -> request.confirm(BERND, NOW)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void returning_releases_the_held_money_and_deciding_again_is_possible() {
        FundingRequest request = request("8000.00");
        request.decide(FundingDecisionData.approve(null, 9), line("9000"), ANNA, THRESHOLD, NOW);
        assertThat(request.returnToQueue(BERND, "zu hoch", NOW)).isEqualByComparingTo("8000.00");
        assertThat(request.status()).isEqualTo(FundingStatus.REQUESTED);
        assertThat(request.committedAmount()).isEqualByComparingTo("0");
        request.decide(FundingDecisionData.refuse("kein Geld"), null, ANNA, THRESHOLD, NOW);
        assertThat(request.status()).isEqualTo(FundingStatus.REJECTED);
    }

    @Test
    void payments_stay_within_the_approval_and_settlement_keeps_what_was_spent() {
        FundingRequest request = request("3000.00");
        request.decide(FundingDecisionData.approve(null, 9), line("9000"), ANNA, THRESHOLD, NOW);
        request.recordPayment(new BigDecimal("2000.00"), NOW);
        assertThatThrownBy(() -> request.recordPayment(new BigDecimal("1000.01"), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(key(e)).isEqualTo("funding.rule.payMoreThanApproved"));
        assertThatThrownBy(() -> request.recordPayment(BigDecimal.ZERO, NOW)).isInstanceOf(InvalidInputException.class);
        // actual cost below what was paid: the paid money stays committed
        assertThat(request.settle(new BigDecimal("1500.00"), NOW)).isEqualByComparingTo("1000.00");
        assertThat(request.committedAmount()).isEqualByComparingTo("2000.00");
        assertThat(request.settle(new BigDecimal("1500.00"), NOW)).as("settles once").isEqualByComparingTo("0");
    }

    @Test
    void settlement_above_the_approval_keeps_the_approval_and_discontinuation_keeps_what_was_paid() {
        FundingRequest over = request("3000.00");
        over.decide(FundingDecisionData.approve(null, 9), line("9000"), ANNA, THRESHOLD, NOW);
        assertThat(over.settle(new BigDecimal("3500.00"), NOW)).isEqualByComparingTo("0");
        FundingRequest stopped = request("3000.00");
        stopped.decide(FundingDecisionData.approve(null, 9), line("9000"), ANNA, THRESHOLD, NOW);
        stopped.recordPayment(new BigDecimal("500.00"), NOW);
        assertThat(stopped.settle(null, NOW)).isEqualByComparingTo("2500.00");
    }

    @Test
    void cancelling_releases_what_is_held_but_not_paid() {
        FundingRequest request = request("3000.00");
        request.decide(FundingDecisionData.approve(null, 9), line("9000"), ANNA, THRESHOLD, NOW);
        request.recordPayment(new BigDecimal("100.00"), NOW);
        assertThat(request.cancel("berichtigt", NOW)).isEqualByComparingTo("2900.00");
        assertThat(request.status()).isEqualTo(FundingStatus.CANCELLED);
        assertThatThrownBy(() -> request.cancel("nochmal", NOW)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void a_request_needs_a_positive_amount() {
        assertThatThrownBy(() -> request("0.00")).isInstanceOf(BusinessRuleException.class);
    }
}
