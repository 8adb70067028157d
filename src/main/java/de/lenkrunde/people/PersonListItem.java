package de.lenkrunde.people;

import java.time.Instant;
import java.util.Set;

/** A row of the people list: one flat query, no per-row lookups. */
public record PersonListItem(long id, String firstName, String lastName, String email, String organisation,
                             String functionTitle, String login, Set<GlobalRole> roles, Boolean accountEnabled,
                             Instant lockedUntil) {

    public String displayName() {
        return lastName + ", " + firstName;
    }

    public boolean hasAccount() {
        return login != null;
    }
}
