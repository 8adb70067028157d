package de.lenkrunde.minutes;

import de.lenkrunde.base.validation.BusinessRuleException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The minutes' life cycle as the aggregate enforces it. */
class MinutesTest {

    private static final Instant NOW = Instant.parse("2026-06-18T19:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 18);
    private static final LocalDate REVIEW = TODAY.plusDays(14);

    private static Minutes draft() {
        return Minutes.draft(new Minutes.Header(1, 2, "Lenkrunde", "1. Sitzung", NOW, "Ratssaal", NOW, NOW, "Vorsitz", "Protokoll"), NOW);
    }

    @Test
    void both_signatures_release_the_minutes_with_the_review_deadline() {
        Minutes m = draft();
        assertThat(m.sign(SignerRole.MINUTE_TAKER, 10, "Protokoll", NOW, REVIEW)).isFalse();
        assertThat(m.status()).isEqualTo(MinutesStatus.DRAFT);
        assertThat(m.sign(SignerRole.CHAIR, 11, "Vorsitz", NOW, REVIEW)).isTrue();
        assertThat(m.status()).isEqualTo(MinutesStatus.RELEASED);
        assertThat(m.reviewUntil()).isEqualTo(REVIEW);
    }

    @Test
    void signing_twice_is_refused_and_one_person_cannot_sign_both_roles() {
        Minutes m = draft();
        m.sign(SignerRole.MINUTE_TAKER, 10, "Protokoll", NOW, REVIEW);
        assertThatThrownBy(() -> m.sign(SignerRole.MINUTE_TAKER, 12, "Jemand", NOW, REVIEW))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("minutes.rule.alreadySigned");
                    assertThat(e.arguments()).containsExactly("Protokoll");
                });
        assertThatThrownBy(() -> m.sign(SignerRole.CHAIR, 10, "Protokoll", NOW, REVIEW))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("minutes.rule.twoSigners"));
    }

    @Test
    void a_change_after_release_voids_both_signatures_and_approval_waits_for_new_ones() {
        Minutes m = released();
        assertThat(m.textChanged(NOW.plusSeconds(60))).isTrue();
        assertThat(m.signed()).isFalse();
        assertThat(m.status()).as("the review goes on").isEqualTo(MinutesStatus.RELEASED);
        assertThat(m.signaturesVoidedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThatThrownBy(() -> m.approve(ApprovalMethod.MEETING, "Beschluss", 1L, NOW))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("minutes.rule.unsigned"));
        m.sign(SignerRole.MINUTE_TAKER, 10, "Protokoll", NOW, REVIEW.plusDays(1));
        m.sign(SignerRole.CHAIR, 11, "Vorsitz", NOW, REVIEW.plusDays(1));
        m.approve(ApprovalMethod.MEETING, "Beschluss", 1L, NOW);
        assertThat(m.status()).isEqualTo(MinutesStatus.APPROVED);
    }

    @Test
    void comments_are_taken_until_the_deadline_inclusive() {
        Minutes draft = draft();
        assertThatThrownBy(() -> draft.requireReviewOpen(TODAY)).isInstanceOf(BusinessRuleException.class);
        Minutes m = released();
        m.requireReviewOpen(REVIEW);
        assertThatThrownBy(() -> m.requireReviewOpen(REVIEW.plusDays(1)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("minutes.rule.reviewClosed"));
    }

    @Test
    void an_approval_by_decision_can_be_withdrawn_but_not_one_by_circulation_nor_once_a_correction_edition_exists() {
        Minutes m = released();
        m.approve(ApprovalMethod.MEETING, "Beschluss LR-NOR-2026/004", 7L, NOW);
        m.approvalDecisionCorrected(8L, "Beschluss LR-NOR-2026/004 (berichtigt)");
        assertThat(m.approvalDecisionId()).isEqualTo(8L);
        m.withdrawApproval();
        assertThat(m.status()).isEqualTo(MinutesStatus.RELEASED);
        assertThat(m.approval()).isNull();
        assertThat(m.approvedHow()).isNull();
        assertThat(m.signed()).as("the text did not change: the signatures stand").isTrue();

        Minutes byCirculation = released();
        byCirculation.approve(ApprovalMethod.CIRCULATION, "Umlauf", null, NOW);
        assertThatThrownBy(byCirculation::withdrawApproval)
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("minutes.rule.notApprovedByDecision"));

        Minutes corrected = released();
        corrected.approve(ApprovalMethod.MEETING, "Beschluss", 7L, NOW);
        corrected.correction("Tippfehler", NOW);
        corrected.supersededBy(99L);
        assertThatThrownBy(corrected::withdrawApproval)
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("minutes.rule.alreadyCorrected"));
    }

    @Test
    void approved_minutes_are_locked_and_corrected_by_a_new_edition() {
        Minutes m = released();
        assertThatThrownBy(() -> draft().correction("x", NOW)).isInstanceOf(BusinessRuleException.class);
        m.approve(ApprovalMethod.CIRCULATION, "Umlauf", null, NOW);
        assertThatThrownBy(() -> m.textChanged(NOW))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("minutes.rule.approved"));
        assertThatThrownBy(() -> m.sign(SignerRole.CHAIR, 11, "Vorsitz", NOW, REVIEW)).isInstanceOf(BusinessRuleException.class);
        Minutes next = m.correction("Tippfehler", NOW);
        assertThat(next.edition()).isEqualTo(2);
        assertThat(next.status()).isEqualTo(MinutesStatus.DRAFT);
        assertThat(next.correctionReason()).isEqualTo("Tippfehler");
        assertThat(next.header()).isEqualTo(m.header());
    }

    @Test
    void a_change_stops_a_running_circulation_and_the_deadline_closes_it() {
        Minutes m = released();
        assertThatThrownBy(() -> m.startCirculation(TODAY, TODAY))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("minutes.rule.circulationDeadline"));
        m.startCirculation(TODAY.plusDays(7), TODAY);
        m.requireCirculationOpen(TODAY.plusDays(7));
        assertThatThrownBy(() -> m.requireCirculationOpen(TODAY.plusDays(8))).isInstanceOf(BusinessRuleException.class);
        m.textChanged(NOW);
        assertThat(m.circulationState()).isEqualTo(CirculationState.STOPPED);
    }

    private static Minutes released() {
        Minutes m = draft();
        m.sign(SignerRole.MINUTE_TAKER, 10, "Protokoll", NOW, REVIEW);
        m.sign(SignerRole.CHAIR, 11, "Vorsitz", NOW, REVIEW);
        return m;
    }
}
