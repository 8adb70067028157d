package de.lenkrunde.live;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview of the notes: Markdown rendered, nothing of the text able to run script in the reader's browser. */
class MarkdownTest {

    @Test
    void markdown_is_rendered() {
        String html = Markdown.toHtml("**Beschluss** vertagt\n\n- Punkt eins\n- Punkt zwei\n\n[Satzung](https://example.org/satzung)");

        assertThat(html).contains("<strong>Beschluss</strong> vertagt", "<li>Punkt eins</li>",
                "<a rel=\"nofollow\" href=\"https://example.org/satzung\">Satzung</a>");
    }

    @Test
    void a_single_line_break_stays_a_line_break() {
        assertThat(Markdown.toHtml("Frau A.: dafür\nHerr B.: dagegen")).contains("Frau A.: dafür<br />\nHerr B.: dagegen");
    }

    @Test
    void script_elements_are_shown_as_text_not_run() {
        String html = Markdown.toHtml("Vorher <script>alert('x')</script> nachher\n\n<script>alert(1)</script>");

        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(");
    }

    @Test
    void raw_html_with_event_handlers_is_escaped() {
        String html = Markdown.toHtml("<img src=x onerror=alert(1)>\n\nText <b onmouseover=alert(1)>fett</b>");

        assertThat(html).doesNotContain("<img", "<b ").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void javascript_links_and_images_are_neutralised() {
        String html = Markdown.toHtml("""
                [klick](javascript:alert(1))
                [Groß](JavaScript:alert(1))
                [kodiert](jav&#x61;script:alert(1))
                <javascript:alert(1)>
                ![bild](javascript:alert(1))
                [daten](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
                [vb](vbscript:msgbox(1))
                """);

        java.util.List<String> addresses = java.util.regex.Pattern.compile("(?:href|src)=\"([^\"]*)\"").matcher(html).results()
                .map(match -> match.group(1)).toList();
        assertThat(addresses).hasSize(7).containsOnly("");
        assertThat(html).contains("<a rel=\"nofollow\" href=\"\">klick</a>", "<img src=\"\" alt=\"bild\" />");
    }

    @Test
    void safe_addresses_stay() {
        String html = Markdown.toHtml("[Mail](mailto:vorsitz@example.org) [relativ](/sitzungen/4) [http](http://example.org)");

        assertThat(html).contains("href=\"mailto:vorsitz@example.org\"", "href=\"/sitzungen/4\"", "href=\"http://example.org\"");
    }

    @Test
    void empty_notes_give_an_empty_preview() {
        assertThat(Markdown.toHtml(null)).isEmpty();
        assertThat(Markdown.toHtml("  \n")).isEmpty();
    }
}
