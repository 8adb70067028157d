package de.lenkrunde.documents;

import de.lenkrunde.base.validation.BusinessRuleException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadCheckTest {

    private static final long TWENTY_MB = 20L * 1024 * 1024;

    private final UploadCheck check = new UploadCheck(TWENTY_MB);

    @Test
    void a_pdf_png_and_jpeg_are_recognised_by_their_first_bytes() {
        assertThat(check.check("Antrag.pdf", SampleFiles.pdf()).type()).isEqualTo(FileType.PDF);
        assertThat(check.check("Plan.png", SampleFiles.png()).type()).isEqualTo(FileType.PNG);
        assertThat(check.check("Foto.jpg", SampleFiles.jpeg()).type()).isEqualTo(FileType.JPEG);
        assertThat(check.check("Foto.JPEG", SampleFiles.jpeg()).type()).isEqualTo(FileType.JPEG);
    }

    @Test
    void office_files_are_recognised_by_the_entries_of_their_zip_container() {
        assertThat(check.check("Bericht.docx", SampleFiles.docx()).type()).isEqualTo(FileType.DOCX);
        assertThat(check.check("Kosten.xlsx", SampleFiles.xlsx()).type()).isEqualTo(FileType.XLSX);
        assertThat(check.check("Bericht.odt", SampleFiles.odt()).type()).isEqualTo(FileType.ODT);
        assertThat(check.check("Kosten.ods", SampleFiles.ods()).type()).isEqualTo(FileType.ODS);
    }

    @Test
    void a_zip_that_is_no_office_file_or_has_another_odf_mimetype_is_refused() {
        assertRefused("Archiv.docx", SampleFiles.plainZip(), "documents.refused.type");
        assertRefused("Folien.odt", SampleFiles.odf("application/vnd.oasis.opendocument.presentation"),
                "documents.refused.type");
        assertRefused("kaputt.docx", new byte[]{'P', 'K', 3, 4, 1, 2, 3}, "documents.refused.type");
    }

    @Test
    void an_executable_renamed_to_pdf_is_refused_because_of_its_content() {
        assertThatThrownBy(() -> check.check("Rechnung.pdf", SampleFiles.exe()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("documents.refused.type");
                    assertThat(e.arguments()).containsExactly("Rechnung.pdf", "PDF, ODT, ODS, DOCX, XLSX, PNG, JPEG");
                });
    }

    @Test
    void a_file_over_the_limit_is_refused_with_its_size_and_the_limit() {
        byte[] thirtyMb = new byte[30 * 1024 * 1024];
        System.arraycopy(SampleFiles.pdf(), 0, thirtyMb, 0, SampleFiles.pdf().length);

        assertThatThrownBy(() -> check.check("Groß.pdf", thirtyMb))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("documents.refused.tooLarge");
                    assertThat(e.arguments()).containsExactly("Groß.pdf", "30 MB", "20 MB");
                });
    }

    @Test
    void a_file_exactly_at_the_limit_is_accepted() {
        byte[] twentyMb = Arrays.copyOf(SampleFiles.pdf(), (int) TWENTY_MB);

        assertThat(check.check("Genau.pdf", twentyMb).type()).isEqualTo(FileType.PDF);
    }

    @Test
    void an_extension_that_does_not_match_the_content_is_refused_and_the_right_one_named() {
        assertThatThrownBy(() -> check.check("Foto.pdf", SampleFiles.png()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("documents.refused.extension");
                    assertThat(e.arguments()).containsExactly("Foto.pdf", "PNG", ".png");
                });
        assertRefused("Bericht.xlsx", SampleFiles.docx(), "documents.refused.extension");
        assertRefused("Bericht.odt", SampleFiles.ods(), "documents.refused.extension");
        assertRefused("Antrag", SampleFiles.pdf(), "documents.refused.extension");
    }

    @Test
    void an_empty_file_or_a_name_with_nothing_usable_is_refused() {
        assertRefused("leer.pdf", new byte[0], "documents.refused.empty");
        assertRefused("../../", SampleFiles.pdf(), "documents.refused.name");
        assertRefused(null, SampleFiles.pdf(), "documents.refused.name");
    }

    @Test
    void the_accepted_name_is_the_sanitised_one() {
        assertThat(check.check("C:\\Users\\erika\\Kosten plan: 2026?.pdf", SampleFiles.pdf()).fileName())
                .isEqualTo("Kosten plan 2026.pdf");
    }

    @Test
    void sanitising_drops_path_parts() {
        assertThat(UploadCheck.sanitize("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadCheck.sanitize("..\\..\\windows\\system32\\evil.pdf")).isEqualTo("evil.pdf");
        assertThat(UploadCheck.sanitize("/tmp/.hidden.pdf")).isEqualTo("hidden.pdf");
    }

    @Test
    void sanitising_drops_characters_reserved_on_windows_and_collapses_spaces() {
        assertThat(UploadCheck.sanitize("Kosten plan: 2026?.pdf")).isEqualTo("Kosten plan 2026.pdf");
        assertThat(UploadCheck.sanitize("a<b>c|d\"e*f.pdf")).isEqualTo("abcdef.pdf");
        assertThat(UploadCheck.sanitize("  Protokoll   Mai .pdf  ")).isEqualTo("Protokoll Mai.pdf");
        assertThat(UploadCheck.sanitize("CON.pdf")).isEqualTo("_CON.pdf");
    }

    @Test
    void sanitising_drops_control_and_invisible_direction_characters() {
        assertThat(UploadCheck.sanitize("Bericht\u0000\n\t.pdf")).isEqualTo("Bericht.pdf");
        // U+202E turns "Rechnung‮fdp.exe" into something that looks like a PDF.
        assertThat(UploadCheck.sanitize("Rechnung\u202Efdp.exe")).isEqualTo("Rechnungfdp.exe");
    }

    @Test
    void sanitising_keeps_umlauts_and_other_letters_also_when_sent_decomposed() {
        assertThat(UploadCheck.sanitize("Übersicht Straße Łukasz.pdf")).isEqualTo("Übersicht Straße Łukasz.pdf");
        assertThat(UploadCheck.sanitize("U\u0308bersicht.pdf")).isEqualTo("Übersicht.pdf");
    }

    @Test
    void sanitising_shortens_long_names_to_200_characters_and_keeps_the_extension() {
        String name = UploadCheck.sanitize("ä".repeat(300) + ".xlsx");

        assertThat(name).hasSize(200).endsWith("ä.xlsx");
    }

    @Test
    void file_sizes_are_written_the_german_way() {
        assertThat(FileSizes.format(512)).isEqualTo("512 B");
        assertThat(FileSizes.format(1_258_291)).isEqualTo("1,2 MB");
        assertThat(FileSizes.format(12_595)).isEqualTo("12,3 kB");
        assertThat(FileSizes.format(20L * 1024 * 1024)).isEqualTo("20 MB");
    }

    private void assertRefused(String fileName, byte[] content, String key) {
        assertThatThrownBy(() -> check.check(fileName, content))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
