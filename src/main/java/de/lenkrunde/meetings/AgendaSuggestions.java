package de.lenkrunde.meetings;

import java.time.Instant;
import java.util.List;

/**
 * Carry-over for a new agenda, from the modules above meetings (DESIGN.md §4): items the body's previous
 * meeting deferred (meetings itself), open action items (actions), minutes waiting for approval (minutes).
 * The agenda builder offers every implementation's suggestions; the chair takes them one by one. Called by
 * the meetings service after it checked that the user may plan the body's meetings.
 */
public interface AgendaSuggestions {

    /**
     * @param bodyId      the body whose meeting is being planned
     * @param meetingId   the meeting being planned
     * @param meetingStart its start: suggestions come from before it
     * @return suggestions with keys unique per implementation (a key already on the agenda is not offered again)
     */
    List<AgendaSuggestion> suggestionsFor(long bodyId, long meetingId, Instant meetingStart);
}
