package de.lenkrunde.documents;

import de.lenkrunde.IntegrationTest;
import de.lenkrunde.base.validation.BusinessRuleException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@RecordApplicationEvents
class DocumentServiceTest extends IntegrationTest {

    private static final String KIND = TestOwnerPolicy.KIND;
    private static final long OWNER = 42;

    @Autowired
    private DocumentService documents;

    @Autowired
    private TestOwnerPolicy policy;

    @Autowired
    private ApplicationEvents events;

    private long personId;

    @BeforeEach
    void signIn() {
        policy.allowAll();
        personId = testData.account("erika", Set.of(), Set.of());
        signInAs("erika");
    }

    @Test
    void an_attached_file_is_listed_without_content_and_opens_with_the_same_bytes() throws Exception {
        byte[] pdf = SampleFiles.pdf();

        DocumentInfo attached = documents.attach(KIND, OWNER, "Kosten plan: 2026?.pdf", pdf);

        assertThat(attached.fileName()).isEqualTo("Kosten plan 2026.pdf");
        assertThat(attached.contentType()).isEqualTo("application/pdf");
        assertThat(attached.uploadedByPersonId()).isEqualTo(personId);
        assertThat(documents.list(KIND, OWNER)).singleElement().satisfies(info -> {
            assertThat(info.id()).isEqualTo(attached.id());
            assertThat(info.fileName()).isEqualTo("Kosten plan 2026.pdf");
            assertThat(info.sizeBytes()).isEqualTo(pdf.length);
            assertThat(info.uploadedByName()).contains("Erika");
            assertThat(info.uploadedAt()).isNotNull();
        });
        assertThat(documents.list(KIND, OWNER + 1)).isEmpty();

        DocumentContent opened = documents.open(attached.id());
        assertThat(opened.content()).isEqualTo(pdf);
        assertThat(opened.fileName()).isEqualTo("Kosten plan 2026.pdf");
        assertThat(opened.contentType()).isEqualTo("application/pdf");
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(pdf));
        assertThat(jdbc.queryForObject("SELECT sha512 FROM document WHERE id = ?", String.class, attached.id()))
                .isEqualTo(expected).hasSize(128);
    }

    @Test
    void content_changed_in_the_database_behind_our_back_is_not_handed_out() {
        DocumentInfo attached = documents.attach(KIND, OWNER, "Antrag.pdf", SampleFiles.pdf());
        byte[] tampered = SampleFiles.pdf();
        tampered[tampered.length - 2] = 'X';
        jdbc.update("UPDATE document SET content = ? WHERE id = ?", tampered, attached.id());

        assertThatThrownBy(() -> documents.open(attached.id()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("documents.damaged");
                    assertThat(e.arguments()).containsExactly("Antrag.pdf");
                });
    }

    @Test
    void an_owner_kind_without_a_policy_is_refused_for_everything() {
        assertThatThrownBy(() -> documents.attach("NOBODY", OWNER, "Antrag.pdf", SampleFiles.pdf()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.list("NOBODY", OWNER)).isInstanceOf(AccessDeniedException.class);
        assertThat(documents.rights("NOBODY", OWNER)).isEqualTo(AttachmentRights.none());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document", Integer.class)).isZero();
    }

    @Test
    void what_the_owners_policy_refuses_is_refused_with_access_denied() {
        DocumentInfo attached = documents.attach(KIND, OWNER, "Antrag.pdf", SampleFiles.pdf());

        policy.allow(true, false, false);
        assertThatThrownBy(() -> documents.attach(KIND, OWNER, "Zweiter.pdf", SampleFiles.pdf()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.remove(attached.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(documents.rights(KIND, OWNER)).isEqualTo(new AttachmentRights(true, false, false));

        policy.allow(false, true, true);
        assertThatThrownBy(() -> documents.list(KIND, OWNER)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.open(attached.id())).isInstanceOf(AccessDeniedException.class);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document", Integer.class)).isEqualTo(1);
    }

    @Test
    void nobody_signed_in_may_do_anything() {
        signOut();

        assertThatThrownBy(() -> documents.list(KIND, OWNER))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void attaching_publishes_an_event_for_the_owner() {
        DocumentInfo attached = documents.attach(KIND, OWNER, "Foto.png", SampleFiles.png());

        assertThat(events.stream(DocumentAttached.class)).singleElement().satisfies(event -> {
            assertThat(event.ownerKind()).isEqualTo(KIND);
            assertThat(event.ownerId()).isEqualTo(OWNER);
            assertThat(event.documentId()).isEqualTo(attached.id());
            assertThat(event.fileName()).isEqualTo("Foto.png");
            assertThat(event.personId()).isEqualTo(personId);
            assertThat(event.at()).isEqualTo(attached.uploadedAt());
        });
    }

    @Test
    void a_refused_upload_stores_nothing_and_publishes_nothing() {
        assertThatThrownBy(() -> documents.attach(KIND, OWNER, "Rechnung.pdf", SampleFiles.exe()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("documents.refused.type"));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document", Integer.class)).isZero();
        assertThat(events.stream(DocumentAttached.class)).isEmpty();
    }

    @Test
    void a_removed_attachment_is_gone_and_its_removal_is_published() {
        DocumentInfo first = documents.attach(KIND, OWNER, "Bericht.docx", SampleFiles.docx());
        DocumentInfo second = documents.attach(KIND, OWNER, "Kosten.xlsx", SampleFiles.xlsx());

        documents.remove(first.id());

        assertThat(documents.list(KIND, OWNER)).extracting(DocumentInfo::id).containsExactly(second.id());
        assertThat(events.stream(DocumentRemoved.class)).singleElement()
                .satisfies(event -> assertThat(event.fileName()).isEqualTo("Bericht.docx"));
    }

    @Test
    void a_file_of_nearly_twenty_megabytes_goes_in_and_out_of_the_database_intact() {
        byte[] big = java.util.Arrays.copyOf(SampleFiles.pdf(), 19 * 1024 * 1024);
        big[big.length - 1] = 7;

        DocumentInfo attached = documents.attach(KIND, OWNER, "Gross.pdf", big);

        assertThat(documents.open(attached.id()).content()).isEqualTo(big);
    }

    private void signOut() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }
}
