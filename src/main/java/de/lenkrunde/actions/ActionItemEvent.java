package de.lenkrunde.actions;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of an action item's story (append-only): a progress note, a status change (a cancellation with its
 * reason) or a due-date change with the old and new date and the reason. {@code text}: the note or the reason.
 */
public record ActionItemEvent(long id, Instant occurredAt, String actorName, Kind kind, ActionStatus fromStatus,
                              ActionStatus toStatus, Integer progress, LocalDate oldDueDate, LocalDate newDueDate, String text) {

    public enum Kind { PROGRESS, STATUS, DUE_DATE }

    static ActionItemEvent progress(ActionStatus from, ActionStatus to, int progress, String note) {
        return new ActionItemEvent(0, null, null, Kind.PROGRESS, from, to, progress, null, null, note);
    }

    static ActionItemEvent status(ActionStatus from, ActionStatus to, int progress, String text) {
        return new ActionItemEvent(0, null, null, Kind.STATUS, from, to, progress, null, null, text);
    }

    static ActionItemEvent dueDate(LocalDate oldDue, LocalDate newDue, String reason) {
        return new ActionItemEvent(0, null, null, Kind.DUE_DATE, null, null, null, oldDue, newDue, reason);
    }
}
