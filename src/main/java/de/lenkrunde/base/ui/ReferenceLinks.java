package de.lenkrunde.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A link to what a reference names (a funding request, a meeting, a decision) — but only when the signed-in person
 * may open that page: the route's roles first, then the owning module's word on this record ({@link PageAccess}).
 * A case record is read by people with very different rights: the focus group sees that finance approved, but the
 * request's page is not theirs, and a link that ends on "no access" or "not found" is worse than plain text.
 */
public final class ReferenceLinks {

    private static final AccessAnnotationChecker ACCESS = new AccessAnnotationChecker();

    private ReferenceLinks() {
    }

    /** An anchor to {@code route} if the current user may open it, else the label as text. */
    public static Component linkOrText(String route, String label) {
        return route != null && mayOpen(route) ? new Anchor(route, label) : new Span(label);
    }

    static boolean mayOpen(String route) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        boolean routeOpen = RouteConfiguration.forApplicationScope().getRoute(route)
                .map(view -> ACCESS.hasAccess(view, authentication, role -> authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority).anyMatch(("ROLE_" + role)::equals)))
                .orElse(false);
        return routeOpen && VaadinService.getCurrent().getInstantiator().getOrCreate(PageAccesses.class).mayOpen(route);
    }
}
