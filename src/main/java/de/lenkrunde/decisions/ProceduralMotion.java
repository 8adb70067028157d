package de.lenkrunde.decisions;

/** What an Antrag zur Geschäftsordnung asks for. */
public enum ProceduralMotion {
    /** Vertagung */
    ADJOURN,
    /** Schluss der Debatte */
    CLOSE_DEBATE,
    /** Schluss der Redeliste */
    CLOSE_SPEAKERS_LIST,
    /** Verweisung in einen Ausschuss oder eine Fokusgruppe */
    REFER,
    /** Unterbrechung der Sitzung */
    RECESS,
    /** anderes */
    OTHER
}
