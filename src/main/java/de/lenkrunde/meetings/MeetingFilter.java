package de.lenkrunde.meetings;

import java.time.LocalDate;

/**
 * Filter of the meeting list: one body or all the reader may see; upcoming (soonest first) or past (latest
 * first); an optional period; only the reader's own bodies; cancelled meetings hidden unless asked for.
 */
public record MeetingFilter(Long bodyId, When when, LocalDate from, LocalDate to, boolean onlyMine, boolean includeCancelled) {

    public enum When { UPCOMING, PAST }

    public MeetingFilter {
        when = when == null ? When.UPCOMING : when;
    }

    public static MeetingFilter upcomingOfMine() {
        return new MeetingFilter(null, When.UPCOMING, null, null, true, false);
    }
}
