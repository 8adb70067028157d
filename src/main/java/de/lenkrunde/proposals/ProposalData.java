package de.lenkrunde.proposals;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The content of a proposal as its form edits it. A draft may be incomplete; what submitting needs
 * on top is checked by {@link Proposal#submit}.
 */
public record ProposalData(
        @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.maxLength") String title,
        @NotNull(message = "validation.required") Long originGroupId,
        Long contactPersonId,
        @NotNull(message = "validation.required") Long targetBodyId,
        Long areaId,
        @Size(max = 4000, message = "validation.maxLength") String occasion,
        @Size(max = 4000, message = "validation.maxLength") String goal,
        @Size(max = 4000, message = "validation.maxLength") String measures,
        @Size(max = 1000, message = "validation.maxLength") String targetGroup,
        LocalDate plannedFrom,
        LocalDate plannedTo,
        @NotNull(message = "validation.required") @DecimalMin(value = "0.00", message = "validation.money")
        @DecimalMax(value = "10000000.00", message = "validation.money") @Digits(integer = 8, fraction = 2, message = "validation.money")
        BigDecimal requestedAmount,
        @NotNull(message = "validation.required") @DecimalMin(value = "0.00", message = "validation.money")
        @DecimalMax(value = "10000000.00", message = "validation.money") @Digits(integer = 8, fraction = 2, message = "validation.money")
        BigDecimal ownContribution,
        @Size(max = 4000, message = "validation.maxLength") String decisionProposal,
        @NotNull @Valid List<CriterionData> criteria) {

    public ProposalData {
        title = title == null ? null : title.strip();
        occasion = blankToNull(occasion);
        goal = blankToNull(goal);
        measures = blankToNull(measures);
        targetGroup = blankToNull(targetGroup);
        decisionProposal = blankToNull(decisionProposal);
        criteria = complete(criteria);
    }

    /** An empty draft of a focus group for a target body: nothing requested, no criterion addressed yet. */
    public static ProposalData empty(Long originGroupId, Long targetBodyId) {
        return new ProposalData("", originGroupId, null, targetBodyId, null, null, null, null, null, null, null,
                BigDecimal.ZERO, BigDecimal.ZERO, null, List.of());
    }

    /** Every principle exactly once, in the order of the enum; missing ones as "not addressed". */
    private static List<CriterionData> complete(List<CriterionData> given) {
        List<CriterionData> all = new ArrayList<>();
        for (HintePrinciple principle : HintePrinciple.values()) {
            all.add((given == null ? List.<CriterionData>of() : given).stream()
                    .filter(c -> c != null && c.principle() == principle).findFirst()
                    .orElse(new CriterionData(principle, false, null)));
        }
        return List.copyOf(all);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static List<HintePrinciple> principles() {
        return Arrays.asList(HintePrinciple.values());
    }
}
