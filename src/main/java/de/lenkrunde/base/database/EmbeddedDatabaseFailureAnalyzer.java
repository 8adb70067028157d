package de.lenkrunde.base.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed start of the embedded MariaDB into one clear sentence instead of a stack trace. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Port oder Datenordner prüfen (lenkrunde.embedded-db.port, lenkrunde.embedded-db.data-dir) "
                        + "oder eine externe MariaDB über SPRING_DATASOURCE_URL angeben.", cause);
    }
}
