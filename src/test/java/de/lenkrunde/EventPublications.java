package de.lenkrunde;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * Waits for one module's asynchronous listeners. Only that module's publications count: another test may have left
 * a publication of a different listener incomplete on purpose (e.g. a made-up meeting the minutes listener cannot
 * find), and the shared test database keeps it.
 */
@Component
public class EventPublications {

    private final JdbcTemplate jdbc;

    EventPublications(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Blocks until no publication for a listener in {@code listenerPackage} (e.g. "de.lenkrunde.funding") is open. */
    public void awaitCompleted(String listenerPackage) {
        await().atMost(Duration.ofSeconds(20)).until(() -> incomplete(listenerPackage) == 0);
    }

    public int incomplete(String listenerPackage) {
        Integer open = jdbc.queryForObject(
                "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL AND LISTENER_ID LIKE ?",
                Integer.class, listenerPackage + ".%");
        return open == null ? 0 : open;
    }
}
