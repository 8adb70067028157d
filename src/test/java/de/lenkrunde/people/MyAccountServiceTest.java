package de.lenkrunde.people;

import de.lenkrunde.IntegrationTest;
import de.lenkrunde.TestData;
import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MyAccountServiceTest extends IntegrationTest {

    private static final String NEW_PASSWORD = "ein ganz neues Passwort";

    @Autowired
    MyAccountService myAccount;
    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeEach
    void signedInWithAOneTimePassword() {
        testData.accountThatMustChangePassword("nina", Set.of());
        signInAs("nina");
    }

    private String passwordHash() {
        return jdbc.queryForObject("SELECT password_hash FROM account WHERE login = 'nina'", String.class);
    }

    @Test
    void changing_the_password_needs_the_right_current_password() {
        assertThatThrownBy(() -> myAccount.changePassword("falsches-passwort", NEW_PASSWORD))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("currentPassword", "validation.password.wrong")));
        assertThatThrownBy(() -> myAccount.changePassword(null, NEW_PASSWORD))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("currentPassword");
        assertThat(passwordEncoder.matches(TestData.PASSWORD, passwordHash())).isTrue();
        assertThat(myAccount.mustChangePassword()).isTrue();
    }

    @Test
    void the_new_password_needs_at_least_twelve_characters() {
        assertThatThrownBy(() -> myAccount.changePassword(TestData.PASSWORD, "elf-zeichen"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("newPassword", "validation.password.tooShort")));
        assertThatThrownBy(() -> myAccount.changePassword(TestData.PASSWORD, "x".repeat(73)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("newPassword", "validation.password.tooLong")));
        assertThat(passwordEncoder.matches(TestData.PASSWORD, passwordHash())).isTrue();
    }

    @Test
    void the_new_password_must_differ_from_the_current_one() {
        assertThatThrownBy(() -> myAccount.changePassword(TestData.PASSWORD, TestData.PASSWORD))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("newPassword", "validation.password.unchanged")));
        assertThat(myAccount.mustChangePassword()).isTrue();
    }

    @Test
    void after_a_change_the_new_password_counts_the_old_one_not_and_no_change_is_due() {
        assertThat(myAccount.mustChangePassword()).isTrue();

        myAccount.changePassword(TestData.PASSWORD, NEW_PASSWORD);

        assertThat(myAccount.mustChangePassword()).isFalse();
        assertThat(passwordEncoder.matches(NEW_PASSWORD, passwordHash())).isTrue();
        assertThat(passwordEncoder.matches(TestData.PASSWORD, passwordHash())).isFalse();
        assertThat(jdbc.queryForMap("SELECT actor_login, ref_label FROM audit_entry WHERE action = 'PASSWORD_CHANGED'"))
                .containsEntry("actor_login", "nina");
        assertThat(jdbc.queryForObject("SELECT details FROM audit_entry WHERE action = 'PASSWORD_CHANGED'", String.class))
                .as("no password in the trail").isNull();
    }

    @Test
    void the_preferred_language_is_stored() {
        myAccount.changeLanguage(Locale.ENGLISH);
        assertThat(jdbc.queryForObject("SELECT language FROM account WHERE login = 'nina'", String.class)).isEqualTo("en");
    }
}
