package de.lenkrunde.people;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Failed logins and lock-outs, kept beside the account aggregate and updated in place. */
@Repository
class LoginStateStore {

    private final JdbcClient jdbc;

    LoginStateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void create(long accountId) {
        jdbc.sql("INSERT INTO account_login_state (account_id, failed_logins) VALUES (:id, 0)")
                .param("id", accountId).update();
    }

    Optional<Instant> lockedUntil(long accountId) {
        return jdbc.sql("SELECT locked_until FROM account_login_state WHERE account_id = :id")
                .param("id", accountId).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** Counts one more failure and returns the count since the last success or lock. */
    int recordFailure(long accountId, Instant now) {
        jdbc.sql("UPDATE account_login_state SET failed_logins = failed_logins + 1, last_failed_at = :now WHERE account_id = :id")
                .param("now", Timestamp.from(now)).param("id", accountId).update();
        return jdbc.sql("SELECT failed_logins FROM account_login_state WHERE account_id = :id FOR UPDATE")
                .param("id", accountId).query(Integer.class).single();
    }

    void lock(long accountId, Instant until) {
        jdbc.sql("UPDATE account_login_state SET failed_logins = 0, locked_until = :until WHERE account_id = :id")
                .param("until", Timestamp.from(until)).param("id", accountId).update();
    }

    void recordSuccess(long accountId, Instant now) {
        jdbc.sql("UPDATE account_login_state SET failed_logins = 0, locked_until = NULL, last_login_at = :now WHERE account_id = :id")
                .param("now", Timestamp.from(now)).param("id", accountId).update();
    }

    void unlock(long accountId) {
        jdbc.sql("UPDATE account_login_state SET failed_logins = 0, locked_until = NULL WHERE account_id = :id")
                .param("id", accountId).update();
    }
}
