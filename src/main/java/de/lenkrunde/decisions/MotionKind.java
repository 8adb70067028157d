package de.lenkrunde.decisions;

/** Kinds of motion (Antrag) in a meeting. */
public enum MotionKind {
    /** Sachantrag: a motion on the matter itself. */
    SUBSTANTIVE,
    /** Änderungsantrag: a new wording of the decision text; accepted, it becomes the text being voted. */
    AMENDMENT,
    /** Antrag zur Geschäftsordnung, e.g. Vertagung or Schluss der Debatte. */
    PROCEDURAL
}
