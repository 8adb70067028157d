package de.lenkrunde.meetings;

/** Life cycle of a meeting (DESIGN.md §3). */
public enum MeetingStatus {
    PLANNED,
    INVITED,
    IN_PROGRESS,
    CLOSED,
    MINUTES_APPROVED,
    CANCELLED;

    /** The agenda may still change (before the meeting starts). */
    public boolean agendaEditable() {
        return this == PLANNED || this == INVITED;
    }

    /**
     * Past PLANNED: invitations went out, so the public may see the public part. A meeting CANCELLED while still
     * planned was never published, though: who may read a meeting is decided by its {@code publishedAt}.
     */
    public boolean published() {
        return this != PLANNED;
    }
}
