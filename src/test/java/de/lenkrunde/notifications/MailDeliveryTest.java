package de.lenkrunde.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import de.lenkrunde.IntegrationTest;
import de.lenkrunde.people.GlobalRole;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
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

    private List<Map<String, Object>> mails() {
        return jdbc.queryForList("SELECT * FROM mail_outbox ORDER BY person_id");
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
