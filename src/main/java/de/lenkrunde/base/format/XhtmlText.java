package de.lenkrunde.base.format;

/**
 * Text into the XHTML that the PDFs (invitation, minutes) are rendered from: user text can hold markup characters,
 * control characters and anything else a person types or pastes, and must come out as the same text, never as markup.
 */
public final class XhtmlText {

    private XhtmlText() {
    }

    /** Text for XHTML content and attribute values: markup characters escaped, characters XML forbids dropped. */
    public static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    /**
     * A CSS string literal (page headers and footers are CSS {@code content}): quotes, backslashes, markup and control
     * characters as hex escapes, each ended by a space that is not shown.
     */
    public static String cssString(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7F || "\"'\\<>&".indexOf(cp) >= 0) {
                out.append(String.format("\\%06x ", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append('"').toString();
    }
}
