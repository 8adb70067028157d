package de.lenkrunde.meetings;

/**
 * Beschlussfähigkeit: {@code votingMembers} invited members with a vote (without those biased for the item),
 * {@code votingPresent} of them present in person or through a present substitute, {@code required} present
 * by the body's quorum rule, and whether that is {@code reached}.
 */
public record Quorum(int votingMembers, int votingPresent, int required, boolean reached) {

    /** How many more voting members must come for the quorum (0 when reached). */
    public int missing() {
        return Math.max(0, required - votingPresent);
    }
}
