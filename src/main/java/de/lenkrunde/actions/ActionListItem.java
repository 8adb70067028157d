package de.lenkrunde.actions;

import java.time.LocalDate;

/** A row of the action item lists; {@code overdue}: pending and past its due date (Berlin). */
public record ActionListItem(long id, long version, String description, String ownerName, long bodyId, String bodyName,
                             LocalDate dueDate, ActionStatus status, int progress, boolean overdue, Long decisionId) {
}
