package de.lenkrunde.base.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import javax.sql.DataSource;
import java.nio.file.Path;

/**
 * With no {@code spring.datasource.url}, Lenkrunde starts its own MariaDB before the DataSource exists.
 * Tests share one server per JVM ({@code lenkrunde.embedded-db.shared-per-jvm=true}), because Spring
 * may build several application contexts in one test run.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    static final String DATABASE_NAME = "lenkrunde";

    private static EmbeddedMariaDb sharedServer;

    @Bean
    EmbeddedDatabaseServer embeddedDatabaseServer(
            @Value("${lenkrunde.embedded-db.data-dir:./data/mariadb}") String dataDir,
            @Value("${lenkrunde.embedded-db.port:0}") int port,
            @Value("${lenkrunde.embedded-db.shared-per-jvm:false}") boolean sharedPerJvm) {
        if (sharedPerJvm) {
            return new EmbeddedDatabaseServer(sharedServer(), false);
        }
        return new EmbeddedDatabaseServer(EmbeddedMariaDb.start(Path.of(dataDir), port, DATABASE_NAME), true);
    }

    @Bean
    @Primary
    DataSource dataSource(EmbeddedDatabaseServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.mariaDb().jdbcUrl());
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setPoolName("lenkrunde-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    private static synchronized EmbeddedMariaDb sharedServer() {
        if (sharedServer == null) {
            Path dataDir = Path.of(System.getProperty("java.io.tmpdir"), "lenkrunde-test-db-" + ProcessHandle.current().pid());
            // stopped at JVM exit, after Spring has closed every context (see EmbeddedMariaDb)
            sharedServer = EmbeddedMariaDb.startThrowAway(dataDir, 0, DATABASE_NAME);
        }
        return sharedServer;
    }

    /** Holds the running server so that Spring stops it after the DataSource has closed. */
    record EmbeddedDatabaseServer(EmbeddedMariaDb mariaDb, boolean stopWithContext) implements AutoCloseable {
        @Override
        public void close() {
            if (stopWithContext) {
                mariaDb.stop();
            }
        }
    }
}
