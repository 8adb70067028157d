package de.lenkrunde.minutes;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import de.lenkrunde.actions.ActionItemView;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.format.XhtmlText;
import de.lenkrunde.base.i18n.Languages;
import de.lenkrunde.base.i18n.TranslationProvider;
import de.lenkrunde.decisions.DecisionView;
import de.lenkrunde.decisions.MotionView;
import de.lenkrunde.decisions.Vote;
import de.lenkrunde.live.LiveNotesService;
import de.lenkrunde.meetings.AgendaItemState;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static de.lenkrunde.base.format.XhtmlText.cssString;
import static de.lenkrunde.base.format.XhtmlText.esc;

/**
 * The minutes as an A4 PDF in German, the way a Landkreis files them: letterhead with the version (members' or
 * public), the facts §93 VwVfG asks for, attendance, the agenda as held, per TOP the text, motions, decisions with
 * their votes and action items, the non-public part separately (members' version only), and the signatures and the
 * approval. XHTML rendered by openhtmltopdf with the bundled DejaVu Sans, embedded (names like Łukasz, and €). The
 * Markdown of the texts is rendered by live's sanitising renderer (raw HTML escaped).
 */
@Component
class MinutesPdf {

    private static final String FONT = "DejaVu Sans";
    private static final Locale DE = Languages.GERMAN;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(Formats.ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, dd.MM.yyyy", DE).withZone(Formats.ZONE);

    private final byte[] regular = load("/fonts/DejaVuSans.ttf");
    private final byte[] bold = load("/fonts/DejaVuSans-Bold.ttf");
    private final LiveNotesService notes;

    MinutesPdf(LiveNotesService notes) {
        this.notes = notes;
    }

    byte[] render(MinutesView m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .useFont(() -> new ByteArrayInputStream(regular), FONT, 400, FontStyle.NORMAL, true)
                    .useFont(() -> new ByteArrayInputStream(bold), FONT, 700, FontStyle.NORMAL, true)
                    .withProducer("Lenkrunde")
                    .withHtmlContent(xhtml(m), null)
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the minutes PDF", e);
        }
        return out.toByteArray();
    }

    String xhtml(MinutesView m) {
        StringBuilder h = new StringBuilder(16384);
        String title = t("minutes.pdf.title", m.bodyName(), Formats.date(m.meetingStartsAt()));
        h.append("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"UTF-8\"/><title>").append(esc(title)).append("</title>")
                .append("<meta name=\"author\" content=\"").append(esc(m.bodyName())).append("\"/>")
                .append("<meta name=\"subject\" content=\"").append(esc(title)).append("\"/>")
                .append("<style>").append(esc(css(m))).append("</style></head><body>");
        h.append("<div class=\"letterhead\"><div class=\"version").append(m.withNonPublic() ? " members" : "").append("\">")
                .append(esc(t(m.withNonPublic() ? "minutes.pdf.version.members" : "minutes.pdf.version.public"))).append("</div>")
                .append("<div class=\"body-name\">").append(esc(m.bodyName())).append("</div></div>");
        h.append("<h1>").append(esc(t("minutes.pdf.heading"))).append("</h1>")
                .append("<div class=\"subtitle\">").append(esc(m.meetingTitle() + " · " + DAY.format(m.meetingStartsAt()))).append("</div>");
        if (m.status() != MinutesStatus.APPROVED) {
            h.append("<div class=\"state\">").append(esc(t("minutes.pdf.notApproved", t("minutes.status." + m.status().name()))))
                    .append("</div>");
        }
        if (m.edition() > 1) {
            h.append("<div class=\"state\">").append(esc(t("minutes.pdf.edition", m.edition(), nz(m.correctionReason())))).append("</div>");
        }

        h.append("<table class=\"facts\">");
        fact(h, t("minutes.place"), nz(m.place()));
        fact(h, t("minutes.date"), DAY.format(m.meetingStartsAt()));
        fact(h, t("minutes.start"), m.startedAt() == null ? "–" : TIME.format(m.startedAt()));
        fact(h, t("minutes.end"), m.endedAt() == null ? "–" : TIME.format(m.endedAt()));
        fact(h, t("minutes.chair"), nz(m.chairName()));
        fact(h, t("minutes.minuteTaker"), nz(m.minuteTakerName()));
        h.append("</table>");

        h.append("<h2>").append(esc(t("minutes.attendance"))).append("</h2>");
        attendees(h, t("minutes.attendance.present"), m.attendance().present());
        attendees(h, t("minutes.attendance.excused"), m.attendance().excused());
        attendees(h, t("minutes.attendance.absent"), m.attendance().absent());
        attendees(h, t("minutes.attendance.guests"), m.attendance().guests());

        h.append("<h2>").append(esc(t("minutes.agenda"))).append("</h2><table class=\"agenda\">");
        for (MinutesView.Item item : m.items()) {
            h.append("<tr><td class=\"no\">").append(esc(item.number())).append("</td><td>").append(esc(item.title()))
                    .append(tags(item)).append("</td></tr>");
        }
        h.append("</table>");

        List<MinutesView.Item> publicItems = m.items().stream().filter(i -> !i.nonPublic()).toList();
        List<MinutesView.Item> nonPublicItems = m.items().stream().filter(MinutesView.Item::nonPublic).toList();
        h.append("<h2>").append(esc(t("minutes.part.public"))).append("</h2>");
        publicItems.forEach(item -> item(h, item));
        if (!nonPublicItems.isEmpty()) {
            h.append("<h2 class=\"non-public\">").append(esc(t("minutes.part.nonPublic"))).append("</h2>");
            nonPublicItems.forEach(item -> item(h, item));
        }

        h.append("<div class=\"signatures\"><table><tr>");
        signature(h, t("minutes.signature.chair"), m.chairSignature(), m.chairName());
        signature(h, t("minutes.signature.minuteTaker"), m.takerSignature(), m.minuteTakerName());
        h.append("</tr></table></div>");
        if (m.approval() != null) {
            h.append("<p class=\"approval\">").append(esc(t("minutes.approvedBy", m.approval().by(), Formats.dateTime(m.approval().at()))))
                    .append("</p>");
        }
        h.append("</body></html>");
        return h.toString();
    }

    private void item(StringBuilder h, MinutesView.Item item) {
        h.append("<div class=\"item\"><h3>").append(esc(t("minutes.item.heading", item.number(), item.title()))).append(tags(item))
                .append("</h3>");
        if (item.proposalLabel() != null) {
            h.append("<div class=\"meta\">").append(esc(t("minutes.item.proposal", item.proposalLabel()))).append("</div>");
        }
        if (item.urgent() && item.urgentReason() != null) {
            h.append("<div class=\"meta\">").append(esc(t("minutes.item.urgentReason", item.urgentReason()))).append("</div>");
        }
        if (item.stateReason() != null) {
            h.append("<div class=\"meta\">").append(esc(t("minutes.item.stateReason", item.stateReason()))).append("</div>");
        }
        if (!item.biased().isEmpty()) {
            h.append("<div class=\"meta\">").append(esc(t("minutes.item.biased", String.join(", ", item.biased())))).append("</div>");
        }
        if (!item.text().isBlank()) {
            h.append("<div class=\"text\">").append(notes.html(item.text())).append("</div>");
        }
        for (MotionView motion : item.motions()) {
            h.append("<div class=\"motion\">").append(esc(t("minutes.motion", t("motionKind." + motion.kind().name()), nz(motion.moverName()),
                    nz(motion.text()), t("motionOutcome." + motion.outcome().name()), vote(motion.vote())))).append("</div>");
        }
        for (DecisionView d : item.decisions()) {
            h.append("<div class=\"decision\"><div class=\"decision-head\">").append(esc(t("minutes.decision", d.number())))
                    .append(d.revision() > 0 ? esc(" · " + t("minutes.decision.corrected", d.revision())) : "").append("</div>")
                    .append("<div class=\"decision-text\">").append(multiline(d.text())).append("</div>")
                    .append("<div>").append(esc(t("minutes.decision.result", t("decisionOutcome." + d.outcome().name()), vote(d.vote()))))
                    .append("</div></div>");
        }
        if (!item.actionItems().isEmpty()) {
            h.append("<table class=\"actions\"><thead><tr><th>").append(esc(t("minutes.actions.task"))).append("</th><th>")
                    .append(esc(t("minutes.actions.owner"))).append("</th><th>").append(esc(t("minutes.actions.due")))
                    .append("</th></tr></thead><tbody>");
            for (ActionItemView a : item.actionItems()) {
                h.append("<tr><td>").append(esc(a.description())).append("</td><td>").append(esc(a.owner().name())).append("</td><td>")
                        .append(esc(Formats.date(a.dueDate()))).append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        h.append("</div>");
    }

    static String vote(Vote vote) {
        if (vote == null) {
            return "";
        }
        return switch (vote.method()) {
            case COUNTED -> t("minutes.vote.counted", vote.yes(), vote.no(), vote.abstain());
            case UNANIMOUS -> t("voteMethod.UNANIMOUS");
            case CONSENSUS -> t("voteMethod.CONSENSUS");
        };
    }

    private static String tags(MinutesView.Item item) {
        StringBuilder tags = new StringBuilder();
        if (item.state() == AgendaItemState.WITHDRAWN || item.state() == AgendaItemState.DEFERRED) {
            tags.append(" <span class=\"tag\">").append(esc(t("agendaItemState." + item.state().name()))).append("</span>");
        }
        if (item.urgent()) {
            tags.append(" <span class=\"tag\">").append(esc(t("minutes.item.urgent"))).append("</span>");
        }
        if (item.nonPublic()) {
            tags.append(" <span class=\"tag\">").append(esc(t("minutes.item.nonPublic"))).append("</span>");
        }
        return tags.toString();
    }

    private static void attendees(StringBuilder h, String label, List<MinutesView.Attendee> people) {
        if (people.isEmpty()) {
            return;
        }
        h.append("<div class=\"attendees\"><span class=\"label\">").append(esc(label)).append(": </span>")
                .append(esc(people.stream().map(MinutesPdf::attendee).collect(Collectors.joining("; ")))).append("</div>");
    }

    static String attendee(MinutesView.Attendee a) {
        StringBuilder s = new StringBuilder(a.name());
        String role = a.role() == null || a.role().equals("EXTERNAL_GUEST") ? null : t("bodyRole." + a.role());
        if (role != null && !a.role().equals("MEMBER")) {
            s.append(" (").append(role).append(')');
        }
        if (a.substituteFor() != null) {
            s.append(", ").append(t("minutes.attendance.substituteFor", a.substituteFor()));
        }
        if (a.leftAt() != null) {
            s.append(", ").append(t("minutes.attendance.left", TIME.format(a.leftAt())));
        }
        return s.toString();
    }

    private static void signature(StringBuilder h, String role, MinutesView.Signature signature, String fallbackName) {
        h.append("<td><div class=\"line\">").append(signature == null ? "" : esc(t("minutes.signature.signed", Formats.dateTime(signature.at()))))
                .append("</div><div>").append(esc(signature == null ? nz(fallbackName) : signature.name())).append("</div><div class=\"meta\">")
                .append(esc(role)).append("</div></td>");
    }

    private static void fact(StringBuilder h, String label, String value) {
        h.append("<tr><th scope=\"row\">").append(esc(label)).append("</th><td>").append(esc(value)).append("</td></tr>");
    }

    private static String css(MinutesView m) {
        String footer = cssString(t("minutes.pdf.footer", m.bodyName(), Formats.date(m.meetingStartsAt())));
        return """
                @page { size: A4; margin: 20mm 20mm 25mm 25mm;
                  @bottom-left { content: %s; font-family: '%s'; font-size: 8pt; color: #555555; }
                  @bottom-right { content: counter(page) " / " counter(pages); font-family: '%s'; font-size: 8pt; color: #555555; } }
                body { font-family: '%s'; font-size: 10pt; line-height: 1.4; color: #1a1a1a; }
                .letterhead { border-bottom: 1.2pt solid #1f3a5f; padding-bottom: 3mm; margin-bottom: 6mm; }
                .letterhead .version { float: right; font-size: 7.5pt; color: #4a5a6a; border: 0.5pt solid #8a97a4; padding: 0.6mm 2mm; }
                .letterhead .version.members { color: #7a1f1f; border-color: #7a1f1f; }
                .body-name { font-size: 15pt; font-weight: bold; color: #1f3a5f; }
                h1 { font-size: 16pt; margin: 0 0 1mm 0; }
                .subtitle { font-size: 11pt; color: #333333; margin-bottom: 4mm; }
                .state { border-left: 3pt solid #9b6b00; padding: 1mm 3mm; margin-bottom: 3mm; color: #5a3f00; }
                table { border-collapse: collapse; width: 100%%; }
                table.facts { margin: 3mm 0 5mm 0; border-top: 0.5pt solid #b8c2cc; border-bottom: 0.5pt solid #b8c2cc; }
                table.facts th { width: 35mm; text-align: left; padding: 1.2mm 3mm 1.2mm 0; vertical-align: top; }
                table.facts td { padding: 1.2mm 0; }
                h2 { font-size: 12.5pt; color: #1f3a5f; border-bottom: 0.8pt solid #1f3a5f; padding-bottom: 1mm; margin: 6mm 0 3mm 0; }
                h2.non-public { color: #7a1f1f; border-bottom-color: #7a1f1f; page-break-before: always; }
                h3 { font-size: 11pt; margin: 5mm 0 1.5mm 0; page-break-after: avoid; }
                .attendees { margin-bottom: 1.5mm; }
                .label { font-weight: bold; }
                table.agenda td { padding: 0.8mm 2mm 0.8mm 0; vertical-align: top; border-bottom: 0.4pt solid #d0d6dc; }
                table.agenda td.no { width: 14mm; font-weight: bold; }
                .tag { font-size: 8pt; color: #7a1f1f; border: 0.5pt solid #7a1f1f; padding: 0 1mm; font-weight: normal; }
                .meta { font-size: 8.5pt; color: #4a4a4a; }
                .text p { margin: 0 0 2mm 0; }
                .motion { font-size: 9pt; margin: 1.5mm 0; padding-left: 3mm; border-left: 1.5pt solid #b8c2cc; }
                .decision { margin: 2.5mm 0; padding: 2mm 3mm; border: 0.8pt solid #1f3a5f; page-break-inside: avoid; }
                .decision-head { font-weight: bold; color: #1f3a5f; }
                .decision-text { margin: 1mm 0; }
                table.actions { margin: 2mm 0; font-size: 9pt; }
                table.actions th { text-align: left; border-bottom: 0.8pt solid #555555; padding: 0 2mm 0.5mm 0; }
                table.actions td { padding: 0.8mm 2mm 0.8mm 0; border-bottom: 0.4pt solid #d0d6dc; vertical-align: top; }
                .signatures { margin-top: 12mm; page-break-inside: avoid; }
                .signatures td { width: 50%%; padding-right: 10mm; vertical-align: bottom; }
                .signatures .line { border-bottom: 0.6pt solid #1a1a1a; min-height: 8mm; font-size: 8.5pt; color: #333333; }
                .approval { margin-top: 6mm; font-weight: bold; }
                """.formatted(footer, FONT, FONT, FONT);
    }


    private static String multiline(String text) {
        return text == null ? "" : List.of(text.strip().split("\\R", -1)).stream().map(XhtmlText::esc).collect(Collectors.joining("<br/>"));
    }


    private static String nz(String text) {
        return text == null || text.isBlank() ? "–" : text;
    }

    private static String t(String key, Object... args) {
        return TranslationProvider.translate(key, DE, args);
    }

    private static byte[] load(String resource) {
        try (InputStream in = MinutesPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing on the class path: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }
}
