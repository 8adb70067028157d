package de.lenkrunde.meetings;

/** Where an invitee or guest stands in the meeting (Anwesenheit). */
public enum AttendanceStatus {
    /** invited, not checked in (yet) */
    EXPECTED,
    PRESENT,
    /** was present and left during the meeting */
    LEFT,
    /** entschuldigt */
    EXCUSED,
    /** unentschuldigt abwesend */
    ABSENT
}
