package de.lenkrunde.decisions;

/**
 * The result of a vote on a decision or a motion. Counts are present for {@link VoteMethod#COUNTED} (whole numbers,
 * never negative); for a unanimous vote {@code yes} holds the number of those who voted, when known; for consensus all
 * counts are {@code null}.
 */
public record Vote(VoteMethod method, Integer yes, Integer no, Integer abstain) {

    public static Vote counted(int yes, int no, int abstain) {
        return new Vote(VoteMethod.COUNTED, yes, no, abstain);
    }

    public static Vote unanimous(Integer yes) {
        return new Vote(VoteMethod.UNANIMOUS, yes, 0, 0);
    }

    public static Vote consensus() {
        return new Vote(VoteMethod.CONSENSUS, null, null, null);
    }
}
