package de.lenkrunde.minutes;

import java.time.Instant;

/** The minutes' text of one TOP (Markdown); {@code version} 0 when none was written. */
public record Section(long minutesId, long itemId, String text, long version, String updatedByName, Instant updatedAt) {

    public Section {
        text = text == null ? "" : text;
    }
}
