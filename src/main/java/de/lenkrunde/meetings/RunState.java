package de.lenkrunde.meetings;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The running meeting as its reader may see it: {@code items} holds the non-public items only when
 * {@code nonPublicVisible} (otherwise a non-public current item shows as none). {@code quorum} counts for the
 * current item (its biased members left out). {@code version}: name it when moving through the agenda.
 * {@code actions}: what the reader may do now. {@code currentHidden}: an item is under discussion that this reader may
 * not see (the non-public part is running).
 */
public record RunState(long meetingId, long version, long bodyId, String bodyName, String title, MeetingStatus status,
                       Instant startsAt, Instant plannedEnd, Instant startedAt, Instant closedAt,
                       Long currentItemId, Instant currentItemSince, List<RunItem> items, Quorum quorum,
                       boolean nonPublicVisible, Set<RunAction> actions, boolean currentHidden) {

    public boolean may(RunAction action) {
        return actions.contains(action);
    }

    public RunItem currentItem() {
        return currentItemId == null ? null : items.stream().filter(i -> i.itemId() == currentItemId).findFirst().orElse(null);
    }

    /** Seconds spent on the current item so far, the running part included (0 without a current item). */
    public long currentElapsedSeconds(Instant now) {
        RunItem current = currentItem();
        if (current == null) {
            return 0;
        }
        long running = currentItemSince == null ? 0 : Math.max(0, Duration.between(currentItemSince, now).getSeconds());
        return current.elapsedSeconds() + running;
    }

    /**
     * Projected end: now plus what is left of the planned minutes of the open items — each counts its planned
     * time less the time already spent on it (the current item's running part included), never less than nothing.
     */
    public Instant projectedEnd(Instant now) {
        long remaining = 0;
        for (RunItem item : items) {
            if (!item.open()) {
                continue;
            }
            boolean current = currentItemId != null && item.itemId() == currentItemId;
            long spent = current ? currentElapsedSeconds(now) : item.elapsedSeconds();
            remaining += Math.max(0, item.plannedMinutes() * 60L - spent);
        }
        return now.plusSeconds(remaining);
    }
}
