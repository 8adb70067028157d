package de.lenkrunde.meetings;

/** What the reader may do in a meeting on its day: the console shows exactly these. */
public enum RunAction {
    /** start, move through the agenda, withdraw, defer, add urgent items, close (chair, deputy) */
    RUN,
    /** attendance, guests, substitutes and bias (chair, deputy, minute-taker) */
    TAKE_NOTES
}
