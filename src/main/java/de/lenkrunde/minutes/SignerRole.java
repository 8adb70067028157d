package de.lenkrunde.minutes;

/** The two who sign the minutes (§93 VwVfG). */
public enum SignerRole {
    /** the chair (or the deputy who chaired) */
    CHAIR,
    MINUTE_TAKER
}
