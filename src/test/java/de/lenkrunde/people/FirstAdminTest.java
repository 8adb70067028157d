package de.lenkrunde.people;

import de.lenkrunde.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first admin of a production installation, from configuration. This class needs its own Spring
 * context (other properties); the runner is called directly because every test starts from empty tables.
 */
@TestPropertySource(properties = {
        "lenkrunde.admin.login= chefin ",
        "lenkrunde.admin.password=" + FirstAdminTest.CONFIGURED_PASSWORD})
class FirstAdminTest extends IntegrationTest {

    static final String CONFIGURED_PASSWORD = "Erst-Einrichtung-2026";

    @Autowired
    FirstAdmin firstAdmin;
    @Autowired
    PasswordEncoder passwordEncoder;

    private int accounts() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM account", Integer.class);
    }

    @Test
    void with_no_admin_yet_the_runner_creates_exactly_one_admin_who_must_change_the_password() {
        firstAdmin.run(null);

        assertThat(accounts()).isEqualTo(1);
        Map<String, Object> account = jdbc.queryForMap("SELECT id, login, password_hash, must_change_password, enabled FROM account");
        assertThat(account).containsEntry("login", "chefin").containsEntry("must_change_password", true)
                .containsEntry("enabled", true);
        assertThat(passwordEncoder.matches(CONFIGURED_PASSWORD, (String) account.get("password_hash"))).isTrue();
        assertThat(jdbc.queryForList("SELECT role FROM account_role", String.class)).containsExactly("ADMIN");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account_login_state WHERE account_id = ?", Integer.class,
                account.get("id"))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT details FROM audit_entry WHERE action = 'ACCOUNT_CREATED'", String.class))
                .contains("first admin from configuration", "chefin").doesNotContain(CONFIGURED_PASSWORD);
    }

    @Test
    void running_again_does_not_create_a_second_admin() {
        firstAdmin.run(null);
        long firstId = jdbc.queryForObject("SELECT id FROM account", Long.class);

        firstAdmin.run(null);
        firstAdmin.run(null);

        assertThat(accounts()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT id FROM account", Long.class)).isEqualTo(firstId);
    }

    @Test
    void nothing_is_created_when_another_admin_exists() {
        testData.account("bestehend", Set.of(GlobalRole.ADMIN), Set.of());

        firstAdmin.run(null);

        assertThat(jdbc.queryForList("SELECT login FROM account", String.class)).containsExactly("bestehend");
    }

    @Test
    void nothing_is_created_when_the_login_belongs_to_someone_else() {
        testData.account("chefin", Set.of(), Set.of());

        firstAdmin.run(null);

        assertThat(accounts()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account_role", Integer.class)).as("no admin role given").isZero();
    }
}
