package de.lenkrunde.meetings;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the invitation PDF says, read back with PDFBox. */
class InvitationPdfTest {

    private final InvitationPdf pdf = new InvitationPdf();

    @Test
    void the_members_version_has_every_item_and_the_non_public_part() throws IOException {
        String text = text(pdf.render(InvitationSamples.meeting(), true));

        assertThat(text).contains(
                "Einladung zur Sitzung der Lenkrunde Tellkamp", "3. ordentliche Sitzung 2026",
                "LENKRUNDE · SOZIALRAUM TELLKAMP-SÜD",
                "Donnerstag, 18.06.2026", "17:00 – 19:30 Uhr",
                "Großer Sitzungssaal (Raum 1.12), Rathaus, Marktplatz 1, 31785 Hameln",
                "https://meet.lenkrunde.example/lr-tellkamp-2026-03",
                "Tagesordnung", "Öffentlicher Teil", "Nichtöffentlicher Teil",
                "Eröffnung, Begrüßung und Feststellung der ordnungsgemäßen Ladung",
                "Bewegungsparcours am Bürgerpark", "Vorschlag V-2026-0042", "Berichterstattung: Ayşe Demir",
                "Geschätzte Kosten 12.480,00 €", "15 Min.", "5.3", "Sprachcafé für Neuzugewanderte",
                "Berichterstattung: Zofia Wiśniewska", "Berichterstattung: Łukasz Nowak",
                "Personalangelegenheit Quartiersmanagement", "8.1 Besetzung der Stelle Quartiersmanagement Tellkamp",
                "Grundstücksangelegenheit Flurstück 12/7",
                "Unterlagen und aktuelle Tagesordnung: https://lenkrunde.example/meetings/42",
                "gez. Dr. Małgorzata Şahin-Köhler, Vorsitz",
                "Ausgestellt am 04.06.2026", "Seite 1 von 2", "Seite 2 von 2",
                "Fassung für Mitglieder", "Lenkrunde Tellkamp – Sitzung am 18.06.2026");
        assertThat(text.indexOf("Öffentlicher Teil")).isLessThan(text.indexOf("Nichtöffentlicher Teil"));
        assertThat(text.indexOf("Termine und Verschiedenes")).isLessThan(text.indexOf("Nichtöffentlicher Teil"));
        assertThat(text.indexOf("Nichtöffentlicher Teil")).isLessThan(text.indexOf("Personalangelegenheit"));
        assertThat(text).doesNotContain("Änderung der Tagesordnung").doesNotContain("!invitation.");
    }

    @Test
    void the_public_version_has_neither_the_non_public_items_nor_their_heading() throws IOException {
        String text = text(pdf.render(InvitationSamples.meeting(), false));

        assertThat(text).contains("Öffentlicher Teil", "Bewegungsparcours am Bürgerpark", "Termine und Verschiedenes",
                "Öffentliche Fassung");
        assertThat(text).doesNotContain("Nichtöffentlicher Teil", "Personalangelegenheit", "Quartiersmanagement",
                "Grundstücksangelegenheit", "NKomVG", "Fassung für Mitglieder");
    }

    @Test
    void a_public_sub_item_of_a_non_public_item_stays_non_public() {
        List<InvitationContent.Item> items = List.of(
                new InvitationContent.Item("1", 0, "Offen", "Information", 5, null, false, null, null),
                new InvitationContent.Item("2", 0, "Geheim", "Beratung", 5, null, true, null, null),
                new InvitationContent.Item("2.1", 1, "Auch geheim", "Beschluss", 5, null, false, null, null),
                new InvitationContent.Item("3", 0, "Wieder offen", "Information", 5, null, false, null, null));

        assertThat(InvitationPdf.part(items, false)).extracting(InvitationContent.Item::number).containsExactly("1", "3");
        assertThat(InvitationPdf.part(items, true)).extracting(InvitationContent.Item::number).containsExactly("2", "2.1");
    }

    @Test
    void letters_beyond_latin_1_and_the_euro_sign_come_out_as_written() throws IOException {
        InvitationContent content = InvitationSamples.meeting(false, 0, List.of(
                InvitationSamples.item("1", 0, "Straße 1.234,56 € Łukasz Müller", "Information", 10, "Ştefan Ćosić")));

        String text = text(pdf.render(content, false));

        assertThat(text).contains("Straße 1.234,56 € Łukasz Müller", "Berichterstattung: Ştefan Ćosić");
    }

    @Test
    void only_the_bundled_font_is_used_and_it_is_embedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(InvitationSamples.meeting(), true))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            });
            assertThat(fonts).extracting(PDFont::getName).anyMatch(name -> name.contains("Bold"));
        }
    }

    @Test
    void an_amended_agenda_says_so_at_the_top() throws IOException {
        String text = text(pdf.render(InvitationSamples.meeting(true, 1, InvitationSamples.items()), true));

        assertThat(text).contains("Änderung der Tagesordnung", "geänderte Tagesordnung");
        assertThat(text.indexOf("Änderung der Tagesordnung")).isLessThan(text.indexOf("Einladung zur Sitzung"));
    }

    @Test
    void markup_characters_in_names_and_titles_are_printed_not_interpreted() throws IOException {
        String text = text(pdf.render(InvitationSamples.onlineOnlyWithAwkwardText(), true));

        assertThat(text).contains(
                "Einladung zur Sitzung der Fokusgruppe <Senioren> & \"Nachbarn\"",
                "Sondersitzung: Haushalt 2027 & <Anträge>",
                "Berichterstattung: O'Brien & Söhne <GmbH>",
                "Zeile 1 mit <b>kein HTML</b> & Co.",
                "Zeile 2 mit Steuerzeichen",
                "Online (Videokonferenz)", "ab 18:00 Uhr", "gez. Vorsitz");
        // the body's name also goes into the page header (CSS inside the XHTML) from page 2 on
        String twoPages = text(pdf.render(InvitationSamples.meeting("Lenkrunde <Nord> & \"Süd\" \\ 'West'", false, 0,
                InvitationSamples.items()), true));
        assertThat(twoPages).contains("Einladung zur Sitzung der Lenkrunde <Nord> & \"Süd\" \\ 'West'",
                "Lenkrunde <Nord> & \"Süd\" \\ 'West' – Sitzung am 18.06.2026", "Seite 2 von 2");
        assertThat(de.lenkrunde.base.format.XhtmlText.esc("a<b>&\"c'\u0001")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;");
    }

    @Test
    void the_document_has_a_title_and_the_language_german() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(InvitationSamples.meeting(), true))) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Einladung: Lenkrunde Tellkamp – 3. ordentliche Sitzung 2026 am 18.06.2026");
            assertThat(document.getDocumentInformation().getSubject())
                    .isEqualTo("Einladung und Tagesordnung der Sitzung am Donnerstag, 18.06.2026");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Lenkrunde Tellkamp");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de");
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void an_empty_agenda_says_so() throws IOException {
        String text = text(pdf.render(InvitationSamples.meeting(false, 0, List.of()), true));

        assertThat(text).contains("Es sind noch keine Tagesordnungspunkte vorgesehen.")
                .doesNotContain("Öffentlicher Teil", "Nichtöffentlicher Teil");
    }

    /** The text of all pages with runs of white space made one space, so that wrapped lines read on. */
    static String text(byte[] pdfBytes) throws IOException {
        assertThat(new String(pdfBytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdfBytes)) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s\\u00A0]+", " ");
        }
    }
}
