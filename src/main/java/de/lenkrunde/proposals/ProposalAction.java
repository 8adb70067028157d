package de.lenkrunde.proposals;

/** What a user may do with a case record right now; the view shows exactly these buttons. */
public enum ProposalAction {
    EDIT, SUBMIT, WITHDRAW, RETURN, FORWARD, START_IMPLEMENTATION, COMPLETE, DISCONTINUE, COMMENT
}
