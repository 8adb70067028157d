package de.lenkrunde.live;

import java.time.Instant;

/**
 * One entry of an item's speakers list (Redeliste). {@code position}: 1, 2, 3 … in the list's order (finished
 * speakers included). {@code personId} when picked as a person, else {@code null} (a name typed in).
 */
public record Speaker(long id, Long personId, String name, int position, Instant startedAt, Instant finishedAt) {

    /** Has the floor now. */
    public boolean speaking() {
        return startedAt != null && finishedAt == null;
    }

    /** Still waiting for the floor. */
    public boolean waiting() {
        return startedAt == null;
    }

    /** Has spoken. */
    public boolean finished() {
        return finishedAt != null;
    }
}
