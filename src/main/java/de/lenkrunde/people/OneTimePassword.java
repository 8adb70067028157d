package de.lenkrunde.people;

/** A generated password, shown once to the admin and never stored in clear. */
public record OneTimePassword(String login, String password) {

    @Override
    public String toString() {
        return "OneTimePassword[" + login + "]";
    }
}
