package de.lenkrunde.decisions;

import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.proposals.DecisionOutcome;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A decision (Beschluss) taken on one agenda item. Its text, outcome and vote never change once recorded: a
 * correction (Berichtigung) is a new decision with the same number and the next revision, and this one only learns
 * that it was superseded. The checks here are those that need nothing but the decision itself and the number of
 * members entitled to vote on its item.
 */
@Table("decision")
class Decision {

    static final int MAX_TEXT = 20_000;
    static final int MAX_REASON = 1000;

    @Id
    private Long id;
    @Version
    private Long version;
    private long bodyId;
    private long meetingId;
    private long itemId;
    private String itemNumber;
    private String title;
    private boolean nonPublic;
    private Long proposalId;
    private String number;
    private int decisionYear;
    private int sequenceNo;
    private int revision;
    private String text;
    private DecisionOutcome outcome;
    private VoteMethod voteMethod;
    private Integer votesYes;
    private Integer votesNo;
    private Integer votesAbstain;
    private int entitled;
    private boolean quorumReached;
    private String quorumOverrideReason;
    private String reason;
    private Instant decidedAt;
    private Long decidedById;
    private String decidedByName;
    private Long correctsDecisionId;
    private String correctionReason;
    private Long supersededById;

    @PersistenceCreator
    private Decision() {
    }

    /** What the decision is taken on: the agenda item as the meeting holds it. */
    record Subject(long bodyId, long meetingId, long itemId, String itemNumber, String title, boolean nonPublic, Long proposalId) {
    }

    /** Who recorded it, and when. */
    record Recorder(Long personId, String name, Instant at) {
    }

    /**
     * A decision as first recorded. {@code entitled}, {@code quorumReached}: the item's quorum at this moment.
     * Checks text, outcome, reasons and vote; the number is given by the caller after the checks passed.
     */
    static Decision record(Subject subject, DecisionData data, int entitled, boolean quorumReached, Recorder recorder) {
        Decision decision = new Decision();
        decision.bodyId = subject.bodyId();
        decision.meetingId = subject.meetingId();
        decision.itemId = subject.itemId();
        decision.itemNumber = subject.itemNumber();
        decision.title = subject.title();
        decision.nonPublic = subject.nonPublic();
        decision.proposalId = subject.proposalId();
        decision.take(data, entitled, quorumReached, recorder);
        return decision;
    }

    /** A Berichtigung of this decision: same item and number, the next revision; {@code correctionReason} required. */
    Decision correctedBy(DecisionData data, String correctionReason, Recorder recorder) {
        if (supersededById != null) {
            throw new BusinessRuleException("decision.rule.alreadyCorrected", number);
        }
        String why = InputText.strip(correctionReason);
        if (why == null) {
            throw InvalidInputException.of("correctionReason", "validation.required");
        }
        if (why.length() > MAX_REASON) {
            throw new InvalidInputException(List.of(new FieldError("correctionReason", "validation.maxLength", java.util.Map.of("max", MAX_REASON))));
        }
        Decision correction = record(new Subject(bodyId, meetingId, itemId, itemNumber, title, nonPublic, proposalId), data,
                entitled, quorumReached, recorder);
        if (correction.quorumOverrideReason == null) {
            correction.quorumOverrideReason = quorumOverrideReason;
        }
        correction.number = number;
        correction.decisionYear = decisionYear;
        correction.sequenceNo = sequenceNo;
        correction.revision = revision + 1;
        correction.correctsDecisionId = id;
        correction.correctionReason = why;
        return correction;
    }

    void supersededBy(long correctionId) {
        if (supersededById != null) {
            throw new BusinessRuleException("decision.rule.alreadyCorrected", number);
        }
        this.supersededById = correctionId;
    }

    void numbered(String number, int year, int sequenceNo) {
        this.number = number;
        this.decisionYear = year;
        this.sequenceNo = sequenceNo;
        this.revision = 0;
    }

    private void take(DecisionData data, int entitled, boolean quorumReached, Recorder recorder) {
        List<FieldError> errors = new ArrayList<>();
        String decisionText = InputText.strip(data.text());
        if (decisionText == null) {
            errors.add(FieldError.of("text", "decision.text.required"));
        } else if (decisionText.length() > MAX_TEXT) {
            errors.add(new FieldError("text", "validation.maxLength", java.util.Map.of("max", MAX_TEXT)));
        }
        if (data.outcome() == null) {
            errors.add(FieldError.of("outcome", "validation.required"));
        }
        String why = InputText.strip(data.reason());
        if (data.outcome() == DecisionOutcome.REFERRED_BACK && why == null) {
            errors.add(FieldError.of("reason", "decision.reason.requiredForReferral"));
        }
        if (why != null && why.length() > MAX_REASON) {
            errors.add(new FieldError("reason", "validation.maxLength", java.util.Map.of("max", MAX_REASON)));
        }
        String override = InputText.strip(data.quorumOverrideReason());
        if (!quorumReached && override == null) {
            errors.add(FieldError.of("quorumOverrideReason", "decision.quorum.overrideRequired"));
        }
        if (override != null && override.length() > MAX_REASON) {
            errors.add(new FieldError("quorumOverrideReason", "validation.maxLength", java.util.Map.of("max", MAX_REASON)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (data.outcome() == DecisionOutcome.REFERRED_BACK && proposalId == null) {
            throw new InvalidInputException(List.of(FieldError.of("outcome", "decision.outcome.referralNeedsProposal")));
        }
        VoteRules.check(data.vote(), data.outcome(), entitled);
        Vote vote = VoteRules.normalised(data.vote(), data.outcome(), entitled);
        this.text = decisionText;
        this.outcome = data.outcome();
        this.voteMethod = vote.method();
        this.votesYes = vote.yes();
        this.votesNo = vote.no();
        this.votesAbstain = vote.abstain();
        this.entitled = entitled;
        this.quorumReached = quorumReached;
        this.quorumOverrideReason = quorumReached ? null : override;
        this.reason = why;
        this.decidedAt = recorder.at();
        this.decidedById = recorder.personId();
        this.decidedByName = recorder.name();
    }

    DecisionView view() {
        return new DecisionView(id == null ? 0 : id, version == null ? 0 : version, number, revision, bodyId, meetingId, itemId, itemNumber, title,
                nonPublic, proposalId, text, outcome, vote(), entitled, quorumReached, quorumOverrideReason, reason, decidedAt,
                decidedByName, correctsDecisionId, correctionReason, supersededById);
    }

    Vote vote() {
        return new Vote(voteMethod, votesYes, votesNo, votesAbstain);
    }

    Long id() {
        return id;
    }

    long version() {
        return version == null ? 0 : version;
    }

    long bodyId() {
        return bodyId;
    }

    long meetingId() {
        return meetingId;
    }

    long itemId() {
        return itemId;
    }

    Long proposalId() {
        return proposalId;
    }

    String number() {
        return number;
    }

    int revision() {
        return revision;
    }

    DecisionOutcome outcome() {
        return outcome;
    }

    String text() {
        return text;
    }

    String reason() {
        return reason;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    Long correctsDecisionId() {
        return correctsDecisionId;
    }

    Long supersededById() {
        return supersededById;
    }

    boolean nonPublic() {
        return nonPublic;
    }
}
