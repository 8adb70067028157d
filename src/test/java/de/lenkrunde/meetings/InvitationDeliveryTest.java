package de.lenkrunde.meetings;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.lenkrunde.notifications.MailDelivery;
import de.lenkrunde.notifications.MailStatus;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Publishing against a real SMTP server (GreenMail): every invitee gets a multipart mail with the PDF and a
 * calendar file; a guest whose address cannot be delivered to fails alone. A Spring context of its own (mail
 * settings), closed after the class so its mail job stops.
 */
@TestPropertySource(properties = {
        "spring.mail.host=127.0.0.1",
        "lenkrunde.mail.from=lenkrunde@nordstadt.example"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class InvitationDeliveryTest extends MeetingIntegrationTest {

    private static final int PORT = freePort();
    private static GreenMail smtp;

    /** Vaadin installs its security strategy globally whenever a context starts: restore it for the shared context. */
    private static SecurityContextHolderStrategy previousStrategy;

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> PORT);
    }

    @BeforeAll
    static void rememberSecurityStrategy() {
        previousStrategy = SecurityContextHolder.getContextHolderStrategy();
    }

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @AfterAll
    static void restoreSecurityStrategy() {
        if (smtp != null) {
            smtp.stop();
        }
        SecurityContextHolder.setContextHolderStrategy(previousStrategy);
    }

    @Test
    void publishing_mails_pdf_and_calendar_file_to_every_invitee_and_a_bad_guest_address_fails_alone() throws Exception {
        // "ex_ample.org" passes the form's e-mail check but is no deliverable domain
        long id = meetings.plan(world.steeringNorth(), data(inDays(30), 18, 20), List.of(
                new MeetingData.Guest("Gustav Gast", "gustav@example.org"),
                new MeetingData.Guest("Fritz Falsch", "fritz@ex_ample.org")));
        addItem(id, "Personalangelegenheit Quartiersmanagement", true);

        meetings.publish(id, version(id), false);

        assertThat(details(id).status()).isEqualTo(MeetingStatus.INVITED);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(outbox(id))
                .containsEntry("SENT", 6L).containsEntry("FAILED", 1L).doesNotContainKeys("PENDING", "HELD"));

        List<MailDelivery> deliveries = meetings.deliveries(id);
        assertThat(deliveries).hasSize(7);
        MailDelivery fritz = deliveries.stream().filter(d -> "Fritz Falsch".equals(d.recipientName())).findFirst().orElseThrow();
        assertThat(fritz.status()).isEqualTo(MailStatus.FAILED);
        assertThat(fritz.invalidAddress()).isTrue();
        assertThat(fritz.attempts()).isZero();
        assertThat(deliveries).filteredOn(d -> d != fritz).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(MailStatus.SENT);
            assertThat(d.attachmentNames()).containsExactly("einladung-" + inDays(30) + "-" + id + ".pdf",
                    "einladung-" + inDays(30) + "-" + id + ".ics");
        });

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).extracting(InvitationDeliveryTest::recipient).containsExactlyInAnyOrder("vorsitz@example.org",
                "stellvertretung@example.org", "protokoll@example.org", "lrmitglied@example.org", "lrgast@example.org",
                "gustav@example.org");
        for (MimeMessage message : received) {
            assertThat(message.getSubject()).startsWith("Lenkrunde: Einladung: Lenkrunde Nordstadt – Ordentliche Sitzung");
            assertThat(message.getContent()).isInstanceOf(Multipart.class);
            List<Part> files = attachments(message);
            assertThat(files).extracting(Part::getFileName).containsExactly("einladung-" + inDays(30) + "-" + id + ".pdf",
                    "einladung-" + inDays(30) + "-" + id + ".ics");
            assertThat(files.get(0).getContentType()).startsWith("application/pdf");
            assertThat(files.get(1).getContentType()).startsWith("text/calendar");

            Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(bytes(files.get(1))));
            assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
            VEvent event = (VEvent) calendar.getComponents("VEVENT").get(0);
            assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("meeting-" + id + "@lenkrunde");
            assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue())
                    .isEqualTo("Lenkrunde Nordstadt: Ordentliche Sitzung");
            assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getValue())
                    .isEqualTo("mailto:lenkrunde@nordstadt.example");

            boolean insider = !List.of("lrgast@example.org", "gustav@example.org").contains(recipient(message));
            String pdf = pdfText(bytes(files.get(0)));
            assertThat(pdf).contains("Ordentliche Sitzung", "Verschiedenes");
            if (insider) {
                assertThat(pdf).as(recipient(message)).contains("Personalangelegenheit Quartiersmanagement");
            } else {
                assertThat(pdf).as(recipient(message)).doesNotContain("Personalangelegenheit");
            }
        }
    }

    /** Number of the meeting's outbox mails per status. */
    private Map<String, Long> outbox(long meetingId) {
        Map<String, Long> counts = new java.util.HashMap<>();
        jdbc.queryForList("SELECT status, COUNT(*) AS n FROM mail_outbox WHERE ref_kind = 'MEETING' AND ref_id = ? GROUP BY status",
                meetingId).forEach(row -> counts.put((String) row.get("status"), ((Number) row.get("n")).longValue()));
        return counts;
    }

    /** The parts with a file name, in order, however deeply nested. */
    private static List<Part> attachments(Part part) throws MessagingException, IOException {
        List<Part> found = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                found.addAll(attachments(child));
            }
        } else if (part.getFileName() != null) {
            found.add(part);
        }
        return found;
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (var in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).findFirst().orElseThrow().toString();
        } catch (MessagingException e) {
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
