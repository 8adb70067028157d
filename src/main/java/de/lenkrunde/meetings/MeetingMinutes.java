package de.lenkrunde.meetings;

import java.util.Optional;

/**
 * What the meeting page shows about the meeting's minutes, from the module above that keeps them ({@code minutes},
 * DESIGN.md §4: lower modules ask upper ones through SPIs they own). Called by {@link MeetingService#minutes} after it
 * checked that the reader may see the meeting; the implementation applies its own reading rules.
 */
public interface MeetingMinutes {

    /** The minutes' state for the reader, or empty when there are none or the reader may not see them. */
    Optional<Summary> summary(long meetingId);

    /**
     * @param stateKey translation key of the minutes' state, e.g. {@code minutesStatus.RELEASED}
     * @param route    the minutes page ({@link MeetingService#minutesRoute})
     */
    record Summary(String stateKey, String route) {
    }
}
