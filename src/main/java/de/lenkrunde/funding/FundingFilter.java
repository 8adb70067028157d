package de.lenkrunde.funding;

/**
 * Which requests a list shows: the open ones (waiting for finance, the queue), or one status, or all
 * ({@code openOnly} false and no status).
 */
public record FundingFilter(boolean openOnly, FundingStatus status) {

    public static FundingFilter queue() {
        return new FundingFilter(true, null);
    }

    public static FundingFilter all() {
        return new FundingFilter(false, null);
    }
}
