package de.lenkrunde.live;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;

/**
 * Markdown of the notes to HTML for the preview. Raw HTML in the text is escaped (shown as typed, never
 * interpreted), and link and image addresses other than http, https, mailto and relative ones are emptied
 * ({@code javascript:}, {@code data:}, {@code vbscript:} …). A single line break stays a line break, as typed
 * during a meeting. Parser and renderer are thread-safe.
 */
final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .softbreak("<br />\n")
            .build();

    private Markdown() {
    }

    static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return RENDERER.render(PARSER.parse(markdown));
    }
}
