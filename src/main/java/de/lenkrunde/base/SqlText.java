package de.lenkrunde.base;

/** Helpers for the free-text filters of list queries. */
public final class SqlText {

    private SqlText() {
    }

    /** {@code %text%} for LIKE with the user's % and _ taken literally, or {@code null} for no filter. */
    public static String containsPattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
