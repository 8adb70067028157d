package de.lenkrunde.meetings;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.format.XhtmlText;
import de.lenkrunde.base.i18n.Languages;
import de.lenkrunde.base.i18n.TranslationProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static de.lenkrunde.base.format.XhtmlText.cssString;
import static de.lenkrunde.base.format.XhtmlText.esc;

/**
 * The invitation with its agenda as an A4 PDF: XHTML built from {@link InvitationContent}, rendered by
 * openhtmltopdf with the bundled DejaVu Sans (embedded, so that names like Łukasz print), tagged for
 * accessibility with language and title. The members' version has the non-public part, the public one not.
 */
@Component
class InvitationPdf {

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONT_REGULAR = "/fonts/DejaVuSans.ttf";
    private static final String FONT_BOLD = "/fonts/DejaVuSans-Bold.ttf";

    /** Marks where the page numbers go in the translated footer text. */
    private static final String PAGE = "\uE000";
    private static final String PAGES = "\uE001";
    /** Marks where a link goes in a translated sentence. */
    private static final String LINK = "\uE002";

    static {
        // openhtmltopdf writes its own console lines through java.util.logging: send them to SLF4J instead
        XRLog.setLoggerImpl(new Slf4jXrLogger());
    }

    private final byte[] regularFont = load(FONT_REGULAR);
    private final byte[] boldFont = load(FONT_BOLD);

    /** The invitation in German; {@code withNonPublic} for the members' version with the non-public part. */
    byte[] render(InvitationContent content, boolean withNonPublic) {
        return render(content, withNonPublic, Languages.GERMAN);
    }

    byte[] render(InvitationContent content, boolean withNonPublic, Locale locale) {
        String xhtml = xhtml(content, withNonPublic, Languages.supportedOrDefault(locale));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .useFont(() -> new ByteArrayInputStream(regularFont), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                    .useFont(() -> new ByteArrayInputStream(boldFont), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                    .withProducer("Lenkrunde")
                    .withHtmlContent(xhtml, null)
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the invitation PDF", e);
        }
        return out.toByteArray();
    }

    /** The items of one part of the agenda; a sub-item of a non-public item is non-public too. */
    static List<InvitationContent.Item> part(List<InvitationContent.Item> items, boolean nonPublic) {
        List<InvitationContent.Item> part = new ArrayList<>();
        boolean parentNonPublic = false;
        for (InvitationContent.Item item : items == null ? List.<InvitationContent.Item>of() : items) {
            boolean effective;
            if (item.depth() <= 0) {
                parentNonPublic = item.nonPublic();
                effective = item.nonPublic();
            } else {
                effective = item.nonPublic() || parentNonPublic;
            }
            if (effective == nonPublic) {
                part.add(item);
            }
        }
        return part;
    }

    private static String xhtml(InvitationContent c, boolean withNonPublic, Locale locale) {
        ZonedDateTime start = c.start().withZoneSameInstant(Formats.ZONE);
        String date = DateTimeFormatter.ofPattern("EEEE, dd.MM.yyyy", locale).format(start);
        String documentTitle = translate(locale, "invitation.document.title", c.bodyName(), c.title(),
                DateTimeFormatter.ofPattern("dd.MM.yyyy").format(start));

        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage()).append("\"><head>")
                .append("<meta charset=\"UTF-8\"/>")
                .append("<title>").append(esc(documentTitle)).append("</title>")
                .append(meta("subject", translate(locale, "invitation.document.subject", date)))
                .append(meta("author", c.bodyName()))
                .append("<style>").append(esc(css(c, locale))).append("</style></head><body>"); // XML text: & and < escaped

        // letterhead, with which version this is
        html.append("<div class=\"letterhead\">")
                .append("<div class=\"version").append(withNonPublic ? " members" : "").append("\">")
                .append(esc(withNonPublic ? translate(locale, "invitation.version.members")
                        : translate(locale, "invitation.version.public")))
                .append("</div>")
                .append("<div class=\"kind\">").append(esc(joinNonBlank(" · ", c.bodyTypeLabel(), c.areaName())))
                .append("</div>")
                .append("<div class=\"body-name\">").append(esc(c.bodyName())).append("</div>")
                .append("</div>");

        if (c.amended()) {
            html.append("<div class=\"amended\"><div class=\"amended-title\">")
                    .append(esc(translate(locale, "invitation.amended"))).append("</div><div>")
                    .append(esc(translate(locale, "invitation.amended.note"))).append("</div></div>");
        }

        html.append("<h1>").append(esc(translate(locale, "invitation.heading", c.bodyName()))).append("</h1>");
        if (!isBlank(c.title())) {
            html.append("<div class=\"subtitle\">").append(esc(c.title())).append("</div>");
        }

        html.append("<p class=\"salutation\">").append(esc(translate(locale, "invitation.salutation"))).append("</p>")
                .append("<p>").append(esc(c.amended() ? translate(locale, "invitation.intro.amended", c.bodyName())
                        : translate(locale, "invitation.intro", c.bodyName()))).append("</p>");

        // when and where
        html.append("<table class=\"facts\">");
        fact(html, translate(locale, "invitation.date"), esc(date));
        fact(html, translate(locale, "invitation.time"), esc(time(c, locale)));
        String place = joinNonBlank(", ", c.room(), c.address());
        boolean online = !isBlank(c.onlineLink());
        fact(html, translate(locale, "invitation.place"),
                esc(place.isEmpty() && online ? translate(locale, "invitation.place.online") : place));
        if (online) {
            fact(html, translate(locale, "invitation.onlineLink"), link(c.onlineLink()));
        }
        html.append("</table>");

        // agenda
        html.append("<h2>").append(esc(translate(locale, "invitation.agenda"))).append("</h2>");
        List<InvitationContent.Item> publicItems = part(c.items(), false);
        List<InvitationContent.Item> nonPublicItems = withNonPublic ? part(c.items(), true) : List.of();
        if (publicItems.isEmpty() && nonPublicItems.isEmpty()) {
            html.append("<p class=\"empty\">").append(esc(translate(locale, "invitation.agenda.empty"))).append("</p>");
        }
        if (!publicItems.isEmpty()) {
            agendaPart(html, translate(locale, "invitation.agenda.public"), publicItems, locale, false);
        }
        if (!nonPublicItems.isEmpty()) {
            agendaPart(html, translate(locale, "invitation.agenda.nonPublic"), nonPublicItems, locale, true);
        }

        if (!isBlank(c.meetingUrl())) {
            html.append("<p class=\"meeting-url\">")
                    .append(escWith(translate(locale, "invitation.meetingUrl", LINK), LINK, link(c.meetingUrl())))
                    .append("</p>");
        }

        // closing
        html.append("<div class=\"closing\"><p>").append(esc(translate(locale, "invitation.closing"))).append("</p>")
                .append("<p class=\"signature\">").append(esc(isBlank(c.chairName())
                        ? translate(locale, "invitation.signature.none")
                        : translate(locale, "invitation.signature", c.chairName())))
                .append("</p></div>");

        html.append("</body></html>");
        return html.toString();
    }

    private static void agendaPart(StringBuilder html, String heading, List<InvitationContent.Item> items,
                                   Locale locale, boolean nonPublic) {
        html.append("<div class=\"part").append(nonPublic ? " non-public" : "").append("\">")
                .append("<h3>").append(esc(heading)).append("</h3>")
                .append("<table class=\"agenda\"><colgroup><col class=\"no\"/><col class=\"subject\"/>")
                .append("<col class=\"minutes\"/></colgroup><thead><tr>")
                .append("<th class=\"no\" scope=\"col\">").append(esc(translate(locale, "invitation.column.number")))
                .append("</th><th class=\"subject\" scope=\"col\">").append(esc(translate(locale, "invitation.column.subject")))
                .append("</th><th class=\"minutes\" scope=\"col\">").append(esc(translate(locale, "invitation.column.minutes")))
                .append("</th></tr></thead><tbody>");
        for (InvitationContent.Item item : items) {
            boolean sub = item.depth() > 0;
            html.append("<tr class=\"").append(sub ? "sub" : "top").append("\">")
                    .append("<td class=\"no\">").append(esc(item.number())).append("</td>")
                    .append("<td class=\"subject\"><div class=\"item-title\">").append(esc(item.title())).append("</div>");
            String meta = Stream.of(item.kindLabel(),
                            isBlank(item.proposalReference()) ? null
                                    : translate(locale, "invitation.item.proposal", item.proposalReference()),
                            isBlank(item.presenter()) ? null
                                    : translate(locale, "invitation.item.presenter", item.presenter()))
                    .filter(s -> !isBlank(s)).collect(Collectors.joining(" · "));
            if (!meta.isEmpty()) {
                html.append("<div class=\"item-meta\">").append(esc(meta)).append("</div>");
            }
            if (!isBlank(item.description())) {
                html.append("<div class=\"item-description\">").append(multiline(item.description())).append("</div>");
            }
            html.append("</td><td class=\"minutes\">");
            if (item.plannedMinutes() > 0) {
                html.append(esc(translate(locale, "invitation.item.minutes", String.valueOf(item.plannedMinutes()))));
            }
            html.append("</td></tr>");
        }
        html.append("</tbody></table></div>");
    }

    private static String time(InvitationContent c, Locale locale) {
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
        String from = hhmm.format(c.start().withZoneSameInstant(Formats.ZONE));
        if (c.plannedEnd() == null) {
            return translate(locale, "invitation.time.from", from);
        }
        return translate(locale, "invitation.time.range", from, hhmm.format(c.plannedEnd().withZoneSameInstant(Formats.ZONE)));
    }

    private static void fact(StringBuilder html, String label, String valueHtml) {
        html.append("<tr><th scope=\"row\">").append(esc(label)).append("</th><td>").append(valueHtml).append("</td></tr>");
    }

    private static String meta(String name, String value) {
        return isBlank(value) ? "" : "<meta name=\"" + name + "\" content=\"" + esc(value) + "\"/>";
    }

    /** A link only for web addresses; anything else is shown as text. */
    private static String link(String url) {
        String trimmed = url.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return "<a href=\"" + esc(trimmed) + "\" title=\"" + esc(trimmed) + "\">" + esc(trimmed) + "</a>";
        }
        return esc(trimmed);
    }

    private static String multiline(String text) {
        return Stream.of(text.strip().split("\\R", -1)).map(XhtmlText::esc).collect(Collectors.joining("<br/>"));
    }

    private static String css(InvitationContent c, Locale locale) {
        String issued = c.issuedOn() == null ? "" : translate(locale, "invitation.footer.issued", Formats.date(c.issuedOn()));
        String continued = translate(locale, "invitation.header.continued", c.bodyName(),
                Formats.date(c.start().withZoneSameInstant(Formats.ZONE).toLocalDate()));
        String page = cssString(translate(locale, "invitation.footer.page", PAGE, PAGES))
                .replace(PAGE, "\" counter(page) \"").replace(PAGES, "\" counter(pages) \"");
        return """
                @page {
                  size: A4;
                  margin: 20mm 20mm 27mm 25mm;
                  @bottom-left { content: %s; font-family: '%s'; font-size: 8pt; color: #555555;
                                 vertical-align: bottom; padding-bottom: 8mm; }
                  @bottom-right { content: %s; font-family: '%s'; font-size: 8pt; color: #555555;
                                  vertical-align: bottom; padding-bottom: 8mm; }
                  @top-left { content: %s; font-family: '%s'; font-size: 8pt; color: #555555;
                              vertical-align: bottom; padding-bottom: 6mm; }
                }
                @page :first { @top-left { content: none; } }
                body { font-family: '%s'; font-size: 10pt; line-height: 1.4; color: #1a1a1a; margin: 0; }
                .letterhead { border-bottom: 1.2pt solid #1f3a5f; padding-bottom: 3mm; margin-bottom: 7mm; }
                .letterhead .version { float: right; font-size: 7.5pt; color: #4a5a6a; border: 0.5pt solid #8a97a4;
                                       padding: 0.6mm 2mm; margin-top: -0.5mm; }
                .letterhead .version.members { color: #7a1f1f; border-color: #7a1f1f; }
                .letterhead .kind { font-size: 8.5pt; letter-spacing: 0.6pt; text-transform: uppercase; color: #4a5a6a; }
                .letterhead .body-name { font-size: 15pt; font-weight: bold; color: #1f3a5f; margin-top: 1mm; }
                .amended { border: 1pt solid #9b1c1c; border-left: 4pt solid #9b1c1c; background: #fbeeee;
                           padding: 2.5mm 4mm; margin-bottom: 6mm; color: #5a1010; }
                .amended-title { font-weight: bold; font-size: 12pt; color: #9b1c1c; margin-bottom: 1mm; }
                h1 { font-size: 15pt; font-weight: bold; margin: 0 0 1mm 0; line-height: 1.25; }
                .subtitle { font-size: 11pt; color: #333333; margin-bottom: 6mm; }
                p { margin: 0 0 2.5mm 0; }
                .salutation { margin-top: 2mm; }
                table { border-collapse: collapse; width: 100%%; }
                table.facts { margin: 4mm 0 7mm 0; border-top: 0.5pt solid #b8c2cc; border-bottom: 0.5pt solid #b8c2cc; }
                table.facts th { width: 30mm; text-align: left; font-weight: bold; padding: 1.6mm 3mm 1.6mm 0;
                                 vertical-align: top; }
                table.facts td { padding: 1.6mm 0; vertical-align: top; }
                a { color: #1f3a5f; text-decoration: none; word-wrap: break-word; }
                h2 { font-size: 13pt; font-weight: bold; color: #1f3a5f; margin: 0 0 3mm 0;
                     border-bottom: 0.8pt solid #1f3a5f; padding-bottom: 1mm; }
                h3 { font-size: 10.5pt; font-weight: bold; margin: 5mm 0 1.5mm 0; color: #1a1a1a; page-break-after: avoid; }
                .part.non-public h3 { color: #7a1f1f; }
                table.agenda { -fs-table-paginate: paginate; table-layout: fixed; }
                table.agenda col.no { width: 14mm; }
                table.agenda col.minutes { width: 20mm; }
                table.agenda thead th { font-size: 8pt; font-weight: bold; color: #555555; text-align: left;
                                        border-bottom: 0.8pt solid #555555; padding: 0 2mm 1mm 0; }
                table.agenda th.minutes, table.agenda td.minutes { text-align: right; padding-right: 0; }
                table.agenda tr { page-break-inside: avoid; }
                table.agenda td { vertical-align: top; padding: 2mm 2mm 2mm 0; border-bottom: 0.4pt solid #d0d6dc; }
                table.agenda .minutes { white-space: nowrap; }
                table.agenda tr.top td.no { font-weight: bold; }
                table.agenda tr.top .item-title { font-weight: bold; }
                table.agenda tr.sub td { padding-top: 1.2mm; padding-bottom: 1.2mm; border-bottom-color: #e6eaee; }
                table.agenda tr.sub td.no { padding-left: 5mm; color: #333333; }
                table.agenda tr.sub td.subject { padding-left: 5mm; }
                .item-title { word-wrap: break-word; }
                .item-meta { font-size: 8.5pt; color: #4a4a4a; margin-top: 0.6mm; }
                .item-description { font-size: 9pt; color: #333333; margin-top: 1mm; word-wrap: break-word; }
                .empty { color: #555555; font-style: normal; }
                .meeting-url { margin-top: 6mm; font-size: 9pt; word-wrap: break-word; }
                .closing { margin-top: 8mm; page-break-inside: avoid; }
                .signature { margin-top: 6mm; }
                """.formatted(
                cssString(issued), FONT_FAMILY, page, FONT_FAMILY, cssString(continued), FONT_FAMILY, FONT_FAMILY);
    }



    /** Escaped text in which one marker is replaced by ready-made markup. */
    private static String escWith(String text, String marker, String markup) {
        int at = text.indexOf(marker);
        if (at < 0) {
            return esc(text);
        }
        return esc(text.substring(0, at)) + markup + esc(text.substring(at + marker.length()));
    }

    private static String joinNonBlank(String separator, String... parts) {
        return Stream.of(parts).filter(p -> !isBlank(p)).map(String::strip).collect(Collectors.joining(separator));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String translate(Locale locale, String key, Object... arguments) {
        return TranslationProvider.translate(key, locale, arguments);
    }

    private static byte[] load(String resource) {
        try (InputStream in = InvitationPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing on the class path: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }

    /** openhtmltopdf's log to SLF4J: its per-document chatter (INFO and below) at debug level. */
    private static final class Slf4jXrLogger implements XRLogger {

        @Override
        public void log(String where, Level level, String message) {
            log(where, level, message, null);
        }

        @Override
        public void log(String where, Level level, String message, Throwable error) {
            Logger logger = LoggerFactory.getLogger(where);
            if (level.intValue() >= Level.SEVERE.intValue()) {
                logger.error(message, error);
            } else if (level.intValue() >= Level.WARNING.intValue()) {
                logger.warn(message, error);
            } else {
                logger.debug(message, error);
            }
        }

        @Override
        public void setLevel(String logger, Level level) {
            // levels are set in the Spring Boot logging configuration
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
            int level = diagnostic.getLevel().intValue();
            return level >= Level.SEVERE.intValue() ? logger.isErrorEnabled()
                    : level >= Level.WARNING.intValue() ? logger.isWarnEnabled() : logger.isDebugEnabled();
        }
    }
}
