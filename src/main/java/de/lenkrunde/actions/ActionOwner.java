package de.lenkrunde.actions;

/** Who must act: a person or a body, exactly one of the two ids; {@code name} as shown. */
public record ActionOwner(Long personId, Long bodyId, String name) {

    public static ActionOwner person(long personId, String name) {
        return new ActionOwner(personId, null, name);
    }

    public static ActionOwner body(long bodyId, String name) {
        return new ActionOwner(null, bodyId, name);
    }

    public boolean isBody() {
        return bodyId != null;
    }
}
