package de.lenkrunde.live;

import java.time.Instant;
import java.util.Objects;

/**
 * Something changed in a running meeting. It names only what changed ({@code itemId} when it concerns one agenda
 * item, else {@code null}); a view reloads what it shows through the services, with its user's permissions, so an
 * event never carries content a listener might not be allowed to see.
 */
public record LiveEvent(long meetingId, Kind kind, Long itemId, Instant at) {

    public enum Kind {
        /** The meeting's state: started, current item, paused, closed. */
        STATE_CHANGED,
        /** Notes of an item were saved. */
        NOTES_SAVED,
        /** The speakers list of an item or its speaking time changed. */
        SPEAKERS_CHANGED,
        /** Someone arrived, left or was marked excused/absent. */
        ATTENDANCE_CHANGED,
        /** A decision, motion or action item was recorded on an item. */
        DECISION_RECORDED,
        /** The projector link was renewed or revoked: open projectors check their token again. */
        PROJECTOR_LINK_CHANGED
    }

    public LiveEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }

    /** Whether the event concerns this agenda item (events about the whole meeting concern every item). */
    public boolean concerns(long itemId) {
        return this.itemId == null || this.itemId == itemId;
    }
}
