package de.lenkrunde.funding;

import java.math.BigDecimal;
import java.util.List;

/**
 * The money of one budget year: per line (with the proposals it funds), the sums, and where the approved money went
 * per Planregion and per Hinte principle. A proposal that justified several principles counts under each of them,
 * so the principle shares may add up to more than the total.
 */
public record BudgetOverview(int year, List<Line> lines, Figures totals, List<Share> byRegion, List<Share> byPrinciple) {

    public record Figures(BigDecimal total, BigDecimal committed, BigDecimal paid, BigDecimal available) {
    }

    public record Line(long id, String code, String name, boolean closed, Figures figures, List<Funded> funded) {
    }

    /** A proposal funded from a line: what is committed for it now (approved, or spent after settlement) and paid. */
    public record Funded(long requestId, long proposalId, String proposalLabel, FundingStatus status, BigDecimal approved,
                         BigDecimal committed, BigDecimal paid) {
    }

    /** A slice of the approved money: a region's or principle's name (a translation key for principles) and sums. */
    public record Share(String label, BigDecimal committed, BigDecimal paid, int requests) {
    }
}
