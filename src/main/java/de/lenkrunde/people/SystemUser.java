package de.lenkrunde.people;

import de.lenkrunde.base.i18n.Languages;
import de.lenkrunde.people.security.AccountPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs start-up work (e.g. loading demo data) through the ordinary, protected services as "system" with
 * the admin role, so that no back door around the services is needed. The audit trail shows "system".
 */
public final class SystemUser {

    public static final String LOGIN = "system";

    private SystemUser() {
    }

    public static <T> T call(Supplier<T> work) {
        SignedInUser system = new SignedInUser(0, 0, LOGIN, "System", Set.of(GlobalRole.ADMIN), Set.of(), Languages.GERMAN);
        return callAs(new AccountPrincipal(system, "", true, true, List.of(new SimpleGrantedAuthority(GlobalRole.ADMIN.authority()))), work);
    }

    /**
     * Runs {@code work} signed in as {@code principal} (e.g. a demo account as after its login) and restores the
     * previous security context afterwards, also when it fails.
     */
    public static <T> T callAs(UserDetails principal, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
