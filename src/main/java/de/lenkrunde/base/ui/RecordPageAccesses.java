package de.lenkrunde.base.ui;

import org.springframework.stereotype.Component;

import java.util.List;

/** Every module's {@link RecordPageAccess}, in one bean so that {@link ReferenceLinks} can fetch them from Vaadin. */
@Component
public class RecordPageAccesses {

    private final List<RecordPageAccess> accesses;

    RecordPageAccesses(List<RecordPageAccess> accesses) {
        this.accesses = List.copyOf(accesses);
    }

    boolean mayOpen(String route) {
        return accesses.stream().filter(access -> access.owns(route)).allMatch(access -> access.mayOpen(route));
    }
}
