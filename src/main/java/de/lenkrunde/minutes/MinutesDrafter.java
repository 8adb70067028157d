package de.lenkrunde.minutes;

import de.lenkrunde.audit.AuditTrail;
import de.lenkrunde.bodies.MembershipService;
import de.lenkrunde.live.LiveNotesService;
import de.lenkrunde.meetings.AttendanceEntry;
import de.lenkrunde.meetings.MeetingClosed;
import de.lenkrunde.meetings.MeetingDetails;
import de.lenkrunde.meetings.MeetingService;
import de.lenkrunde.meetings.RunItem;
import de.lenkrunde.notifications.NotificationMessage;
import de.lenkrunde.notifications.Notifier;
import de.lenkrunde.people.SystemUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the draft minutes when a meeting closes ({@link MeetingClosed}, after the commit; Spring Modulith's publication
 * log retries a failed run). The listener has no signed-in user: it reads and writes as the system
 * ({@link SystemUser}) — closing the meeting was the chair's act, checked then. The header comes from the meeting and
 * the attendance (chair: who chaired, present as chair or deputy; minute-taker: present as minute-taker); the text of
 * every TOP starts as the notes taken in the live console. Delivered twice, it drafts once.
 */
@Component
class MinutesDrafter {

    private static final Logger log = LoggerFactory.getLogger(MinutesDrafter.class);

    private final MinutesRepository repository;
    private final SectionStore sections;
    private final MinutesContent content;
    private final MeetingService meetings;
    private final LiveNotesService notes;
    private final MembershipService memberships;
    private final Notifier notifier;
    private final AuditTrail audit;
    private final Clock clock;

    MinutesDrafter(MinutesRepository repository, SectionStore sections, MinutesContent content, MeetingService meetings,
                   LiveNotesService notes, MembershipService memberships, Notifier notifier, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.sections = sections;
        this.content = content;
        this.meetings = meetings;
        this.notes = notes;
        this.memberships = memberships;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MeetingClosed event) {
        SystemUser.call(() -> draft(event.meetingId()));
    }

    /** Drafts the minutes of a closed meeting unless they exist; returns their id. */
    Long draft(long meetingId) {
        List<Minutes> existing = repository.findByMeetingIdOrderByEdition(meetingId);
        if (!existing.isEmpty()) {
            return existing.get(0).id();
        }
        MeetingDetails meeting = meetings.get(meetingId);
        MinutesContent.Record record = content.read(meetingId);
        Instant now = clock.instant();
        String place = Stream.of(meeting.data().room(), meeting.data().address(),
                        meeting.data().onlineLink() == null ? null : "online: " + meeting.data().onlineLink())
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
        Minutes minutes = Minutes.draft(new Minutes.Header(meetingId, meeting.bodyId(), meeting.bodyName(), meeting.data().title(),
                meeting.startsAt(), place.isEmpty() ? null : place, record.state().startedAt(),
                record.state().closedAt() == null ? now : record.state().closedAt(),
                present(record.attendance(), "CHAIR", "DEPUTY"), present(record.attendance(), "MINUTE_TAKER")), now);
        minutes.savedBy("System", now);
        try {
            minutes = repository.save(minutes);
        } catch (DuplicateKeyException concurrentDelivery) {
            log.info("Minutes of meeting {} were drafted meanwhile", meetingId);
            return null;
        }
        for (RunItem item : record.state().items()) {
            sections.insert(minutes.id(), item.itemId(), notes.note(meetingId, item.itemId()).text(), "System", now);
        }
        audit.record("MINUTES_DRAFTED", MinutesService.reference(minutes), record.state().items().size() + " items");
        notifier.notify(memberships.currentPersonIds(meeting.bodyId(), MinutesService.signerRoles()),
                NotificationMessage.of("minutes.notification.drafted", MinutesService.label(minutes)), MinutesService.reference(minutes));
        return minutes.id();
    }

    /** The first present person in one of the roles, in the order given (chair before deputy). */
    private static String present(List<AttendanceEntry> attendance, String... roles) {
        for (String role : roles) {
            for (AttendanceEntry entry : attendance) {
                if (role.equals(entry.role()) && entry.arrivedAt() != null) {
                    return entry.name();
                }
            }
        }
        return null;
    }
}
