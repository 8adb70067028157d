package de.lenkrunde.meetings;

import java.time.Instant;

/**
 * One row of the attendance list: an invitee ({@code personId} set for members of the body, {@code null} for
 * guests invited by address) or a guest added on the spot. {@code role}: the body role (e.g. "MEMBER") or
 * "EXTERNAL_GUEST". {@code votingRight}: the member's own vote; a substitute has none of their own and votes
 * for {@code substituteForEntryId} (the absent voting member's entry) while present. {@code version}: name it
 * when changing the entry.
 */
public record AttendanceEntry(long id, long version, Long personId, String name, String role, boolean votingRight,
                              AttendanceStatus status, Instant arrivedAt, Instant leftAt, Long substituteForEntryId,
                              String substituteForName, boolean guest) {

    public boolean present() {
        return status == AttendanceStatus.PRESENT;
    }
}
