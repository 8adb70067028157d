package de.lenkrunde.funding;

import de.lenkrunde.proposals.CriterionData;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A request in full, for the decision dialog and the request's page, with the proposal's justified Hinte criteria and what the reader may do on it now. */
public record FundingRequestDetails(FundingQueueItem summary, long version, LocalDate periodFrom, LocalDate periodTo,
                                    String conditions, String reason, String returnReason, Instant firstDecidedAt,
                                    String decidedByName, Instant decidedAt, BigDecimal committedAmount,
                                    BigDecimal paidAmount, BigDecimal actualCost, Instant settledAt, String openedByName,
                                    List<CriterionData> criteria, Set<FundingAction> actions) {

    public long id() {
        return summary.id();
    }

    public FundingStatus status() {
        return summary.status();
    }

    public boolean may(FundingAction action) {
        return actions.contains(action);
    }
}
