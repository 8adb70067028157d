package de.lenkrunde.people;

/** Filter of the people list; {@code null} fields do not filter. */
public record PersonFilter(String text, GlobalRole role) {

    public static PersonFilter none() {
        return new PersonFilter(null, null);
    }
}
