package de.lenkrunde.funding;

/** What the current user may do on a request now (the service checks again on every call). */
public enum FundingAction {
    DECIDE, CONFIRM, RETURN, PAY
}
