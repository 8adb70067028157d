package de.lenkrunde.live;

import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.meetings.MeetingDetails;
import de.lenkrunde.people.PeopleService;
import de.lenkrunde.people.PersonReference;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The speakers list (Redeliste) of each agenda item of a running meeting: who asked for the floor, in order; who
 * speaks now; who has spoken (with start and end time, material for the minutes). Chair, deputy and minute-taker
 * (TAKE_NOTES) keep it while the meeting is in progress; the body's insiders (READ_NON_PUBLIC) read it.
 * <p>
 * Changes of one item's list are serialised by locking its rows (SELECT … FOR UPDATE) under READ COMMITTED, so two
 * people pressing "next" one after the other move the list on twice instead of starting two speakers; READ
 * COMMITTED because under REPEATABLE READ with innodb_snapshot_isolation=ON a locking read of rows committed after
 * this transaction's first read fails with error 1020.
 * <p>
 * Every change is recorded in the audit ({@code LIVE_SPEAKER_*}, {@code LIVE_SPEAKING_TIME_SET}) and announced to
 * the meeting's live views after commit ({@link LiveEvent.Kind#SPEAKERS_CHANGED}). The speaking-time clock ticks in
 * the browser; the server keeps the start times and the limit per item.
 */
@Service
@Transactional(isolation = Isolation.READ_COMMITTED)
@PreAuthorize("isAuthenticated()")
public class SpeakersService {

    /** Longest free name of a speaker. */
    public static final int MAX_NAME_LENGTH = 200;
    /** Allowed speaking time per speaker, in seconds. */
    public static final int MIN_SPEAKING_TIME = 10;
    public static final int MAX_SPEAKING_TIME = 3600;

    private final LiveMeetings live;
    private final SpeakerStore store;
    private final PeopleService people;
    private final LiveBroadcaster broadcaster;

    SpeakersService(LiveMeetings live, SpeakerStore store, PeopleService people, LiveBroadcaster broadcaster) {
        this.live = live;
        this.store = store;
        this.people = people;
        this.broadcaster = broadcaster;
    }

    /** The item's speakers in order: finished ones, the one speaking, then those waiting. */
    @Transactional(readOnly = true)
    public List<Speaker> speakers(long meetingId, long itemId) {
        live.readable(meetingId, itemId);
        return SpeakerStore.speakers(store.list(meetingId, itemId, false));
    }

    /** Speaking time per speaker on this item in seconds, or {@code null} for no limit. */
    @Transactional(readOnly = true)
    public Integer speakingTime(long meetingId, long itemId) {
        live.readable(meetingId, itemId);
        return store.speakingTime(meetingId, itemId);
    }

    /**
     * Puts someone at the end of the item's list: a person by id (the name as the people module shows it) or, with
     * {@code personId} {@code null}, a name typed in (a guest, a resident). Someone already waiting on this item is
     * refused ({@code live.rule.alreadyWaiting}).
     *
     * @return the new entry's id
     */
    public long add(long meetingId, long itemId, Long personId, String name) {
        LiveMeetings.Item item = live.writable(meetingId, itemId);
        String speakerName = speakerName(personId, name);
        List<SpeakerStore.Row> rows = store.list(meetingId, itemId, true);
        boolean alreadyWaiting = rows.stream().filter(SpeakerStore.Row::waiting).anyMatch(row -> personId != null
                ? personId.equals(row.personId())
                : row.personId() == null && row.name().trim().toLowerCase(Locale.ROOT).equals(speakerName.toLowerCase(Locale.ROOT)));
        if (alreadyWaiting) {
            throw new BusinessRuleException("live.rule.alreadyWaiting", speakerName);
        }
        int position = rows.stream().mapToInt(SpeakerStore.Row::position).max().orElse(0) + 1;
        Instant now = live.now();
        long id = store.insert(meetingId, itemId, position, personId, speakerName, now);
        changed(item, "LIVE_SPEAKER_ADDED", speakerName, now);
        return id;
    }

    /**
     * Gives the floor to the first one waiting; whoever was speaking has finished. With nobody waiting it only
     * finishes the one speaking; with nobody at all it does nothing.
     */
    public void next(long meetingId, long itemId) {
        LiveMeetings.Item item = live.writable(meetingId, itemId);
        List<SpeakerStore.Row> rows = store.list(meetingId, itemId, true);
        Optional<SpeakerStore.Row> speaking = rows.stream().filter(SpeakerStore.Row::speaking).findFirst();
        Optional<SpeakerStore.Row> waiting = rows.stream().filter(SpeakerStore.Row::waiting).findFirst();
        if (speaking.isEmpty() && waiting.isEmpty()) {
            return;
        }
        Instant now = live.now();
        speaking.ifPresent(row -> store.finish(row.id(), now));
        if (waiting.isPresent()) {
            store.start(waiting.get().id(), now);
            changed(item, "LIVE_SPEAKER_STARTED", waiting.get().name()
                    + speaking.map(row -> " (after " + row.name() + ")").orElse(""), now);
        } else {
            changed(item, "LIVE_SPEAKER_FINISHED", speaking.get().name(), now);
        }
    }

    /** The one speaking has finished; nobody else gets the floor yet. Does nothing when nobody speaks. */
    public void finish(long meetingId, long itemId) {
        LiveMeetings.Item item = live.writable(meetingId, itemId);
        Optional<SpeakerStore.Row> speaking = store.list(meetingId, itemId, true).stream().filter(SpeakerStore.Row::speaking).findFirst();
        if (speaking.isEmpty()) {
            return;
        }
        Instant now = live.now();
        store.finish(speaking.get().id(), now);
        changed(item, "LIVE_SPEAKER_FINISHED", speaking.get().name(), now);
    }

    /**
     * Takes an entry off the list: one waiting, or the one speaking (e.g. given the floor by mistake). Those who
     * have spoken stay: they are the record of the debate ({@code live.rule.speakerFinished}).
     */
    public void remove(long meetingId, long speakerId) {
        MeetingDetails meeting = live.writableMeeting(meetingId);
        SpeakerStore.Row row = store.find(meetingId, speakerId)
                .orElseThrow(() -> new RecordNotFoundException("speaker " + speakerId + " of meeting " + meetingId));
        LiveMeetings.Item item = new LiveMeetings.Item(meeting, LiveMeetings.entry(meeting, row.itemId()));
        if (row.finishedAt() != null) {
            throw new BusinessRuleException("live.rule.speakerFinished", row.name());
        }
        store.delete(row.id());
        changed(item, "LIVE_SPEAKER_REMOVED", row.name(), live.now());
    }

    /** Sets the speaking time per speaker on this item ({@code null}: no limit). */
    public void setSpeakingTime(long meetingId, long itemId, Integer seconds) {
        if (seconds != null && (seconds < MIN_SPEAKING_TIME || seconds > MAX_SPEAKING_TIME)) {
            throw new InvalidInputException(List.of(new FieldError("speakingTime", "validation.range",
                    Map.of("min", MIN_SPEAKING_TIME, "max", MAX_SPEAKING_TIME))));
        }
        LiveMeetings.Item item = live.writable(meetingId, itemId);
        store.setSpeakingTime(meetingId, itemId, seconds);
        changed(item, "LIVE_SPEAKING_TIME_SET", seconds == null ? "no limit" : seconds + " s", live.now());
    }

    private String speakerName(Long personId, String name) {
        if (personId != null) {
            PersonReference person = people.references(Set.of(personId)).get(personId);
            if (person == null) {
                throw InvalidInputException.of("personId", "live.validation.unknownPerson");
            }
            return person.displayName();
        }
        String typed = name == null ? "" : name.strip();
        if (typed.isEmpty()) {
            throw InvalidInputException.of("name", "validation.required");
        }
        if (typed.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException(List.of(new FieldError("name", "validation.maxLength", Map.of("max", MAX_NAME_LENGTH))));
        }
        return typed;
    }

    private void changed(LiveMeetings.Item item, String action, String details, Instant at) {
        live.audit(action, item.meeting(), item.label() + ": " + details);
        broadcaster.publish(new LiveEvent(item.meeting().id(), LiveEvent.Kind.SPEAKERS_CHANGED, item.itemId(), at));
    }
}
