package de.lenkrunde.actions;

/** An action item was assigned in a meeting (for the live screens, which reload what they show). */
public record ActionItemAssigned(long actionItemId, long bodyId, Long meetingId, Long itemId) {
}
