package de.lenkrunde.meetings;

/** What the reader may do with a meeting now; the views show exactly these. */
public enum MeetingAction {
    EDIT,
    PUBLISH,
    SEND_AMENDMENT,
    CANCEL
}
