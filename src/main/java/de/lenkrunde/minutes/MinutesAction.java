package de.lenkrunde.minutes;

/** What the reader may do with the minutes now (the service checks again on every call). */
public enum MinutesAction {
    /** edit the texts per TOP: chair, deputy and minute-taker until approval */
    EDIT,
    /** sign as chair or minute-taker (a signature still missing) */
    SIGN,
    /** comment on or object to a TOP while the review is open */
    COMMENT,
    /** answer the review's comments: chair, deputy, minute-taker */
    ANSWER,
    /** start a circulation procedure (where the body allows it): chair and deputy */
    START_CIRCULATION,
    /** consent to or object in the running circulation: the voting members asked */
    CONSENT,
    /** correct approved minutes with a new edition: chair, deputy, minute-taker */
    CORRECT
}
