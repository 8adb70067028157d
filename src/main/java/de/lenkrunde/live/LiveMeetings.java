package de.lenkrunde.live;

import de.lenkrunde.audit.AuditTrail;
import de.lenkrunde.base.TypedReference;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.bodies.BodyAction;
import de.lenkrunde.bodies.Permissions;
import de.lenkrunde.meetings.AgendaEntry;
import de.lenkrunde.meetings.MeetingDetails;
import de.lenkrunde.meetings.MeetingService;
import de.lenkrunde.meetings.MeetingStatus;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What the live services share: the meeting and item a call names, checked (DESIGN.md §5: insiders of the body —
 * READ_NON_PUBLIC — read; chair, deputy and minute-taker — TAKE_NOTES — write, and only while the meeting is
 * IN_PROGRESS), the audit entry about the meeting, and the clock (microseconds, as DATETIME(6) stores them).
 */
@Component
class LiveMeetings {

    /** The meeting as meetings names it in the audit (MeetingService's kind and route). */
    static final String MEETING_KIND = "MEETING";

    private final MeetingService meetings;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    LiveMeetings(MeetingService meetings, Permissions permissions, AuditTrail audit, Clock clock) {
        this.meetings = meetings;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** One agenda item of a meeting, as the live services work on it. */
    record Item(MeetingDetails meeting, AgendaEntry entry) {

        long itemId() {
            return entry.itemId();
        }

        /** "TOP 3 Spielplatz am Anger" for audit details. */
        String label() {
            return "TOP " + entry.number() + " " + entry.title();
        }
    }

    /** For reading: the body's insiders. Unknown meetings, or items of other meetings, are "not found". */
    Item readable(long meetingId, long itemId) {
        MeetingDetails meeting = meetings.get(meetingId);
        permissions.require(BodyAction.READ_NON_PUBLIC, meeting.bodyId());
        return new Item(meeting, entry(meeting, itemId));
    }

    /** For writing: chair, deputy or minute-taker of the body, while the meeting is in progress. */
    Item writable(long meetingId, long itemId) {
        MeetingDetails meeting = writableMeeting(meetingId);
        return new Item(meeting, entry(meeting, itemId));
    }

    MeetingDetails writableMeeting(long meetingId) {
        MeetingDetails meeting = meetings.get(meetingId);
        permissions.require(BodyAction.TAKE_NOTES, meeting.bodyId());
        if (meeting.status() != MeetingStatus.IN_PROGRESS) {
            throw new BusinessRuleException("live.rule.notInProgress");
        }
        return meeting;
    }

    static AgendaEntry entry(MeetingDetails meeting, long itemId) {
        return meeting.agenda().stream().filter(e -> e.itemId() == itemId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("item " + itemId + " of meeting " + meeting.id()));
    }

    void audit(String action, MeetingDetails meeting, String details) {
        audit.record(action, reference(meeting), details);
    }

    /** "Lenkrunde Nordstadt: 1. Sitzung, 09.12.2026", routed to the meeting page — as meetings names it. */
    static TypedReference reference(MeetingDetails meeting) {
        return TypedReference.of(MEETING_KIND, meeting.id(),
                meeting.bodyName() + ": " + meeting.data().title() + ", " + Formats.date(meeting.startsAt()),
                "sitzungen/" + meeting.id());
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
