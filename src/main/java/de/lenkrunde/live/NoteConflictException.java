package de.lenkrunde.live;

import de.lenkrunde.base.validation.EditConflictException;

import java.time.Instant;

/**
 * Someone else saved the notes of the item since the version the writer started from. Nothing was overwritten:
 * the exception carries both texts, so the view can show them side by side and let the writer merge, then save
 * again naming {@link #theirVersion()}.
 */
public class NoteConflictException extends EditConflictException {

    private final long meetingId;
    private final long itemId;
    private final String mine;
    private final String theirs;
    private final long theirVersion;
    private final String theirAuthor;
    private final Instant theirUpdatedAt;

    public NoteConflictException(long meetingId, long itemId, String mine, Note theirs) {
        super("notes of item " + itemId, theirs.updatedByName(), null);
        this.meetingId = meetingId;
        this.itemId = itemId;
        this.mine = mine;
        this.theirs = theirs.text();
        this.theirVersion = theirs.version();
        this.theirAuthor = theirs.updatedByName();
        this.theirUpdatedAt = theirs.updatedAt();
    }

    public long meetingId() {
        return meetingId;
    }

    public long itemId() {
        return itemId;
    }

    /** The text the writer tried to save. */
    public String mine() {
        return mine;
    }

    /** The text saved in between, as it is stored now. */
    public String theirs() {
        return theirs;
    }

    /** The stored version: a save that merges names it as the expected version. */
    public long theirVersion() {
        return theirVersion;
    }

    /** Who saved in between (display name), or {@code null}. */
    public String theirAuthor() {
        return theirAuthor;
    }

    public Instant theirUpdatedAt() {
        return theirUpdatedAt;
    }

    /** Their note as stored. */
    public Note theirNote() {
        return new Note(meetingId, itemId, theirs, theirVersion, theirAuthor, theirUpdatedAt);
    }
}
