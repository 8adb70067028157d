package de.lenkrunde.decisions;

/** Typed text as it is kept: stripped, and blank as nothing. */
final class InputText {

    private InputText() {
    }

    static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
