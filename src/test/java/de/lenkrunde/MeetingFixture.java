package de.lenkrunde;

import de.lenkrunde.base.format.Formats;
import de.lenkrunde.bodies.BodyReference;
import de.lenkrunde.meetings.AttendanceEntry;
import de.lenkrunde.meetings.AttendanceStatus;
import de.lenkrunde.meetings.MeetingData;
import de.lenkrunde.meetings.MeetingRunService;
import de.lenkrunde.meetings.MeetingService;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.LongConsumer;

/** Meetings of the demo's Lenkrunde Lindenhain for browser tests, set up through the services as its chair would. */
@Component
public class MeetingFixture {

    private final TestData testData;
    private final TestClock clock;
    private final MeetingService meetings;
    private final MeetingRunService run;

    MeetingFixture(TestData testData, TestClock clock, MeetingService meetings, MeetingRunService run) {
        this.testData = testData;
        this.clock = clock;
        this.meetings = meetings;
        this.run = run;
    }

    /**
     * A meeting of the Lenkrunde Lindenhain on {@code day}, 18–20 h, planned and published that morning by the chair;
     * {@code agenda} adds its items to the template's before publishing.
     */
    public long published(String title, LocalDate day, LongConsumer agenda) {
        clock.set(ZonedDateTime.of(day, LocalTime.of(9, 0), Formats.ZONE).toInstant());
        return testData.as("vorsitz", () -> {
            long bodyId = meetings.plannableBodies().stream().filter(b -> b.name().equals("Lenkrunde Lindenhain"))
                    .map(BodyReference::id).findFirst().orElseThrow();
            long id = meetings.plan(bodyId, new MeetingData(title, day, LocalTime.of(18, 0), LocalTime.of(20, 0),
                    "Ratssaal", "Marktplatz 1, Lindenhain", null), List.of());
            agenda.accept(id);
            meetings.publish(id, meetings.get(id).version(), true);
            return id;
        });
    }

    /** The minute-taker checks in the first {@code voting} voting members; returns how many are present. */
    public int checkIn(long meetingId, int voting) {
        return testData.as("protokoll", () -> {
            List<AttendanceEntry> entries = run.attendance(meetingId).stream().filter(AttendanceEntry::votingRight).limit(voting).toList();
            entries.forEach(entry -> run.setAttendance(meetingId, entry.id(), entry.version(), AttendanceStatus.PRESENT));
            return entries.size();
        });
    }
}
