package de.lenkrunde.funding;

import java.math.BigDecimal;

/** A budget line with its money: total, committed (approved), paid and available (total − committed). */
public record BudgetLineItem(long id, long version, String code, String name, int budgetYear, BigDecimal total,
                             BigDecimal committed, BigDecimal paid, BigDecimal available, Long areaId, String areaName,
                             boolean closed) {

    public String label() {
        return code + " " + name;
    }

    public BudgetLineData data() {
        return new BudgetLineData(code, name, budgetYear, total, areaId);
    }
}
