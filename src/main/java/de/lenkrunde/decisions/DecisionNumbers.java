package de.lenkrunde.decisions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gapless decision numbers per body and year, e.g. {@code LR-TEL-2026/014}: one counter row per (body, year),
 * locked with {@code SELECT … FOR UPDATE} in the recording transaction (ADR 011). The lock also serialises the
 * recordings of one body, which the recording uses to see a decision saved a moment earlier on the same item.
 */
@Component
class DecisionNumbers {

    private final JdbcClient jdbc;

    DecisionNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the body's counter for the year (created if needed) and returns its last number. */
    @Transactional(propagation = Propagation.MANDATORY)
    int lock(long bodyId, int year) {
        jdbc.sql("INSERT INTO decision_counter (body_id, counter_year, last_number) VALUES (:body, :year, 0) "
                        + "ON DUPLICATE KEY UPDATE last_number = last_number")
                .param("body", bodyId).param("year", year).update();
        return jdbc.sql("SELECT last_number FROM decision_counter WHERE body_id = :body AND counter_year = :year FOR UPDATE")
                .param("body", bodyId).param("year", year).query(Integer.class).single();
    }

    /** Takes the next number after {@link #lock} in the same transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    int take(long bodyId, int year, int last) {
        jdbc.sql("UPDATE decision_counter SET last_number = :next WHERE body_id = :body AND counter_year = :year")
                .param("next", last + 1).param("body", bodyId).param("year", year).update();
        return last + 1;
    }

    /** {@code LR-TEL-2026/014}: the body's short code, the year and at least three digits. */
    static String format(String shortCode, int year, int sequence) {
        return "%s-%d/%03d".formatted(shortCode, year, sequence);
    }
}
