package de.lenkrunde.actions;

import java.time.LocalDate;

/**
 * A new action item as the chair assigns it in the meeting. {@code decisionId}: the decision it implements, if any
 * (its proposal is then taken from the decision unless {@code proposalId} names one). {@code owner}: a person or a
 * body (the name is looked up, not trusted from the form).
 */
public record ActionItemData(String description, ActionOwner owner, LocalDate dueDate, Long decisionId, Long proposalId) {
}
