package de.lenkrunde.minutes;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of "Niederschriften": minutes waiting for the reader, and for what. {@code until}: the review or circulation
 * deadline where there is one.
 */
public record MinutesListItem(long minutesId, long meetingId, String bodyName, String meetingTitle, Instant meetingStartsAt,
                              int edition, MinutesStatus status, WaitingFor waitingFor, LocalDate until) {

    /** What the reader is asked to do. */
    public enum WaitingFor {
        /** sign as chair or minute-taker */
        SIGNATURE,
        /** consent or object in a circulation procedure */
        CIRCULATION,
        /** read, comment, object until the review deadline */
        REVIEW,
        /** signed and released: put on the next agenda for approval (chair) */
        APPROVAL
    }
}
