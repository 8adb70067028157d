package de.lenkrunde.people;

import de.lenkrunde.base.validation.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * Length is what makes a password strong: at least 12 characters, no composition rules (NIST SP 800-63B,
 * BSI). BCrypt reads at most 72 bytes, so longer passwords are refused rather than silently cut.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    static void check(String field, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw InvalidInputException.of(field, "validation.password.tooShort");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw InvalidInputException.of(field, "validation.password.tooLong");
        }
    }

    /** Four groups of four unambiguous characters, e.g. {@code k7Qm-2xPd-9ZtR-wB4n}. */
    static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }
}
