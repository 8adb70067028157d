package de.lenkrunde.decisions;

import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.proposals.DecisionOutcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a vote can stand, on its own so it can be checked without a database. {@code entitled}: the voting
 * members present and not biased for the item (a present substitute counts for the member they stand in for).
 * <ul>
 *   <li>Counted: whole numbers, none negative, at least one vote, and together not more than those entitled.</li>
 *   <li>Einstimmig: everyone entitled voted the same way; the count is taken from {@code entitled}.</li>
 *   <li>Konsens: no vote taken; only for outcomes that need no majority to be counted.</li>
 *   <li>The outcome must fit the count: angenommen needs more yes than no, abgelehnt not.</li>
 * </ul>
 * Errors name the form's fields: {@code yes}, {@code no}, {@code abstain}, {@code method}, {@code outcome}.
 */
final class VoteRules {

    private VoteRules() {
    }

    /** The vote as it is stored: an einstimmig vote gets its counts from {@code entitled}. */
    static Vote normalised(Vote vote, DecisionOutcome outcome, int entitled) {
        return switch (vote.method()) {
            case COUNTED -> vote;
            case UNANIMOUS -> outcome == DecisionOutcome.REJECTED ? new Vote(VoteMethod.UNANIMOUS, 0, entitled, 0)
                    : new Vote(VoteMethod.UNANIMOUS, entitled, 0, 0);
            case CONSENSUS -> Vote.consensus();
        };
    }

    /** Refuses a vote that cannot stand; {@code outcome} may be null for a motion's vote (then no majority check). */
    static void check(Vote vote, DecisionOutcome outcome, int entitled) {
        List<FieldError> errors = new ArrayList<>();
        if (vote == null || vote.method() == null) {
            throw InvalidInputException.of("method", "validation.required");
        }
        if (vote.method() == VoteMethod.COUNTED) {
            checkCount("yes", vote.yes(), errors);
            checkCount("no", vote.no(), errors);
            checkCount("abstain", vote.abstain(), errors);
            if (errors.isEmpty()) {
                int total = vote.yes() + vote.no() + vote.abstain();
                if (total == 0) {
                    errors.add(FieldError.of("yes", "decision.vote.noVotes"));
                } else if (total > entitled) {
                    errors.add(new FieldError("yes", "decision.vote.tooMany", Map.of("max", entitled, "min", total)));
                } else if (outcome != null && approving(outcome) && vote.yes() <= vote.no()) {
                    errors.add(new FieldError("outcome", "decision.vote.noMajority", Map.of("max", vote.yes(), "min", vote.no())));
                } else if (outcome == DecisionOutcome.REJECTED && vote.yes() > vote.no()) {
                    errors.add(new FieldError("outcome", "decision.vote.majorityForRejected", Map.of("max", vote.yes(), "min", vote.no())));
                }
            }
        } else if (vote.method() == VoteMethod.UNANIMOUS && entitled == 0) {
            errors.add(FieldError.of("method", "decision.vote.nobodyEntitled"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static boolean approving(DecisionOutcome outcome) {
        return outcome == DecisionOutcome.ACCEPTED || outcome == DecisionOutcome.ACCEPTED_AMENDED;
    }

    private static void checkCount(String field, Integer count, List<FieldError> errors) {
        if (count == null) {
            errors.add(FieldError.of(field, "validation.required"));
        } else if (count < 0) {
            errors.add(FieldError.of(field, "decision.vote.negative"));
        }
    }
}
