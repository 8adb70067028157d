package de.lenkrunde.funding;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Finance's decision on a request as the dialog enters it. {@code amount} is the amount to approve (ignored for a
 * refusal; for a full approval it must equal the requested amount), {@code budgetLineId} the line it is paid from
 * (required to approve), {@code conditions} the optional Auflagen, {@code periodFrom}/{@code periodTo} the
 * implementation period.
 */
public record FundingDecisionData(
        @NotNull(message = "validation.required") FundingVerdict verdict,
        BigDecimal amount,
        Long budgetLineId,
        @Size(max = 2000, message = "validation.maxLength") String reason,
        @Size(max = 2000, message = "validation.maxLength") String conditions,
        LocalDate periodFrom,
        LocalDate periodTo) {

    public FundingDecisionData {
        reason = blankToNull(reason);
        conditions = blankToNull(conditions);
    }

    public static FundingDecisionData approve(BigDecimal amount, long budgetLineId) {
        return new FundingDecisionData(FundingVerdict.APPROVE, amount, budgetLineId, null, null, null, null);
    }

    public static FundingDecisionData approvePartly(BigDecimal amount, long budgetLineId, String reason) {
        return new FundingDecisionData(FundingVerdict.APPROVE_PARTLY, amount, budgetLineId, reason, null, null, null);
    }

    public static FundingDecisionData refuse(String reason) {
        return new FundingDecisionData(FundingVerdict.REFUSE, null, null, reason, null, null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
