package de.lenkrunde.meetings;

/**
 * Everything an invitation shows, already resolved to text: what {@link InvitationPdf} prints and
 * {@link InvitationCalendar} puts into the calendar entry. Times are shown in Europe/Berlin.
 *
 * <p>May be null: {@code areaName}, {@code room}, {@code address}, {@code onlineLink}, {@code chairName},
 * {@code meetingUrl}; in an item {@code presenter}, {@code proposalReference}, {@code description}.
 * {@code amended} marks a changed agenda ("Änderung der Tagesordnung"); {@code sequence} is the
 * iCalendar SEQUENCE: 0 for the first invitation, one more for each change.
 *
 * @param items in agenda order; a sub-item ({@code depth} 1, number e.g. "3.1") follows its item ({@code depth} 0)
 */
record InvitationContent(String bodyName, String bodyTypeLabel, String areaName, String title,
                         java.time.ZonedDateTime start, java.time.ZonedDateTime plannedEnd,
                         String room, String address, String onlineLink,
                         String chairName, java.util.List<Item> items, java.time.LocalDate issuedOn,
                         boolean amended, String meetingUid, int sequence, String meetingUrl) {

    /** One agenda item (TOP); {@code kindLabel} is e.g. "Beschluss" or "Information". */
    record Item(String number, int depth, String title, String kindLabel, int plannedMinutes, String presenter,
                boolean nonPublic, String proposalReference, String description) { }
}
