package de.lenkrunde.people;

import de.lenkrunde.IntegrationTest;
import de.lenkrunde.TestData;
import de.lenkrunde.people.security.AccountPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Logins through the application's global authentication manager (the one form login delegates to, with
 * Boot's authentication event publisher), so that the events reach {@link LoginAttempts} as in production.
 */
class LoginLockoutTest extends IntegrationTest {

    private static final String WRONG = "das-ist-falsch!";

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;
    @Autowired
    PeopleService people;

    AuthenticationManager authenticationManager;
    long personId;

    @BeforeEach
    void account() throws Exception {
        authenticationManager = authenticationConfiguration.getAuthenticationManager();
        personId = testData.account("olga", Set.of(GlobalRole.FINANCE), Set.of());
    }

    private Authentication login(String login, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(login, password));
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> login("olga", WRONG)).isInstanceOf(BadCredentialsException.class);
        }
    }

    private List<String> auditActions() {
        return jdbc.queryForList("SELECT action FROM audit_entry WHERE action LIKE 'LOGIN%' OR action = 'ACCOUNT_LOCKED' ORDER BY id",
                String.class);
    }

    @Test
    void the_right_password_signs_in_with_the_accounts_roles() {
        Authentication authentication = login("olga", TestData.PASSWORD);

        assertThat(authentication.isAuthenticated()).isTrue();
        assertThat(authentication.getPrincipal()).isInstanceOfSatisfying(AccountPrincipal.class, p -> {
            assertThat(p.user().login()).isEqualTo("olga");
            assertThat(p.user().roles()).containsExactly(GlobalRole.FINANCE);
            assertThat(p.getPassword()).as("credentials erased after login").isNull();
        });
        assertThat(authentication.getAuthorities()).extracting(Object::toString).contains("ROLE_USER", "ROLE_FINANCE");
        assertThat(auditActions()).containsExactly("LOGIN_SUCCEEDED");
        assertThat(jdbc.queryForObject("SELECT last_login_at FROM account_login_state", Timestamp.class)).isNotNull();
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_refused_as_locked() {
        failTimes(5);

        assertThatThrownBy(() -> login("olga", TestData.PASSWORD)).isInstanceOf(LockedException.class);

        assertThat(auditActions()).containsExactly("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED",
                "LOGIN_FAILED", "ACCOUNT_LOCKED", "LOGIN_REFUSED_LOCKED");
        assertThat(jdbc.queryForList("SELECT details FROM audit_entry WHERE action = 'LOGIN_FAILED' ORDER BY id", String.class))
                .containsExactly("failures=1", "failures=2", "failures=3", "failures=4", "failures=5");
        assertThat(jdbc.queryForList("SELECT ref_id FROM audit_entry WHERE action = 'ACCOUNT_LOCKED'", Long.class))
                .containsExactly(personId);
        Timestamp lockedUntil = jdbc.queryForObject("SELECT locked_until FROM account_login_state", Timestamp.class);
        assertThat(lockedUntil.toInstant()).isBetween(Instant.now().plus(14, ChronoUnit.MINUTES), Instant.now().plus(16, ChronoUnit.MINUTES));
    }

    @Test
    void four_wrong_passwords_do_not_lock() {
        failTimes(4);

        assertThat(login("olga", TestData.PASSWORD).isAuthenticated()).isTrue();
        assertThat(auditActions()).doesNotContain("ACCOUNT_LOCKED");
    }

    @Test
    void a_successful_login_resets_the_count_of_failures() {
        failTimes(4);
        assertThat(login("olga", TestData.PASSWORD).isAuthenticated()).isTrue();
        failTimes(4);

        assertThat(login("olga", TestData.PASSWORD).isAuthenticated()).as("still not locked").isTrue();
        assertThat(auditActions()).doesNotContain("ACCOUNT_LOCKED", "LOGIN_REFUSED_LOCKED");
        assertThat(jdbc.queryForObject("SELECT failed_logins FROM account_login_state", Integer.class)).isZero();
    }

    @Test
    void a_lock_ends_when_its_time_is_over() {
        failTimes(5);
        jdbc.update("UPDATE account_login_state SET locked_until = ?", Timestamp.from(Instant.now().minusSeconds(1)));

        assertThat(login("olga", TestData.PASSWORD).isAuthenticated()).isTrue();
        assertThat(jdbc.queryForObject("SELECT locked_until FROM account_login_state", Timestamp.class)).isNull();
    }

    @Test
    void an_admin_unlock_lets_the_person_sign_in_again() {
        failTimes(5);
        assertThatThrownBy(() -> login("olga", TestData.PASSWORD)).isInstanceOf(LockedException.class);

        SystemUser.call(() -> {
            people.unlock(people.get(personId).account().id());
            return null;
        });

        assertThat(login("olga", TestData.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void an_unknown_login_fails_like_a_wrong_password_and_is_audited() {
        assertThatThrownBy(() -> login("niemand", TestData.PASSWORD)).isInstanceOf(BadCredentialsException.class);

        assertThat(jdbc.queryForMap("SELECT action, ref_label, details, ref_id FROM audit_entry WHERE action LIKE 'LOGIN%'"))
                .containsEntry("action", "LOGIN_FAILED").containsEntry("ref_label", "niemand")
                .containsEntry("details", "unknown login").containsEntry("ref_id", null);
    }

    @Test
    void a_disabled_account_cannot_sign_in() {
        jdbc.update("UPDATE account SET enabled = FALSE WHERE login = 'olga'");

        assertThatThrownBy(() -> login("olga", TestData.PASSWORD)).isInstanceOf(DisabledException.class);
        assertThat(jdbc.queryForObject("SELECT details FROM audit_entry WHERE action = 'LOGIN_FAILED'", String.class))
                .isEqualTo("account disabled");
    }
}
