package de.lenkrunde.people;

import java.util.Locale;
import java.util.Set;

/** Who is signed in, as every module may know it. */
public record SignedInUser(long accountId, long personId, String login, String displayName,
                           Set<GlobalRole> roles, Set<Long> regionIds, Locale locale) {

    public boolean has(GlobalRole role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(GlobalRole.ADMIN);
    }
}
