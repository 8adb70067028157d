package de.lenkrunde.home.demo;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
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
        SecurityContext previous = SecurityContextHolder.getContext();
        UserDetails principal = accounts.loadUserByUsername(login);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    void as(String login, Runnable work) {
        as(login, () -> {
            work.run();
            return null;
        });
    }
}
