package de.lenkrunde.people;

import de.lenkrunde.IntegrationTest;
import de.lenkrunde.TestData;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeopleServiceTest extends IntegrationTest {

    @Autowired
    PeopleService people;
    @Autowired
    PasswordEncoder passwordEncoder;

    long adminPerson;

    @BeforeEach
    void admin() {
        adminPerson = testData.account("admin", Set.of(GlobalRole.ADMIN), Set.of());
    }

    private static PersonData person(String first, String last, String email) {
        return new PersonData(first, last, email, "0331 123-45", "Stadt Teltow", "Jugendamt");
    }

    private String passwordHash(String login) {
        return jdbc.queryForObject("SELECT password_hash FROM account WHERE login = ?", String.class, login);
    }

    private int auditCount(String action) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = ?", Integer.class, action);
    }

    @Test
    void an_admin_creates_and_updates_a_person() {
        signInAs("admin");
        long id = people.create(person(" Berta ", "Brandt", " berta@example.org "));

        PersonDetails created = people.get(id);
        assertThat(created.data()).isEqualTo(new PersonData("Berta", "Brandt", "berta@example.org", "0331 123-45",
                "Stadt Teltow", "Jugendamt"));
        assertThat(created.account()).isNull();

        people.update(id, created.version(), new PersonData("Berta", "Brandt-Meyer", null, null, null, null));

        PersonDetails updated = people.get(id);
        assertThat(updated.data().lastName()).isEqualTo("Brandt-Meyer");
        assertThat(updated.data().email()).isNull();
        assertThat(updated.version()).isGreaterThan(created.version());
        assertThat(people.list(new PersonFilter("Brandt-Meyer", null), PageRequest.of(0, 10)))
                .singleElement().satisfies(p -> assertThat(p.id()).isEqualTo(id));
        assertThat(auditCount("PERSON_CREATED")).isEqualTo(2); // the admin's own person and Berta
        assertThat(jdbc.queryForObject("SELECT actor_login FROM audit_entry WHERE action = 'PERSON_UPDATED'", String.class))
                .isEqualTo("admin");
    }

    @Test
    void a_blank_last_name_is_refused_at_its_field() {
        signInAs("admin");
        assertThatThrownBy(() -> people.create(person("Carla", "   ", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("lastName", "validation.required")));
    }

    @Test
    void a_malformed_email_is_refused_at_its_field() {
        signInAs("admin");
        assertThatThrownBy(() -> people.create(person("Carla", "Cramer", "carla(at)example.org")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("email", "validation.email")));
    }

    @Test
    void a_first_name_of_ten_thousand_characters_is_refused_at_its_field() {
        signInAs("admin");
        assertThatThrownBy(() -> people.create(person("x".repeat(10_000), "Cramer", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("firstName");
                    assertThat(e.errors().get(0).messageKey()).isEqualTo("validation.maxLength");
                });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person", Integer.class)).isEqualTo(1);
    }

    @Test
    void several_bad_fields_are_reported_together() {
        signInAs("admin");
        assertThatThrownBy(() -> people.create(new PersonData("", "", "kein-mail", "abc", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("firstName", "lastName", "email", "phone"));
    }

    @Test
    void a_new_account_gets_a_one_time_password_that_must_be_changed() {
        signInAs("admin");
        long id = people.create(person("Dora", "Dietz", "dora@example.org"));

        OneTimePassword otp = people.createAccount(id, new AccountData("dora", Set.of(GlobalRole.FINANCE), Set.of(), "de", true));

        assertThat(otp.login()).isEqualTo("dora");
        assertThat(otp.password()).hasSize(19);
        assertThat(otp.toString()).doesNotContain(otp.password());
        assertThat(passwordEncoder.matches(otp.password(), passwordHash("dora"))).isTrue();
        PersonDetails.AccountDetails account = people.get(id).account();
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(account.data().roles()).containsExactly(GlobalRole.FINANCE);
        assertThat(account.lockedUntil()).isNull();
        assertThat(jdbc.queryForObject("SELECT details FROM audit_entry WHERE action = 'ACCOUNT_CREATED' AND ref_id = ?",
                String.class, id)).contains("login=dora").doesNotContain(otp.password());
    }

    @Test
    void a_login_that_is_taken_is_refused_whatever_its_case() {
        testData.account("emil", Set.of(), Set.of());
        signInAs("admin");
        long id = people.create(person("Emil", "Zweiter", null));

        for (String login : new String[]{"emil", "EMIL", " emil "}) {
            assertThatThrownBy(() -> people.createAccount(id, new AccountData(login, Set.of(), Set.of(), "de", true)))
                    .as(login)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("login", "validation.login.duplicate")));
        }
        assertThat(people.get(id).account()).isNull();
    }

    @Test
    void a_person_gets_at_most_one_account() {
        long id = testData.account("fritz", Set.of(), Set.of());
        signInAs("admin");
        assertThatThrownBy(() -> people.createAccount(id, new AccountData("fritz2", Set.of(), Set.of(), "de", true)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("validation.account.exists");
    }

    @Test
    void resetting_a_password_replaces_it_with_a_one_time_password_and_is_audited() {
        long person = testData.account("gina", Set.of(), Set.of());
        long accountId = testData.accountId(person);
        assertThat(passwordEncoder.matches(TestData.PASSWORD, passwordHash("gina"))).isTrue();
        signInAs("admin");

        OneTimePassword otp = people.resetPassword(accountId);

        assertThat(passwordEncoder.matches(TestData.PASSWORD, passwordHash("gina"))).as("old password").isFalse();
        assertThat(passwordEncoder.matches(otp.password(), passwordHash("gina"))).isTrue();
        assertThat(people.get(person).account().mustChangePassword()).isTrue();
        assertThat(jdbc.queryForMap("SELECT actor_login, ref_id FROM audit_entry WHERE action = 'PASSWORD_RESET'"))
                .containsEntry("actor_login", "admin").containsEntry("ref_id", person);
    }

    @Test
    void unlocking_a_locked_account_clears_the_lock_and_is_audited() {
        long person = testData.account("hans", Set.of(), Set.of());
        long accountId = testData.accountId(person);
        jdbc.update("UPDATE account_login_state SET failed_logins = 3, locked_until = ? WHERE account_id = ?",
                Timestamp.from(Instant.now().plus(10, ChronoUnit.MINUTES)), accountId);
        signInAs("admin");
        assertThat(people.get(person).account().lockedUntil()).isNotNull();

        people.unlock(accountId);

        assertThat(people.get(person).account().lockedUntil()).isNull();
        assertThat(jdbc.queryForObject("SELECT failed_logins FROM account_login_state WHERE account_id = ?", Integer.class, accountId))
                .isZero();
        assertThat(jdbc.queryForMap("SELECT actor_login, ref_id FROM audit_entry WHERE action = 'ACCOUNT_UNLOCKED'"))
                .containsEntry("actor_login", "admin").containsEntry("ref_id", person);
    }

    @Test
    void changing_roles_is_audited_with_before_and_after() {
        long person = testData.account("ines", Set.of(), Set.of());
        signInAs("admin");
        PersonDetails.AccountDetails account = people.get(person).account();

        people.updateAccount(account.id(), account.version(), new AccountData("ines", Set.of(GlobalRole.FINANCE), Set.of(), "en", true));

        assertThat(people.get(person).account().data().roles()).containsExactly(GlobalRole.FINANCE);
        assertThat(people.get(person).account().data().language()).isEqualTo("en");
        assertThat(jdbc.queryForObject("SELECT details FROM audit_entry WHERE action = 'ROLES_CHANGED'", String.class))
                .contains("[]", "-> ", "[FINANCE]");
    }

    @Test
    void someone_who_is_not_admin_may_neither_list_nor_create_people() {
        testData.account("koord", Set.of(GlobalRole.COORDINATOR), Set.of());
        testData.account("jemand", Set.of(), Set.of());
        for (String login : new String[]{"koord", "jemand"}) {
            signInAs(login);
            assertThatThrownBy(() -> people.list(PersonFilter.none(), PageRequest.of(0, 10))).as(login)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> people.count(PersonFilter.none())).as(login).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> people.create(person("Heimlich", "Angelegt", null))).as(login)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> people.get(adminPerson)).as(login).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> people.resetPassword(testData.accountId(adminPerson))).as(login)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE last_name = 'Angelegt'", Integer.class)).isZero();
    }

    @Test
    void everyone_signed_in_may_search_people_for_pickers() {
        testData.account("jemand", Set.of(), Set.of());
        testData.person("Karla", "Kolumna");
        signInAs("jemand");
        assertThat(people.search("Kolumna", 0, 10)).extracting(PersonReference::displayName).singleElement()
                .asString().contains("Kolumna");
    }

    @Test
    void an_admin_cannot_take_away_their_own_admin_role() {
        signInAs("admin");
        PersonDetails.AccountDetails own = people.get(adminPerson).account();

        assertThatThrownBy(() -> people.updateAccount(own.id(), own.version(),
                new AccountData("admin", Set.of(GlobalRole.COORDINATOR), Set.of(), "de", true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("roles", "validation.account.ownAdminRole")));

        assertThat(people.get(adminPerson).account().data().roles()).containsExactly(GlobalRole.ADMIN);
    }

    @Test
    void an_admin_may_take_the_admin_role_from_another_admin() {
        long other = testData.account("admin2", Set.of(GlobalRole.ADMIN), Set.of());
        signInAs("admin");
        PersonDetails.AccountDetails account = people.get(other).account();
        people.updateAccount(account.id(), account.version(), new AccountData("admin2", Set.of(), Set.of(), "de", true));
        assertThat(people.get(other).account().data().roles()).isEmpty();
    }

    @Test
    void when_two_admins_save_the_same_version_of_a_person_the_second_gets_an_edit_conflict() {
        testData.account("admin2", Set.of(GlobalRole.ADMIN), Set.of());
        long id = testData.person("Lena", "Lustig");
        signInAs("admin");
        long version = people.get(id).version();

        people.update(id, version, new PersonData("Lena", "Lustig-Erste", null, null, null, null));
        signInAs("admin2");
        assertThatThrownBy(() -> people.update(id, version, new PersonData("Lena", "Lustig-Zweite", null, null, null, null)))
                .isInstanceOf(EditConflictException.class);

        assertThat(people.get(id).data().lastName()).isEqualTo("Lustig-Erste");
    }

    @Test
    void when_two_admins_save_the_same_version_of_an_account_the_second_gets_an_edit_conflict() {
        long person = testData.account("max", Set.of(), Set.of());
        signInAs("admin");
        PersonDetails.AccountDetails account = people.get(person).account();

        people.updateAccount(account.id(), account.version(), new AccountData("max", Set.of(GlobalRole.FINANCE), Set.of(), "de", true));
        assertThatThrownBy(() -> people.updateAccount(account.id(), account.version(),
                new AccountData("max", Set.of(), Set.of(), "de", false)))
                .isInstanceOf(EditConflictException.class);

        assertThat(people.get(person).account().data().roles()).containsExactly(GlobalRole.FINANCE);
        assertThat(people.get(person).account().data().enabled()).isTrue();
    }
}
