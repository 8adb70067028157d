package de.lenkrunde.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import de.lenkrunde.IntegrationTest;
import de.lenkrunde.base.TypedReference;
import de.lenkrunde.people.GlobalRole;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static de.lenkrunde.notifications.NotificationFixtures.ICS_TYPE;
import static de.lenkrunde.notifications.NotificationFixtures.ics;
import static de.lenkrunde.notifications.NotificationFixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The outbox against a real SMTP server (GreenMail). Back-off is an hour here, so a retry happens only when
 * the test makes the mail due (as if the hour had passed); the scheduled job looks every 100 ms.
 * A Spring context of its own (mail settings), closed after the class so its job stops.
 */
@TestPropertySource(properties = {
        "spring.mail.host=127.0.0.1",
        "lenkrunde.mail.max-attempts=3",
        "lenkrunde.mail.backoff=1h",
        "lenkrunde.mail.retry-interval=100ms",
        "lenkrunde.base-url=https://lenkrunde.example/"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MailDeliveryTest extends IntegrationTest {

    private static final int PORT = freePort();
    private static GreenMail smtp;

    @Autowired
    NotificationFixtures fixtures;
    @Autowired
    OutboxService outboxService;
    @Autowired
    MailDeliveries deliveries;

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> PORT);
    }

    /**
     * Vaadin's security configuration installs its own SecurityContextHolderStrategy globally whenever a
     * Spring context starts. This class's second context would leave its strategy behind for the shared
     * test context, whose method security reads another one: restore the previous strategy afterwards.
     */
    private static SecurityContextHolderStrategy previousStrategy;

    @BeforeAll
    static void rememberSecurityStrategy() {
        previousStrategy = SecurityContextHolder.getContextHolderStrategy();
    }

    @BeforeEach
    void startSmtp() {
        startServer();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @AfterAll
    static void stopSmtpForGood() {
        if (smtp != null) {
            smtp.stop();
        }
        SecurityContextHolder.setContextHolderStrategy(previousStrategy);
    }

    @Test
    void mails_leave_after_the_commit_one_per_recipient_in_their_language() throws Exception {
        long anna = testData.account("anna", Set.of(), Set.of());
        long emma = fixtures.englishAccount("emma");
        long noAddress = testData.person("Otto", "Ohnemail");

        fixtures.notify(List.of(anna, emma, noAddress));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(mails()).extracting(m -> m.get("status")).containsExactly("SENT", "SENT"));
        assertThat(mails()).allSatisfy(m -> {
            assertThat(m.get("attempts")).isEqualTo(1);
            assertThat(m.get("sent_at")).isNotNull();
            assertThat(m.get("last_error")).isNull();
        });
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage toAnna = Arrays.stream(received).filter(m -> recipient(m).equals("anna@example.org")).findFirst().orElseThrow();
        MimeMessage toEmma = Arrays.stream(received).filter(m -> recipient(m).equals("emma@example.org")).findFirst().orElseThrow();
        assertThat(toAnna.getSubject()).startsWith("Lenkrunde: Dieser Bereich kommt bald: Sitzungen.");
        assertThat(GreenMailUtil.getBody(toAnna)).contains("Hallo Anna Test,", "https://lenkrunde.example/sitzungen/42");
        assertThat(toEmma.getSubject()).startsWith("Lenkrunde: This area is coming soon: Sitzungen.");
    }

    @Test
    void a_mail_that_failed_waits_for_its_back_off_and_is_sent_once_the_server_is_back() {
        long anna = testData.account("anna", Set.of(), Set.of());
        smtp.stop();

        fixtures.notify(List.of(anna));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mails()).singleElement().satisfies(m -> {
            assertThat(m.get("attempts")).isEqualTo(1);
            assertThat(m.get("last_error")).isNotNull();
        }));
        Map<String, Object> waiting = mails().get(0);
        assertThat(waiting.get("status")).isEqualTo("PENDING");
        assertThat(((Timestamp) waiting.get("next_attempt_at")).toInstant())
                .as("next attempt after the back-off of an hour")
                .isAfter(Instant.now().plus(50, ChronoUnit.MINUTES));

        startServer();
        makeDue(anna);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mails()).singleElement().satisfies(m -> {
            assertThat(m.get("status")).isEqualTo("SENT");
            assertThat(m.get("attempts")).isEqualTo(2);
        }));
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void a_mail_that_keeps_failing_ends_failed_after_the_configured_attempts_while_the_others_are_sent_and_an_admin_can_retry_it() {
        testData.account("admin", Set.of(GlobalRole.ADMIN), Set.of());
        long anna = testData.account("anna", Set.of(), Set.of());
        long bert = testData.account("bert", Set.of(), Set.of());
        jdbc.update("UPDATE person SET email = 'bert@@kaputt..example' WHERE id = ?", bert);

        fixtures.notify(List.of(anna, bert));

        for (int attempt = 1; attempt <= 2; attempt++) {
            awaitFailedAttempt(bert, attempt);
            makeDue(bert);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailTo(bert).get("status")).isEqualTo("FAILED"));
        Map<String, Object> failed = mailTo(bert);
        assertThat(failed.get("attempts")).isEqualTo(3);
        assertThat((String) failed.get("last_error")).isNotBlank();
        assertThat(failed.get("next_attempt_at")).isNull();
        assertThat(mailTo(anna)).containsEntry("status", "SENT").containsEntry("attempts", 1);

        // The address is corrected, and the admin sends the mail again.
        jdbc.update("UPDATE mail_outbox SET to_address = 'bert@example.org' WHERE person_id = ?", bert);
        signInAs("admin");
        assertThat(outboxService.count(MailStatus.FAILED)).isEqualTo(1);
        outboxService.retry(((Number) failed.get("id")).longValue());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailTo(bert))
                .containsEntry("status", "SENT").containsEntry("attempts", 1));
        assertThat(smtp.getReceivedMessages()).extracting(MailDeliveryTest::recipient)
                .containsExactlyInAnyOrder("anna@example.org", "bert@example.org");
    }

    @Test
    void a_mail_with_a_pdf_and_an_ics_file_arrives_as_multipart_with_the_text_and_both_files() throws Exception {
        long anna = testData.account("anna", Set.of(), Set.of());

        fixtures.notify(List.of(anna), List.of(pdf(), ics()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mails()).singleElement()
                .satisfies(m -> assertThat(m.get("status")).isEqualTo("SENT")));
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getContentType()).startsWith("multipart/");
        assertThat(received.getSubject()).startsWith("Lenkrunde: Dieser Bereich kommt bald: Sitzungen.");
        List<Part> parts = leaves(received);
        assertThat(parts).hasSize(3);
        assertThat(parts.get(0).getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat((String) parts.get(0).getContent()).startsWith("Hallo Anna Test,")
                .contains("https://lenkrunde.example/sitzungen/42");
        assertThat(parts.get(0).getDisposition()).isNotEqualTo(Part.ATTACHMENT);

        Part pdf = parts.get(1);
        assertThat(pdf.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(jakarta.mail.internet.MimeUtility.decodeText(pdf.getFileName())).isEqualTo("Tagesordnung 12.03.2027.pdf");
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        assertThat(pdf.getInputStream().readAllBytes()).isEqualTo(pdf().content());

        Part ics = parts.get(2);
        assertThat(ics.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(ics.getFileName()).isEqualTo("einladung.ics");
        assertThat(ics.getContentType()).startsWith("text/calendar")
                .containsIgnoringCase("charset=UTF-8").containsIgnoringCase("method=REQUEST");
        assertThat(ics.getInputStream().readAllBytes()).isEqualTo(ics().content());
    }

    @Test
    void guests_are_mailed_a_bad_address_fails_for_that_guest_only_and_the_meeting_page_sees_each_recipient() {
        long anna = testData.account("anna", Set.of(), Set.of());

        // One publish: a member and two guests, one of whom has a broken address. Nothing throws.
        fixtures.inTransaction(() -> {
            fixtures.notifier().notify(List.of(anna), NotificationFixtures.MESSAGE, NotificationFixtures.MEETING,
                    List.of(pdf(), ics()));
            fixtures.notifier().mailGuest("Gerda Gast", "gerda@example.org", NotificationFixtures.MESSAGE,
                    NotificationFixtures.MEETING, List.of(pdf(), ics()));
            fixtures.notifier().mailGuest("Kurt Kaputt", "kurt@@kaputt..example", NotificationFixtures.MESSAGE,
                    NotificationFixtures.MEETING, List.of(pdf(), ics()));
        });
        fixtures.inTransaction(() -> fixtures.notifier().mailGuest("Anderswo", "anders@example.org",
                NotificationFixtures.MESSAGE, TypedReference.of("MEETING", 43L, "Sitzung 13.03.2027", null), null));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(smtp.getReceivedMessages())
                .extracting(MailDeliveryTest::recipient)
                .containsExactlyInAnyOrder("anna@example.org", "gerda@example.org", "anders@example.org"));
        MimeMessage toGerda = Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals("gerda@example.org"))
                .findFirst().orElseThrow();
        assertThat(GreenMailUtil.getBody(toGerda)).contains("Guten Tag Gerda Gast,").doesNotContain("https://");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mails())
                .extracting(m -> m.get("status")).containsOnly("SENT", "FAILED").filteredOn("SENT"::equals).hasSize(3));
        signInAs("anna");
        List<MailDelivery> rows = deliveries.forSubject("MEETING", 42);
        assertThat(rows).extracting(MailDelivery::address)
                .as("newest first").containsExactly("kurt@@kaputt..example", "gerda@example.org", "anna@example.org");
        assertThat(rows).allSatisfy(d -> assertThat(d.attachmentNames())
                .containsExactly("Tagesordnung 12.03.2027.pdf", "einladung.ics"));
        MailDelivery kurt = rows.get(0);
        assertThat(kurt.personId()).isNull();
        assertThat(kurt.recipientName()).isEqualTo("Kurt Kaputt");
        assertThat(kurt.status()).isEqualTo(MailStatus.FAILED);
        assertThat(kurt.attempts()).isZero();
        assertThat(kurt.invalidAddress()).isTrue();
        assertThat(kurt.lastError()).startsWith("Invalid e-mail address");
        assertThat(kurt.sentAt()).isNull();
        MailDelivery gerda = rows.get(1);
        assertThat(gerda.personId()).isNull();
        assertThat(gerda.recipientName()).isEqualTo("Gerda Gast");
        assertThat(gerda.status()).isEqualTo(MailStatus.SENT);
        assertThat(gerda.attempts()).isEqualTo(1);
        assertThat(gerda.sentAt()).isNotNull();
        assertThat(rows.get(2).personId()).isEqualTo(anna);
        assertThat(rows.get(2).recipientName()).isNull();
        assertThat(deliveries.forSubject("MEETING", 43)).singleElement()
                .satisfies(d -> assertThat(d.attachmentNames()).isEmpty());
        assertThat(deliveries.forSubject("PROPOSAL", 42)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_attachment_content", Integer.class)).isEqualTo(2);
    }

    @Test
    void deliveries_are_only_for_signed_in_users() {
        assertThatThrownBy(() -> deliveries.forSubject("MEETING", 42))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    /** The leaf parts of a (nested) multipart message, in order. */
    private static List<Part> leaves(Part part) throws MessagingException, IOException {
        List<Part> leaves = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                leaves.addAll(leaves(child));
            }
        } else {
            leaves.add(part);
        }
        return leaves;
    }

    private List<Map<String, Object>> mails() {
        return jdbc.queryForList("SELECT * FROM mail_outbox ORDER BY person_id, id");
    }

    private Map<String, Object> mailTo(long personId) {
        return jdbc.queryForMap("SELECT * FROM mail_outbox WHERE person_id = ?", personId);
    }

    /** Waits until the given attempt has failed and the mail waits for its back-off of an hour. */
    private void awaitFailedAttempt(long personId, int attempt) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> mail = mailTo(personId);
            assertThat(mail).containsEntry("attempts", attempt).containsEntry("status", "PENDING");
            assertThat(((Timestamp) mail.get("next_attempt_at")).toInstant()).isAfter(Instant.now().plus(30, ChronoUnit.MINUTES));
        });
    }

    /** As if the back-off had passed (only for a mail that waits for it, never for one being sent). */
    private void makeDue(long personId) {
        jdbc.update("UPDATE mail_outbox SET next_attempt_at = ? WHERE person_id = ? AND status = 'PENDING' AND next_attempt_at > ?",
                Timestamp.from(Instant.now().minusSeconds(1)), personId, Timestamp.from(Instant.now().plus(30, ChronoUnit.MINUTES)));
    }

    private static void startServer() {
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
