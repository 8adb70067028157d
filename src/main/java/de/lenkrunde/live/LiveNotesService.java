package de.lenkrunde.live;

import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.people.CurrentUser;
import de.lenkrunde.people.SignedInUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Notes per agenda item of a running meeting (Markdown; draft material for the minutes). Chair, deputy and
 * minute-taker write them while the meeting is in progress (TAKE_NOTES); the body's insiders (READ_NON_PUBLIC) read
 * them at any time — also for public items: notes are not published.
 * <p>
 * The view saves a few seconds after typing stops and when leaving the item, naming the version it started from.
 * If someone else saved in between, nothing is overwritten: {@link NoteConflictException} carries both texts. A save
 * that changes nothing (same text) writes nothing and announces nothing. Each save is announced to the meeting's
 * live views after commit ({@link LiveEvent.Kind#NOTES_SAVED}).
 * <p>
 * Audit: not every autosave (that would be an entry every few seconds). Recorded are the first save of an item's
 * notes and every change of hand (a save by another person than the last one) as {@code LIVE_NOTES_SAVED}, and
 * every refused save as {@code LIVE_NOTES_CONFLICT}. The note row itself keeps the last writer, time and the number
 * of saves (its version).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class LiveNotesService {

    /** Longest notes of one item, in characters. */
    public static final int MAX_LENGTH = 20_000;

    private final LiveMeetings live;
    private final NoteStore store;
    private final LiveBroadcaster broadcaster;
    private final CurrentUser currentUser;

    LiveNotesService(LiveMeetings live, NoteStore store, LiveBroadcaster broadcaster, CurrentUser currentUser) {
        this.live = live;
        this.store = store;
        this.broadcaster = broadcaster;
        this.currentUser = currentUser;
    }

    /** The item's notes; version 0 and empty text when nobody has written yet. */
    @Transactional(readOnly = true)
    public Note note(long meetingId, long itemId) {
        live.readable(meetingId, itemId);
        return store.find(meetingId, itemId).map(NoteStore.Stored::note).orElseGet(() -> Note.empty(meetingId, itemId));
    }

    /**
     * Saves the item's notes over {@code expectedVersion} (0 for the first save) and returns them as stored.
     * <p>
     * READ COMMITTED: the conditional write and the read of "their" text after a refused write must see the last
     * committed row, not this transaction's snapshot (under REPEATABLE READ with innodb_snapshot_isolation=ON the
     * write would even fail with error 1020). A conflict does not roll back: its audit entry stays.
     *
     * @throws NoteConflictException   when someone else saved another text since {@code expectedVersion}
     * @throws InvalidInputException   at field {@code notes} when longer than {@link #MAX_LENGTH}
     * @throws de.lenkrunde.base.validation.BusinessRuleException {@code live.rule.notInProgress} unless the meeting is running
     */
    @Transactional(isolation = Isolation.READ_COMMITTED, noRollbackFor = NoteConflictException.class)
    public Note save(long meetingId, long itemId, long expectedVersion, String text) {
        String mine = text == null ? "" : text;
        if (mine.length() > MAX_LENGTH) {
            throw new InvalidInputException(List.of(new FieldError("notes", "validation.maxLength", Map.of("max", MAX_LENGTH))));
        }
        LiveMeetings.Item item = live.writable(meetingId, itemId);
        SignedInUser user = currentUser.require();
        Optional<NoteStore.Stored> current = store.find(meetingId, itemId);
        long storedVersion = current.map(s -> s.note().version()).orElse(0L);
        if (storedVersion != expectedVersion) {
            return sameTextOrConflict(item, expectedVersion, mine, current);
        }
        String storedText = current.map(s -> s.note().text()).orElse("");
        if (storedText.equals(mine)) {
            return current.map(NoteStore.Stored::note).orElseGet(() -> Note.empty(meetingId, itemId));
        }
        Instant now = live.now();
        boolean written;
        try {
            written = current.isEmpty()
                    ? store.insert(meetingId, itemId, mine, user.personId(), user.displayName(), now)
                    : store.update(meetingId, itemId, expectedVersion, mine, user.personId(), user.displayName(), now);
        } catch (OptimisticLockingFailureException e) {   // error 1020, should the isolation ever be REPEATABLE READ
            written = false;
        }
        if (!written) {
            return sameTextOrConflict(item, expectedVersion, mine, store.find(meetingId, itemId));
        }
        Note saved = new Note(meetingId, itemId, mine, expectedVersion + 1, user.displayName(), now);
        if (current.isEmpty() || !Objects.equals(current.get().personId(), user.personId())) {
            live.audit("LIVE_NOTES_SAVED", item.meeting(), item.label() + ": "
                    + (current.isEmpty() ? "first notes" : "notes taken over from " + current.get().note().updatedByName())
                    + ", " + mine.length() + " characters");
        }
        broadcaster.publish(new LiveEvent(meetingId, LiveEvent.Kind.NOTES_SAVED, itemId, now));
        return saved;
    }

    /** Someone saved in between: fine when they saved the very same text, else a conflict showing both texts. */
    private Note sameTextOrConflict(LiveMeetings.Item item, long expectedVersion, String mine, Optional<NoteStore.Stored> stored) {
        Note theirs = stored.map(NoteStore.Stored::note).orElseGet(() -> Note.empty(item.meeting().id(), item.itemId()));
        if (theirs.text().equals(mine)) {
            return theirs;
        }
        live.audit("LIVE_NOTES_CONFLICT", item.meeting(), item.label() + ": based on version " + expectedVersion + ", stored "
                + theirs.version() + (theirs.updatedByName() == null ? "" : " by " + theirs.updatedByName()));
        throw new NoteConflictException(item.meeting().id(), item.itemId(), mine, theirs);
    }

    /**
     * The notes as HTML for the preview: raw HTML escaped, unsafe link addresses ({@code javascript:} …) removed.
     * Needs no database, so no transaction.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public String html(String markdown) {
        return Markdown.toHtml(markdown);
    }
}
