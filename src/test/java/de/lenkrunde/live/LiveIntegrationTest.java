package de.lenkrunde.live;

import com.vaadin.flow.shared.Registration;
import de.lenkrunde.IntegrationTest;
import de.lenkrunde.TestData;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.bodies.AgendaItemKind;
import de.lenkrunde.bodies.BodyRole;
import de.lenkrunde.meetings.AgendaItemData;
import de.lenkrunde.meetings.MeetingData;
import de.lenkrunde.meetings.MeetingService;
import de.lenkrunde.meetings.MeetingStatus;
import de.lenkrunde.people.GlobalRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The cast of the live tests: a published meeting of "Lenkrunde Nordstadt", set IN_PROGRESS directly in the table
 * (starting a meeting belongs to meetings' MeetingRunService, not on this branch yet), with a public item
 * ({@link #item}) and a non-public one ({@link #secretItem}). Its chair ("vorsitz"), deputy ("stellvertretung"),
 * minute-taker ("protokoll"), member ("lrmitglied") and guest member ("lrgast"); an admin, the region's coordinator
 * ("koordination"), a member of the southern steering round ("suedmitglied") and an outsider ("aussen").
 */
abstract class LiveIntegrationTest extends IntegrationTest {

    /** TAKE_NOTES: keep notes and the speakers list. */
    static final List<String> WRITERS = List.of("vorsitz", "stellvertretung", "protokoll");
    /** READ_NON_PUBLIC without TAKE_NOTES: read only. */
    static final List<String> READERS = List.of("lrmitglied", "admin", "koordination");
    /** Neither: a guest member, a member of another body, the southern region's nobody, an outsider. */
    static final List<String> OUTSIDERS = List.of("lrgast", "suedmitglied", "aussen", "mitglied");

    @Autowired
    protected MeetingService meetings;

    @Autowired
    protected LiveBroadcaster broadcaster;

    @Autowired
    protected JdbcClient jdbcClient;

    protected TestData.World world;
    protected long meetingId;
    protected long item;
    protected long secretItem;
    protected long member;

    private final List<Registration> subscriptions = new ArrayList<>();

    @BeforeEach
    void liveCast() {
        world = testData.world();
        testData.proposalCast(world, "aussen");
        testData.account("admin", Set.of(GlobalRole.ADMIN), Set.of());
        testData.account("koordination", Set.of(GlobalRole.COORDINATOR), Set.of(world.regionNorth()));
        memberAccount("stellvertretung", world.steeringNorth(), BodyRole.DEPUTY);
        memberAccount("protokoll", world.steeringNorth(), BodyRole.MINUTE_TAKER);
        member = memberAccount("lrmitglied", world.steeringNorth(), BodyRole.MEMBER);
        memberAccount("lrgast", world.steeringNorth(), BodyRole.GUEST);
        memberAccount("suedmitglied", world.steeringSouth(), BodyRole.MEMBER);

        meetingId = plannedMeeting(30);
        item = addItem(meetingId, "Spielplatz am Anger", false);
        secretItem = addItem(meetingId, "Personalangelegenheit", true);
        publish(meetingId);
        setStatus(meetingId, MeetingStatus.IN_PROGRESS);
    }

    @AfterEach
    void unsubscribe() {
        subscriptions.forEach(Registration::remove);
        subscriptions.clear();
    }

    long memberAccount(String login, long bodyId, BodyRole role) {
        long personId = testData.account(login, Set.of(), Set.of());
        testData.member(bodyId, personId, role);
        return personId;
    }

    long plannedMeeting(int inDays) {
        LocalDate date = LocalDate.now(Formats.ZONE).plusDays(inDays);
        return as("vorsitz", () -> meetings.plan(world.steeringNorth(),
                new MeetingData("Ordentliche Sitzung", date, LocalTime.of(18, 0), LocalTime.of(20, 0), "Ratssaal", null, null),
                List.of()));
    }

    long addItem(long meeting, String title, boolean nonPublic) {
        return as("vorsitz", () -> meetings.addItem(meeting, meetings.get(meeting).version(),
                new AgendaItemData(title, AgendaItemKind.DISCUSSION, 20, "Vorsitz", nonPublic, null)));
    }

    void publish(long meeting) {
        as("vorsitz", () -> meetings.publish(meeting, meetings.get(meeting).version(), false));
    }

    /** Sets the meeting's status in the table: starting and closing are meetings' MeetingRunService (another branch). */
    void setStatus(long meeting, MeetingStatus status) {
        jdbcClient.sql("UPDATE meeting SET status = :status WHERE id = :id")
                .param("status", status.name()).param("id", meeting).update();
    }

    /** The events of the meeting from now on (removed after the test). */
    List<LiveEvent> events(long meeting) {
        List<LiveEvent> events = new CopyOnWriteArrayList<>();
        subscriptions.add(broadcaster.subscribe(meeting, events::add));
        return events;
    }

    /** The audit actions about the meeting, oldest first. */
    List<String> auditActions(long meeting) {
        return jdbcClient.sql("SELECT action FROM audit_entry WHERE ref_kind = 'MEETING' AND ref_id = :id AND action LIKE 'LIVE%' ORDER BY id")
                .param("id", meeting).query(String.class).list();
    }

    List<String> auditDetails(long meeting) {
        return jdbcClient.sql("SELECT details FROM audit_entry WHERE ref_kind = 'MEETING' AND ref_id = :id AND action LIKE 'LIVE%' ORDER BY id")
                .param("id", meeting).query(String.class).list();
    }

    <T> T as(String login, Supplier<T> work) {
        return testData.as(login, work);
    }

    void as(String login, Runnable work) {
        testData.as(login, work);
    }
}
