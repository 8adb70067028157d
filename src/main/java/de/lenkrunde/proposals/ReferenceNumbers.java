package de.lenkrunde.proposals;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gapless numbers per year: one counter row per year, locked with {@code SELECT … FOR UPDATE} in the
 * submitting transaction. A rolled-back submission rolls the counter back too, so no gap arises; two
 * app nodes serialise on the row (STACK.md: not MAX()+1, not AUTO_INCREMENT, not a JVM lock).
 */
@Component
class ReferenceNumbers {

    private final JdbcClient jdbc;

    ReferenceNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    ReferenceNumber next(int year) {
        // Creates the year's row if needed; an existing row is left as it is.
        jdbc.sql("INSERT INTO proposal_counter (counter_year, last_number) VALUES (:year, 0) "
                        + "ON DUPLICATE KEY UPDATE last_number = last_number")
                .param("year", year).update();
        int last = jdbc.sql("SELECT last_number FROM proposal_counter WHERE counter_year = :year FOR UPDATE")
                .param("year", year).query(Integer.class).single();
        jdbc.sql("UPDATE proposal_counter SET last_number = :next WHERE counter_year = :year")
                .param("next", last + 1).param("year", year).update();
        return new ReferenceNumber(year, last + 1);
    }
}
