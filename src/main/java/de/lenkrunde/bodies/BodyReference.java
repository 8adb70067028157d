package de.lenkrunde.bodies;

/** A body as other modules and pickers show it, with the area it belongs to. */
public record BodyReference(long id, BodyType type, String name, String shortCode, Long areaId) {
}
