package de.lenkrunde.proposals;

/**
 * Filter of the proposal list; {@code null} fields do not filter. {@code bodyId} matches the origin
 * group or the target body; {@code text} searches title and texts (FULLTEXT).
 */
public record ProposalFilter(String text, ProposalStatus status, Long bodyId, Long areaId, Integer year, boolean mineOnly) {

    public static ProposalFilter none() {
        return new ProposalFilter(null, null, null, null, null, false);
    }
}
