package de.lenkrunde.documents.ui;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import de.lenkrunde.KaribuTest;
import de.lenkrunde.documents.DocumentService;
import de.lenkrunde.documents.SampleFiles;
import de.lenkrunde.documents.TestOwnerPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class AttachmentsPanelTest extends KaribuTest {

    private static final long OWNER = 7;

    @Autowired
    private DocumentService documents;

    @Autowired
    private TestOwnerPolicy policy;

    @BeforeEach
    void signIn() {
        policy.allowAll();
        testData.account("erika", Set.of(), Set.of());
        login("erika");
    }

    @Test
    void an_empty_panel_says_how_to_attach_a_file() {
        showPanel();

        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "Noch keine Anhänge. Ziehen Sie eine Datei in das Feld unten oder wählen Sie sie mit „Datei auswählen …“ aus.")))
                .isNotNull();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("attachments-hint")).getText())
                .isEqualTo("Erlaubt sind PDF, ODT, ODS, DOCX, XLSX, PNG, JPEG, höchstens 20 MB je Datei. "
                        + "Geprüft wird der Inhalt, nicht nur die Endung.");
        Upload upload = _get(Upload.class);
        assertThat(upload.getAcceptedFileTypes()).contains(".pdf", "application/pdf", ".docx", ".jpg");
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Datei auswählen …");
    }

    @Test
    void an_uploaded_pdf_is_listed_with_size_uploader_and_date_and_downloads_unchanged() {
        showPanel();

        UploadKt._upload(_get(Upload.class), "Kosten plan: 2026?.pdf", "application/pdf", SampleFiles.pdf());

        Anchor link = _get(Anchor.class, spec -> spec.withText("Kosten plan 2026.pdf"));
        assertThat(DownloadKt.download(link)).isEqualTo(SampleFiles.pdf());
        assertThat(_get(Span.class, spec -> spec.withClasses("attachment-meta")).getText())
                .matches(SampleFiles.pdf().length + " B · Erika Test · \\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}");
        _assertNone(Paragraph.class, spec -> spec.withClasses("attachments-refusal"));
    }

    @Test
    void an_executable_renamed_to_pdf_is_refused_and_the_reason_shown() {
        showPanel();

        UploadKt._upload(_get(Upload.class), "Rechnung.pdf", "application/pdf", SampleFiles.exe());

        Paragraph refusal = _get(Paragraph.class, spec -> spec.withClasses("attachments-refusal"));
        assertThat(refusal.isVisible()).isTrue();
        assertThat(refusal.getText()).isEqualTo("„Rechnung.pdf“ wurde abgelehnt: Der Inhalt ist keine erlaubte Datei. "
                + "Erlaubt sind PDF, ODT, ODS, DOCX, XLSX, PNG, JPEG.");
        assertThat(_find(Anchor.class)).isEmpty();
        assertThat(documents.list(TestOwnerPolicy.KIND, OWNER)).isEmpty();
    }

    @Test
    void a_wrong_extension_is_refused_with_the_extension_that_would_fit() {
        showPanel();

        UploadKt._upload(_get(Upload.class), "Foto.pdf", "application/pdf", SampleFiles.png());

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("attachments-refusal")).getText())
                .contains("„Foto.pdf“ wurde abgelehnt", "PNG-Datei", ".png");
    }

    @Test
    void an_attachment_is_removed_after_confirmation() {
        documents.attach(TestOwnerPolicy.KIND, OWNER, "Bericht.docx", SampleFiles.docx());
        showPanel();

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "„Bericht.docx“ entfernen")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(_find(Anchor.class)).isEmpty();
        assertThat(documents.list(TestOwnerPolicy.KIND, OWNER)).isEmpty();
    }

    @Test
    void who_may_only_read_sees_the_list_without_upload_and_remove() {
        documents.attach(TestOwnerPolicy.KIND, OWNER, "Bericht.docx", SampleFiles.docx());
        policy.allow(true, false, false);
        showPanel();

        assertThat(_get(Anchor.class, spec -> spec.withText("Bericht.docx"))).isNotNull();
        _assertNone(Upload.class);
        _assertNone(Button.class, spec -> spec.withAttribute("aria-label", "„Bericht.docx“ entfernen"));
    }

    private void showPanel() {
        UI.getCurrent().add(new AttachmentsPanel(TestOwnerPolicy.KIND, OWNER, documents));
    }
}
