package de.lenkrunde.proposals;

import de.lenkrunde.base.TypedReference;

import java.math.BigDecimal;
import java.time.Instant;

/** A proposal waiting for a body's agenda, with what an agenda item needs from it. */
public record SubmittedProposal(long id, String referenceNumber, String title, long originGroupId, String originGroupName,
                                BigDecimal requestedAmount, Instant submittedAt, String decisionProposal) {

    /** The builder lists at most this many; a body with more has a backlog to look at in the proposal list. */
    static final int MAX_LISTED = 200;

    /** Reference number and title, e.g. "V-2026-0003 Spielplatz am Teich". */
    public String label() {
        return referenceNumber + " " + title;
    }

    public TypedReference reference() {
        return TypedReference.of("PROPOSAL", id, label(), "vorschlaege/" + id);
    }

    record Row(long id, String referenceNumber, String title, long originGroupId, BigDecimal requestedAmount,
               Instant submittedAt, String decisionProposal) {
        SubmittedProposal withGroupName(String groupName) {
            return new SubmittedProposal(id, referenceNumber, title, originGroupId, groupName, requestedAmount, submittedAt,
                    decisionProposal);
        }
    }
}
