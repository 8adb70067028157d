package de.lenkrunde.meetings;

import java.time.Instant;

/**
 * A meeting was closed (IN_PROGRESS → CLOSED). Published in the closing transaction; Spring Modulith's JDBC
 * publication log hands it to {@code @ApplicationModuleListener}s after the commit and retries a failed one
 * (e.g. {@code minutes} drafts the minutes).
 */
public record MeetingClosed(long meetingId, long bodyId, Instant closedAt) {
}
