package de.lenkrunde.people;

/** A person as other modules show them: for pickers and for names in their lists. */
public record PersonReference(long id, String displayName, String organisation) {

    /** "Name (Organisation)" for pickers. */
    public String label() {
        return organisation == null ? displayName : displayName + " (" + organisation + ")";
    }
}
