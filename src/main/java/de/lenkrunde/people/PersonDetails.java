package de.lenkrunde.people;

import java.time.Instant;

/** A person as the admin form loads it, with the version the save must match. */
public record PersonDetails(long id, long version, PersonData data, AccountDetails account) {

    /** The person's account, or {@code null} in {@link PersonDetails} when there is none. */
    public record AccountDetails(long id, long version, AccountData data, boolean mustChangePassword,
                                 Instant lockedUntil) {
    }
}
