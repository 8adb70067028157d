package de.lenkrunde.people;

/** What the signed-in account may do right now, checked at every navigation. */
public enum AccessState {
    OK,
    /** A one-time password is in use: only the password page is reachable. */
    MUST_CHANGE_PASSWORD,
    /** An admin disabled the account (or it was removed) since the login: the session ends. */
    DISABLED
}
