package de.lenkrunde.people;

import java.util.List;

/** SPI: what the login page may show beside the form, e.g. the demo logins while demo mode is on. */
public interface LoginHints {

    List<DemoLogin> demoLogins();

    /** A demo account: login, password and what the person does in the fictional town. */
    record DemoLogin(String login, String password, String description) {
    }
}
