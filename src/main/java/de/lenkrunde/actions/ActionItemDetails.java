package de.lenkrunde.actions;

import java.util.List;

/**
 * One action item with its context and story (newest first). {@code decisionLabel}/{@code decisionRoute}: the
 * decision it implements, when the reader may see it; {@code mayUpdate}: the reader may report progress, close,
 * cancel or move the due date.
 */
public record ActionItemDetails(ActionItemView item, String bodyName, String cancelReason, String decisionLabel,
                                String decisionRoute, String meetingRoute, List<ActionItemEvent> story, boolean mayUpdate) {
}
