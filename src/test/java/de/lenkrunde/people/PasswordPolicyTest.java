package de.lenkrunde.people;

import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    @Test
    void eleven_characters_are_refused_at_the_given_field() {
        assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "a".repeat(11)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("newPassword", "validation.password.tooShort")));
    }

    @Test
    void twelve_characters_are_enough_without_any_composition_rules() {
        assertThatCode(() -> PasswordPolicy.check("password", "a".repeat(12))).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("password", "lenkrunde ok")).doesNotThrowAnyException();
    }

    @Test
    void missing_or_empty_passwords_are_refused() {
        assertThatThrownBy(() -> PasswordPolicy.check("password", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PasswordPolicy.check("password", "")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void length_counts_characters_not_utf16_units() {
        // 11 emoji are 22 UTF-16 units but only 11 characters
        String elevenEmoji = "\uD83D\uDE00".repeat(11);
        assertThat(elevenEmoji.length()).isEqualTo(22);
        assertThatThrownBy(() -> PasswordPolicy.check("password", elevenEmoji)).isInstanceOf(InvalidInputException.class);
        assertThatCode(() -> PasswordPolicy.check("password", "\uD83D\uDE00".repeat(12))).doesNotThrowAnyException();
    }

    @Test
    void more_than_72_bytes_are_refused_because_bcrypt_would_cut_them() {
        assertThatCode(() -> PasswordPolicy.check("password", "a".repeat(72))).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("password", "a".repeat(73)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("password", "validation.password.tooLong")));
    }

    @Test
    void the_byte_limit_counts_utf8_bytes_of_umlauts() {
        String thirtySixUmlauts = "ä".repeat(36);
        assertThat(thirtySixUmlauts.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        assertThatCode(() -> PasswordPolicy.check("password", thirtySixUmlauts)).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("password", "ä".repeat(37)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("tooLong");
    }

    @RepeatedTest(20)
    void generated_one_time_passwords_have_19_characters_in_four_groups_and_pass_the_policy() {
        String password = PasswordPolicy.generate();
        assertThat(password).hasSize(19).matches("[a-km-zA-HJ-NP-Z2-9]{4}(-[a-km-zA-HJ-NP-Z2-9]{4}){3}");
        assertThat(password).doesNotContain("0", "O", "1", "l", "I");
        assertThatCode(() -> PasswordPolicy.check("password", password)).doesNotThrowAnyException();
    }

    @Test
    void generated_passwords_differ() {
        Set<String> passwords = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            passwords.add(PasswordPolicy.generate());
        }
        assertThat(passwords).hasSize(1000);
    }
}
