package de.lenkrunde.minutes;

import de.lenkrunde.base.validation.EditConflictException;

/**
 * Someone else saved the text of the TOP since the version the writer started from. Nothing was overwritten: both
 * texts are here, so the view can show them side by side; a merged save names {@link #theirVersion()}.
 */
public class MinutesTextConflictException extends EditConflictException {

    private final String mine;
    private final transient Section theirs;

    public MinutesTextConflictException(String mine, Section theirs) {
        super("minutes text of item " + theirs.itemId(), theirs.updatedByName(), null);
        this.mine = mine;
        this.theirs = theirs;
    }

    /** The text the writer tried to save. */
    public String mine() {
        return mine;
    }

    /** The text saved in between. */
    public String theirs() {
        return theirs.text();
    }

    public long theirVersion() {
        return theirs.version();
    }

    public String theirAuthor() {
        return theirs.updatedByName();
    }
}
