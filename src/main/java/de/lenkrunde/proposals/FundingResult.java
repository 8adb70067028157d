package de.lenkrunde.proposals;

/** What finance decided on a funding request, as the proposal takes it. */
public enum FundingResult {
    FUNDED, PARTIALLY_FUNDED, NOT_FUNDED
}
