package de.lenkrunde.proposals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/**
 * A case record as its reader may see it. {@code data.contactPersonId()} is {@code null} for readers
 * who may not see contact details; {@code actions} are what this reader may do now.
 */
public record ProposalDetails(long id, long version, String referenceNumber, ProposalStatus status, ProposalData data,
                              String originGroupName, String targetBodyName, String areaName, String contactName, int textVersion,
                              String result, BigDecimal actualCost, Instant createdAt, Instant updatedAt,
                              Instant submittedAt, boolean contactVisible, Set<ProposalAction> actions) {

    public String title() {
        return data.title();
    }

    public boolean may(ProposalAction action) {
        return actions.contains(action);
    }
}
