package de.lenkrunde.bodies;

/** How many of the voting members must be present for the body to decide (Beschlussfähigkeit). */
public enum QuorumRule {
    MORE_THAN_HALF(1, 2, true),
    AT_LEAST_HALF(1, 2, false),
    AT_LEAST_TWO_THIRDS(2, 3, false),
    AT_LEAST_ONE_THIRD(1, 3, false);

    private final int numerator;
    private final int denominator;
    private final boolean strictlyMore;

    QuorumRule(int numerator, int denominator, boolean strictlyMore) {
        this.numerator = numerator;
        this.denominator = denominator;
        this.strictlyMore = strictlyMore;
    }

    /** The smallest number of voting members present that satisfies the rule. */
    public int requiredPresent(int votingMembers) {
        if (votingMembers <= 0) {
            return 0;
        }
        int product = votingMembers * numerator;
        if (strictlyMore) {
            return product / denominator + 1;
        }
        return (product + denominator - 1) / denominator;
    }

    public boolean isMet(int votingMembers, int votingPresent) {
        return votingMembers > 0 && votingPresent >= requiredPresent(votingMembers);
    }
}
