package de.lenkrunde.base.ui;

import org.springframework.stereotype.Component;

import java.util.List;

/** Every module's {@link PageAccess}, in one bean for {@link ReferenceLinks} (fetched from Vaadin) and the navigation. */
@Component
public class PageAccesses {

    private final List<PageAccess> accesses;

    PageAccesses(List<PageAccess> accesses) {
        this.accesses = List.copyOf(accesses);
    }

    /** True unless a module that owns {@code route} says no. */
    public boolean mayOpen(String route) {
        return accesses.stream().filter(access -> access.owns(route)).allMatch(access -> access.mayOpen(route));
    }
}
