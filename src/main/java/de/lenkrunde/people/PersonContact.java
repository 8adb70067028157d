package de.lenkrunde.people;

import java.util.Locale;

/**
 * How to reach a person: name, e-mail address (may be {@code null}) and the language to write in (the
 * account's language; German for persons without an account).
 */
public record PersonContact(long id, String displayName, String email, Locale locale) {

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
