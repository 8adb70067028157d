package de.lenkrunde.actions;

import java.time.Instant;
import java.time.LocalDate;

/** An action item as lists and the console show it; {@code overdue}: pending and past its due date (Berlin). */
public record ActionItemView(long id, long version, long bodyId, Long meetingId, Long itemId, Long decisionId, Long proposalId,
                             String description, ActionOwner owner, LocalDate dueDate, ActionStatus status, int progress,
                             boolean overdue, Instant createdAt, String createdByName) {
}
