package de.lenkrunde.people;

/** Roles that hold across all bodies (DESIGN.md §5); body roles come from memberships. */
public enum GlobalRole {
    ADMIN,
    /** Regionalkoordination: acts on the bodies of the Planregionen on the account. */
    COORDINATOR,
    FINANCE;

    /** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
