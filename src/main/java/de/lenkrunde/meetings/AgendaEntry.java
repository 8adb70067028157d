package de.lenkrunde.meetings;

/**
 * One TOP as its reader sees it. {@code newSinceInvitation}/{@code changedSinceInvitation} mark what an
 * "Änderung der Tagesordnung" changed; {@code pendingChange}: changed and not sent yet.
 */
public record AgendaEntry(long itemId, String number, int depth, AgendaItemData data, boolean atEnd, Long proposalId,
                          String proposalLabel, AgendaItemState state, boolean newSinceInvitation,
                          boolean changedSinceInvitation, boolean pendingChange) {

    public String title() {
        return data.title();
    }

    public boolean withdrawn() {
        return state == AgendaItemState.WITHDRAWN;
    }
}
