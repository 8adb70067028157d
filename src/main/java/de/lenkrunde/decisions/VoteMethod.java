package de.lenkrunde.decisions;

/** How a vote was taken: counted (yes / no / abstain), einstimmig (all entitled voted yes), or Konsens (no vote taken, nobody objected). */
public enum VoteMethod {
    COUNTED,
    UNANIMOUS,
    CONSENSUS
}
