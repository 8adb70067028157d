package de.lenkrunde.meetings;

import java.time.Instant;

/** A row of the meeting list and an entry of the month overview: one flat query plus one name lookup per page. */
public record MeetingListItem(long id, long bodyId, String bodyName, String title, Instant startsAt, Instant endsAt,
                              String room, String onlineLink, MeetingStatus status, boolean amendmentPending) {
}
