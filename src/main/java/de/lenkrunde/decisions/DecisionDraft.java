package de.lenkrunde.decisions;

import de.lenkrunde.bodies.AgendaItemKind;
import de.lenkrunde.meetings.Quorum;
import de.lenkrunde.proposals.DecisionOutcome;

import java.util.List;

/**
 * What the console's "Beschluss erfassen" form starts from: the item, the text being voted (the last accepted
 * amendment's wording, else the proposal's Beschlussvorschlag), whether it was amended, the quorum for the item,
 * the outcomes that fit it, and the decision already taken on it (then the form offers a correction instead).
 */
public record DecisionDraft(long meetingId, long itemId, String itemNumber, String title, AgendaItemKind kind, Long proposalId,
                            String proposalLabel, String suggestedText, boolean amended, Quorum quorum,
                            List<DecisionOutcome> outcomes, DecisionView current, boolean mayRecord) {

    /** A decision can be taken on this item at all (a Beschluss item). */
    public boolean decidable() {
        return kind == AgendaItemKind.DECISION;
    }
}
