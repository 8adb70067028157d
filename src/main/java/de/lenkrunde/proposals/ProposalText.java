package de.lenkrunde.proposals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The text of a proposal as it was submitted or edited: what a version keeps and what two versions
 * are compared on. Amounts are held with two decimals, so 5000 and 5000.00 are the same text.
 */
public record ProposalText(String title, String occasion, String goal, String measures, String targetGroup,
                           String decisionProposal, BigDecimal requestedAmount, BigDecimal ownContribution,
                           LocalDate plannedFrom, LocalDate plannedTo) {

    public ProposalText {
        requestedAmount = scaled(requestedAmount);
        ownContribution = scaled(ownContribution);
    }

    static ProposalText of(ProposalData d) {
        return new ProposalText(d.title(), d.occasion(), d.goal(), d.measures(), d.targetGroup(), d.decisionProposal(),
                d.requestedAmount(), d.ownContribution(), d.plannedFrom(), d.plannedTo());
    }

    /** Field name → its text as a reader sees it, in the order of the form. */
    Map<String, String> fields(java.util.function.Function<BigDecimal, String> money,
                               java.util.function.Function<LocalDate, String> date) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("occasion", occasion);
        fields.put("goal", goal);
        fields.put("measures", measures);
        fields.put("targetGroup", targetGroup);
        fields.put("plannedFrom", date.apply(plannedFrom));
        fields.put("plannedTo", date.apply(plannedTo));
        fields.put("requestedAmount", money.apply(requestedAmount));
        fields.put("ownContribution", money.apply(ownContribution));
        fields.put("decisionProposal", decisionProposal);
        return fields;
    }

    private static BigDecimal scaled(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2, RoundingMode.HALF_UP);
    }
}
