package de.lenkrunde.home.demo;

import de.lenkrunde.people.SystemUser;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Runs demo steps as a demo account, as after its login (its real principal and authorities), so the demo goes
 * through the same service checks as a user would.
 */
@Component
class DemoUsers {

    private final UserDetailsService accounts;

    DemoUsers(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    <T> T as(String login, Supplier<T> work) {
        return SystemUser.callAs(accounts.loadUserByUsername(login), work);
    }

    void as(String login, Runnable work) {
        as(login, () -> {
            work.run();
            return null;
        });
    }
}
