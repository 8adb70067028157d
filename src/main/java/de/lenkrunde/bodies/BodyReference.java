package de.lenkrunde.bodies;

/** A body as other modules and pickers show it. */
public record BodyReference(long id, BodyType type, String name, String shortCode) {
}
