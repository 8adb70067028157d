package de.lenkrunde.bodies;

/** Filter of the body list; {@code null} fields do not filter. */
public record BodyFilter(String text, BodyType type, boolean activeOnly) {

    public static BodyFilter none() {
        return new BodyFilter(null, null, false);
    }
}
