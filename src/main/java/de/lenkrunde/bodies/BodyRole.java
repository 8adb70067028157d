package de.lenkrunde.bodies;

/** A person's role in one body, from a current membership (DESIGN.md §5). */
public enum BodyRole {
    CHAIR, DEPUTY, MINUTE_TAKER, MEMBER, ADVISORY, GUEST;

    /** Advisory members and guests never vote. */
    public boolean mayHaveVotingRight() {
        return this != ADVISORY && this != GUEST;
    }

    /** The deputy acts as chair. */
    public boolean actsAsChair() {
        return this == CHAIR || this == DEPUTY;
    }
}
