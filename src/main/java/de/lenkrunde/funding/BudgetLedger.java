package de.lenkrunde.funding;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;

/**
 * The money on a budget line, changed only by conditional updates (STACK.md): the {@code WHERE} re-checks the rule
 * against the row as it is at that moment, under its row lock, so two approvals that race can never over-commit a
 * line — and unlike a version check, two approvals that both still fit both succeed. Each update bumps the line's
 * version, so a stale edit of the line's name or total is refused as a conflict.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class BudgetLedger {

    private final JdbcClient jdbc;

    BudgetLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the line is closed or has less than {@code amount} available right now */
    boolean commit(long lineId, BigDecimal amount) {
        return jdbc.sql("""
                        UPDATE budget_line SET committed = committed + :amount, version = version + 1
                        WHERE id = :id AND closed = FALSE AND total - committed >= :amount
                        """)
                .param("amount", amount).param("id", lineId).update() == 1;
    }

    void release(long lineId, BigDecimal amount) {
        if (amount.signum() == 0) {
            return;
        }
        int rows = jdbc.sql("""
                        UPDATE budget_line SET committed = committed - :amount, version = version + 1
                        WHERE id = :id AND committed - paid >= :amount
                        """)
                .param("amount", amount).param("id", lineId).update();
        if (rows != 1) {
            throw new IllegalStateException("budget line " + lineId + " holds less than " + amount + " to release");
        }
    }

    /** @return false when less than {@code amount} is committed and unpaid on the line */
    boolean pay(long lineId, BigDecimal amount) {
        return jdbc.sql("""
                        UPDATE budget_line SET paid = paid + :amount, version = version + 1
                        WHERE id = :id AND committed - paid >= :amount
                        """)
                .param("amount", amount).param("id", lineId).update() == 1;
    }

    BigDecimal available(long lineId) {
        return jdbc.sql("SELECT total - committed FROM budget_line WHERE id = :id").param("id", lineId)
                .query(BigDecimal.class).single();
    }
}
