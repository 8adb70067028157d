package de.lenkrunde.meetings;

import de.lenkrunde.bodies.AgendaItemKind;

/**
 * One TOP in the running meeting. {@code elapsedSeconds}: time spent on it so far, without the running part
 * while it is current (add {@code now - RunState.currentItemSince()} for that). {@code stateReason}: why it was
 * withdrawn or deferred.
 */
public record RunItem(long itemId, String number, int depth, String title, AgendaItemKind kind, int plannedMinutes,
                      boolean nonPublic, AgendaItemState state, long elapsedSeconds, boolean urgent, String urgentReason,
                      String stateReason, Long proposalId, String proposalLabel) {

    public boolean open() {
        return state == AgendaItemState.OPEN;
    }
}
