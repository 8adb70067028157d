package de.lenkrunde;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

/**
 * Base of integration tests: the real application on the embedded MariaDB (one server per test JVM).
 * Each test starts from empty tables — cleaned, not rolled back, because Modulith listeners run after
 * commit (STACK.md).
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class IntegrationTest {

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected TestData testData;

    /** The application's clock: the system's until a test sets it. */
    @Autowired
    protected TestClock testClock;

    @BeforeEach
    void cleanDatabase() {
        SecurityContextHolder.clearContext();
        testClock.reset();
        List<String> tables = jdbc.queryForList("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'
                  AND table_name NOT IN ('DATABASECHANGELOG', 'DATABASECHANGELOGLOCK')
                """, String.class);
        jdbc.execute((java.sql.Connection connection) -> {
            try (var statement = connection.createStatement()) {
                statement.execute("SET FOREIGN_KEY_CHECKS = 0");
                for (String table : tables) {
                    statement.execute("TRUNCATE TABLE `" + table + "`");
                }
                statement.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
            return null;
        });
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        testClock.reset();
    }

    /** Signs in as an existing account for the service calls that follow (no password check). */
    protected void signInAs(String login) {
        testData.signInAs(login);
    }
}
