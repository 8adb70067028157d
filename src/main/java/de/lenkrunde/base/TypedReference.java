package de.lenkrunde.base;

/**
 * A pointer at something in another module: its kind, id, a readable label and the route that opens it.
 * Stored instead of a foreign key, so that modules keep their tables to themselves.
 */
public record TypedReference(String kind, Long id, String label, String route) {

    public static TypedReference of(String kind, Long id, String label, String route) {
        return new TypedReference(kind, id, label, route);
    }
}
