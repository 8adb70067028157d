package de.lenkrunde.meetings;

import de.lenkrunde.IntegrationTest;
import de.lenkrunde.TestData;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.bodies.AgendaItemKind;
import de.lenkrunde.bodies.BodyRole;
import de.lenkrunde.people.GlobalRole;
import de.lenkrunde.proposals.CriterionData;
import de.lenkrunde.proposals.HintePrinciple;
import de.lenkrunde.proposals.ProposalData;
import de.lenkrunde.proposals.ProposalService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The cast of the meeting tests on the real application: the steering round "Lenkrunde Nordstadt" with its
 * chair ("vorsitz"), deputy, minute-taker, member and a guest member; a coordinator of its region and one of
 * the other region, an admin, a finance person, a member of the other town's steering round, and an
 * outsider. Every account has an address {@code login@example.org}.
 */
abstract class MeetingIntegrationTest extends IntegrationTest {

    /** The titles of the standard agenda template every new body starts with. */
    static final List<String> STANDARD_AGENDA = List.of("Eröffnung und Begrüßung",
            "Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit", "Genehmigung der Tagesordnung",
            "Genehmigung der Niederschrift der letzten Sitzung", "Verschiedenes");

    @Autowired
    protected MeetingService meetings;

    @Autowired
    protected ProposalService proposals;

    protected TestData.World world;
    protected long focusMember;
    protected long chair;
    protected long deputy;
    protected long minuteTaker;
    protected long member;
    protected long guestMember;
    protected long southMember;

    @BeforeEach
    void meetingCast() {
        world = testData.world();
        focusMember = testData.proposalCast(world, "aussen");
        chair = personOf("vorsitz");
        testData.account("admin", Set.of(GlobalRole.ADMIN), Set.of());
        testData.account("koordination", Set.of(GlobalRole.COORDINATOR), Set.of(world.regionNorth()));
        testData.account("koordsued", Set.of(GlobalRole.COORDINATOR), Set.of(world.regionSouth()));
        testData.account("finanzen", Set.of(GlobalRole.FINANCE), Set.of());
        deputy = memberAccount("stellvertretung", world.steeringNorth(), BodyRole.DEPUTY);
        minuteTaker = memberAccount("protokoll", world.steeringNorth(), BodyRole.MINUTE_TAKER);
        member = memberAccount("lrmitglied", world.steeringNorth(), BodyRole.MEMBER);
        guestMember = memberAccount("lrgast", world.steeringNorth(), BodyRole.GUEST);
        southMember = memberAccount("suedmitglied", world.steeringSouth(), BodyRole.MEMBER);
        signInAs("vorsitz");
    }

    private long memberAccount(String login, long bodyId, BodyRole role) {
        long personId = testData.account(login, Set.of(), Set.of());
        testData.member(bodyId, personId, role);
        return personId;
    }

    private long personOf(String login) {
        return jdbc.queryForObject("SELECT person_id FROM account WHERE login = ?", Long.class, login);
    }

    // ---- meetings -----------------------------------------------------------------------------------

    static LocalDate inDays(int days) {
        return LocalDate.now(Formats.ZONE).plusDays(days);
    }

    static MeetingData data(LocalDate date, int startHour, int endHour) {
        return new MeetingData("Ordentliche Sitzung", date, LocalTime.of(startHour, 0), LocalTime.of(endHour, 0),
                "Ratssaal", "Markt 1, Nordstadt", null);
    }

    /** A meeting of the northern steering round, planned by its chair, 18:00–20:00 in {@code days} days. */
    long planNorth(int days) {
        return as("vorsitz", () -> meetings.plan(world.steeringNorth(), data(inDays(days), 18, 20), List.of()));
    }

    long version(long meetingId) {
        return as("vorsitz", () -> meetings.get(meetingId).version());
    }

    MeetingDetails details(long meetingId) {
        return as("vorsitz", () -> meetings.get(meetingId));
    }

    long addItem(long meetingId, String title, boolean nonPublic) {
        return as("vorsitz", () -> meetings.addItem(meetingId, version(meetingId),
                new AgendaItemData(title, AgendaItemKind.DISCUSSION, 20, "Vorsitz", nonPublic, null)));
    }

    void publish(long meetingId) {
        as("vorsitz", () -> meetings.publish(meetingId, version(meetingId), false));
    }

    static AgendaEntry entry(MeetingDetails details, long itemId) {
        return details.agenda().stream().filter(e -> e.itemId() == itemId).findFirst().orElseThrow();
    }

    static List<String> titles(MeetingDetails details) {
        return details.agenda().stream().map(AgendaEntry::title).toList();
    }

    static List<String> numbers(MeetingDetails details) {
        return details.agenda().stream().map(AgendaEntry::number).toList();
    }

    // ---- proposals ----------------------------------------------------------------------------------

    /** A proposal of the northern focus group, submitted by "mitglied" to {@code targetBodyId}. */
    long submitted(String title, long targetBodyId) {
        return as("mitglied", () -> {
            long id = proposals.createDraft(draft(title, targetBodyId));
            proposals.submit(id, proposals.get(id).version());
            return id;
        });
    }

    long submitted(String title) {
        return submitted(title, world.steeringNorth());
    }

    ProposalData draft(String title, long targetBodyId) {
        return new ProposalData(title, world.focusNorth(), focusMember, targetBodyId, null, "Im Quartier fehlt " + title,
                "Mehr Begegnung", "Planen, bauen, feiern", "alle", null, null, new BigDecimal("3500.00"),
                new BigDecimal("350.00"), "Die Lenkrunde beschließt: " + title,
                List.of(new CriterionData(HintePrinciple.INTERESTS_AND_WILL, true, "Von Anwohnenden gewünscht")));
    }

    // ---- mails --------------------------------------------------------------------------------------

    /** One outbox mail about the meeting with its attachments, as stored. */
    record Mail(long id, Long personId, String recipientName, String address, String subject, String body, String status,
                List<Attachment> attachments) {

        Attachment attachment(String extension) {
            return attachments.stream().filter(a -> a.fileName().endsWith("." + extension)).findFirst().orElseThrow();
        }
    }

    record Attachment(String fileName, String contentType, byte[] content) {

        String text() {
            return new String(content, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** The outbox mails about the meeting, oldest first. */
    List<Mail> mails(long meetingId) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT * FROM mail_outbox WHERE ref_kind = 'MEETING' AND ref_id = ? ORDER BY id", meetingId);
        return rows.stream().map(row -> {
            long id = ((Number) row.get("id")).longValue();
            List<Attachment> attachments = jdbc.query("""
                            SELECT a.file_name, a.content_type, c.content FROM mail_attachment a
                            JOIN mail_attachment_content c ON c.id = a.content_id WHERE a.mail_id = ? ORDER BY a.position
                            """, (rs, i) -> new Attachment(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")),
                    id);
            Number personId = (Number) row.get("person_id");
            return new Mail(id, personId == null ? null : personId.longValue(), (String) row.get("recipient_name"),
                    (String) row.get("to_address"), (String) row.get("subject"), (String) row.get("body"),
                    (String) row.get("status"), attachments);
        }).toList();
    }

    static Mail mailTo(List<Mail> mails, String address) {
        return mails.stream().filter(m -> m.address().equals(address)).findFirst().orElseThrow();
    }

    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s\\u00A0]+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> auditActions(long meetingId) {
        return jdbc.queryForList("SELECT action FROM audit_entry WHERE ref_kind = 'MEETING' AND ref_id = ? ORDER BY id",
                String.class, meetingId);
    }

    // ---- signing in ---------------------------------------------------------------------------------

    <T> T as(String login, Supplier<T> work) {
        return testData.as(login, work);
    }

    void as(String login, Runnable work) {
        testData.as(login, work);
    }
}
