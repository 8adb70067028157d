package de.lenkrunde.funding;

/** What finance decides on a request. */
public enum FundingVerdict {
    /** approve the requested amount in full */
    APPROVE,
    /** approve a lower amount (reason required) */
    APPROVE_PARTLY,
    /** refuse (reason required) */
    REFUSE
}
