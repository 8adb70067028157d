package de.lenkrunde.meetings;

/**
 * Something of a running meeting changed (the current item, an item's state, attendance or bias). Published
 * in the changing transaction as a plain application event — not one for the publication log: it only
 * tells screens to reload, so the live module forwards it to the browsers after the commit.
 */
public record MeetingRunChanged(long meetingId, What what) {

    public enum What { STATE, ATTENDANCE }
}
