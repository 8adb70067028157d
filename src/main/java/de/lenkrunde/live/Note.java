package de.lenkrunde.live;

import java.time.Instant;

/**
 * The notes of one agenda item: Markdown. {@code version} 0 with empty text when nobody has written yet; the
 * next save names the version it was based on.
 */
public record Note(long meetingId, long itemId, String text, long version, String updatedByName, Instant updatedAt) {

    public Note {
        text = text == null ? "" : text;
    }

    static Note empty(long meetingId, long itemId) {
        return new Note(meetingId, itemId, "", 0, null, null);
    }

    /** Nobody has saved notes for the item yet. */
    public boolean isNew() {
        return version == 0;
    }
}
