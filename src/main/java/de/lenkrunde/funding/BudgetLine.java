package de.lenkrunde.funding;

import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A budget line of one year. Its committed and paid money are never written from here: they change only through
 * {@link BudgetLedger}'s conditional updates (which also bump the version, so a stale edit of the line conflicts).
 */
@Table("budget_line")
class BudgetLine {

    @Id
    private Long id;
    @Version
    private Long version;
    private String code;
    private String name;
    private int budgetYear;
    private BigDecimal total;
    @ReadOnlyProperty
    private BigDecimal committed = BigDecimal.ZERO;
    @ReadOnlyProperty
    private BigDecimal paid = BigDecimal.ZERO;
    private Long areaId;
    private boolean closed;
    private Instant createdAt;
    private Instant updatedAt;
    private String updatedByName;

    @PersistenceCreator
    private BudgetLine() {
    }

    BudgetLine(BudgetLineData data, Instant now) {
        apply(data);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Name, code, total and area may change; the total never below what is already committed. */
    void update(BudgetLineData data, Instant now) {
        if (closed) {
            throw new BusinessRuleException("funding.rule.lineClosed", code);
        }
        if (data.total().compareTo(committed) < 0) {
            throw new InvalidInputException(List.of(new FieldError("total", "funding.rule.totalBelowCommitted",
                    Map.of("max", Formats.money(committed)))));
        }
        if (data.budgetYear() != budgetYear && committed.signum() > 0) {
            throw InvalidInputException.of("budgetYear", "funding.rule.yearWithCommitments");
        }
        apply(data);
        this.updatedAt = now;
    }

    /** Closed for the year: no new approvals; payments on what is approved stay possible. */
    void close(Instant now) {
        if (closed) {
            throw new BusinessRuleException("funding.rule.lineClosed", code);
        }
        closed = true;
        updatedAt = now;
    }

    void reopen(Instant now) {
        if (!closed) {
            throw new BusinessRuleException("funding.rule.lineOpen", code);
        }
        closed = false;
        updatedAt = now;
    }

    private void apply(BudgetLineData data) {
        this.code = data.code();
        this.name = data.name();
        this.budgetYear = data.budgetYear();
        this.total = data.total();
        this.areaId = data.areaId();
    }

    void savedBy(String name) {
        this.updatedByName = name;
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    int budgetYear() {
        return budgetYear;
    }

    BigDecimal total() {
        return total;
    }

    BigDecimal committed() {
        return committed;
    }

    BigDecimal paid() {
        return paid;
    }

    BigDecimal available() {
        return total.subtract(committed);
    }

    Long areaId() {
        return areaId;
    }

    boolean closed() {
        return closed;
    }

    String updatedByName() {
        return updatedByName;
    }

    String label() {
        return code + " " + name;
    }
}
