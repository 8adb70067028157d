package de.lenkrunde.funding;

import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.i18n.Translatable;
import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static de.lenkrunde.funding.FundingStatus.*;

/**
 * A funding request and its money rules (DESIGN.md §3). Every change is a method that refuses an illegal transition
 * naming the state, and refuses amounts naming the numbers. What the line can afford is checked here against the
 * line as read, and again by {@link BudgetLedger}'s conditional update against the line as it is at that moment.
 */
@Table("funding_request")
class FundingRequest {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000.00");

    @Id
    private Long id;
    @Version
    private Long version;
    private long proposalId;
    private String proposalLabel;
    private long originGroupId;
    private String originGroupName;
    private long targetBodyId;
    private Long areaId;
    private String areaName;
    /** the Hinte principles the proposal justified, comma-separated enum names */
    private String principles;
    private Long decisionId;
    private String decisionNumber;
    private String decisionText;
    private String voteMethod;
    private Integer voteYes;
    private Integer voteNo;
    private Integer voteAbstain;
    private BigDecimal requestedAmount;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private Long budgetLineId;
    private FundingStatus status;
    private BigDecimal approvedAmount;
    /** what this request holds on its line right now */
    private BigDecimal committedAmount = BigDecimal.ZERO;
    private BigDecimal paidAmount = BigDecimal.ZERO;
    private String conditions;
    private String reason;
    private Long firstDeciderId;
    private String firstDeciderName;
    private Instant firstDecidedAt;
    private String decidedByName;
    private Instant decidedAt;
    private String returnReason;
    private BigDecimal actualCost;
    private Instant settledAt;
    private String openedByName;
    private Instant createdAt;
    private Instant updatedAt;
    private String updatedByName;

    @PersistenceCreator
    private FundingRequest() {
    }

    FundingRequest(Opening opening, Instant now) {
        if (opening.requestedAmount() == null || opening.requestedAmount().signum() <= 0) {
            throw new BusinessRuleException("funding.rule.nothingRequested");
        }
        this.proposalId = opening.proposalId();
        this.proposalLabel = opening.proposalLabel();
        this.originGroupId = opening.originGroupId();
        this.originGroupName = opening.originGroupName();
        this.targetBodyId = opening.targetBodyId();
        this.areaId = opening.areaId();
        this.areaName = opening.areaName();
        this.principles = opening.principles();
        this.decisionId = opening.decisionId();
        this.decisionNumber = opening.decisionNumber();
        this.decisionText = opening.decisionText();
        this.voteMethod = opening.voteMethod();
        this.voteYes = opening.voteYes();
        this.voteNo = opening.voteNo();
        this.voteAbstain = opening.voteAbstain();
        this.requestedAmount = opening.requestedAmount();
        this.periodFrom = opening.periodFrom();
        this.periodTo = opening.periodTo();
        this.budgetLineId = opening.budgetLineId();
        this.openedByName = opening.openedByName();
        this.status = REQUESTED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** What a new request starts with: the proposal and the decision as they were decided. */
    record Opening(long proposalId, String proposalLabel, long originGroupId, String originGroupName, long targetBodyId,
                   Long areaId, String areaName, String principles, Long decisionId, String decisionNumber,
                   String decisionText, String voteMethod, Integer voteYes, Integer voteNo, Integer voteAbstain,
                   BigDecimal requestedAmount, LocalDate periodFrom, LocalDate periodTo, Long budgetLineId,
                   String openedByName) {
    }

    /** The line as the decision sees it. */
    record LineView(long id, String label, BigDecimal available, boolean closed, boolean servesArea) {
    }

    /** Who acts: the person (for the four-eyes rule) and the name the record keeps. */
    record Actor(long personId, String name) {
    }

    // ---- deciding -----------------------------------------------------------------------------------------

    /**
     * Finance decides. An approval above {@code secondApprovalAbove} waits for a second person; its money is
     * committed already (so the confirmation cannot fail for lack of money).
     *
     * @return the amount to commit on the line now (zero for a refusal)
     */
    BigDecimal decide(FundingDecisionData data, LineView line, Actor actor, BigDecimal secondApprovalAbove, Instant now) {
        require(EnumSet.of(REQUESTED), "decide");
        List<FieldError> errors = new ArrayList<>();
        if (data.periodFrom() != null && data.periodTo() != null && data.periodTo().isBefore(data.periodFrom())) {
            errors.add(FieldError.of("periodTo", "funding.rule.periodEndBeforeStart"));
        }
        if (data.verdict() == FundingVerdict.REFUSE) {
            if (data.reason() == null) {
                errors.add(FieldError.of("reason", "funding.rule.reasonRequired"));
            }
            throwIfAny(errors);
            status = REJECTED;
            reason = data.reason();
            conditions = null;
            approvedAmount = null;
            decided(actor, now);
            return BigDecimal.ZERO;
        }
        BigDecimal amount = data.verdict() == FundingVerdict.APPROVE && data.amount() == null ? requestedAmount : data.amount();
        checkAmount(data.verdict(), amount, errors);
        if (data.verdict() == FundingVerdict.APPROVE_PARTLY && data.reason() == null) {
            errors.add(FieldError.of("reason", "funding.rule.reasonRequired"));
        }
        if (line == null) {
            errors.add(FieldError.of("budgetLineId", "funding.rule.lineRequired"));
        } else if (line.closed()) {
            errors.add(new FieldError("budgetLineId", "funding.rule.lineClosedField", Map.of("max", line.label())));
        } else if (!line.servesArea()) {
            errors.add(new FieldError("budgetLineId", "funding.rule.lineArea", Map.of("max", line.label())));
        } else if (amount != null && amount.compareTo(line.available()) > 0 && errors.isEmpty()) {
            errors.add(moreThanAvailable(line.available()));
        }
        throwIfAny(errors);
        budgetLineId = line.id();
        approvedAmount = amount;
        committedAmount = amount;
        reason = data.reason();
        conditions = data.conditions();
        if (data.periodFrom() != null || data.periodTo() != null) {
            periodFrom = data.periodFrom();
            periodTo = data.periodTo();
        }
        returnReason = null;
        if (amount.compareTo(secondApprovalAbove) > 0) {
            status = AWAITING_SECOND_APPROVAL;
            firstDeciderId = actor.personId();
            firstDeciderName = actor.name();
            firstDecidedAt = now;
            updatedAt = now;
        } else {
            status = approvedStatus();
            decided(actor, now);
        }
        return amount;
    }

    /** A second, different finance person confirms the first decision. */
    void confirm(Actor actor, Instant now) {
        require(EnumSet.of(AWAITING_SECOND_APPROVAL), "confirm");
        requireSecondPerson(actor);
        status = approvedStatus();
        decided(actor, now);
    }

    /**
     * A second, different finance person returns the first decision to the queue.
     *
     * @return the amount to release on the line
     */
    BigDecimal returnToQueue(Actor actor, String why, Instant now) {
        require(EnumSet.of(AWAITING_SECOND_APPROVAL), "return");
        requireSecondPerson(actor);
        if (why == null || why.isBlank()) {
            throw InvalidInputException.of("reason", "funding.rule.reasonRequired");
        }
        BigDecimal release = committedAmount;
        status = REQUESTED;
        returnReason = why.strip();
        approvedAmount = null;
        committedAmount = BigDecimal.ZERO;
        reason = null;
        conditions = null;
        firstDeciderId = null;
        firstDeciderName = null;
        firstDecidedAt = null;
        updatedAt = now;
        return release;
    }

    /**
     * The decision behind it was corrected (or the proposal left the funding path).
     *
     * @return the amount to release on the line: what was committed and not paid
     */
    BigDecimal cancel(String why, Instant now) {
        require(EnumSet.of(REQUESTED, AWAITING_SECOND_APPROVAL, APPROVED, PARTIALLY_APPROVED), "cancel");
        BigDecimal release = committedAmount.subtract(paidAmount);
        committedAmount = paidAmount;
        status = CANCELLED;
        reason = why;
        settledAt = now;
        updatedAt = now;
        return release;
    }

    // ---- payments and settlement --------------------------------------------------------------------------

    /** Never more than approved in total; only on an approved, not yet settled request. */
    void recordPayment(BigDecimal amount, Instant now) {
        require(EnumSet.of(APPROVED, PARTIALLY_APPROVED), "pay");
        if (settledAt != null) {
            throw new BusinessRuleException("funding.rule.settled");
        }
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2 || amount.compareTo(MAX_AMOUNT) > 0) {
            throw InvalidInputException.of("amount", "funding.rule.positive");
        }
        BigDecimal open = approvedAmount.subtract(paidAmount);
        if (amount.compareTo(open) > 0) {
            throw new InvalidInputException(List.of(new FieldError("amount", "funding.rule.payMoreThanApproved",
                    Map.of("max", Formats.money(open), "min", Formats.money(approvedAmount)))));
        }
        paidAmount = paidAmount.add(amount);
        updatedAt = now;
    }

    /**
     * The proposal's implementation ended: completed with its actual cost, or discontinued ({@code actual} null).
     * What stays committed is what was spent — at least what was paid, at most what was approved.
     *
     * @return the amount to release on the line
     */
    BigDecimal settle(BigDecimal actual, Instant now) {
        require(EnumSet.of(APPROVED, PARTIALLY_APPROVED), "settle");
        if (settledAt != null) {
            return BigDecimal.ZERO;
        }
        BigDecimal spent = actual == null ? paidAmount : actual.min(approvedAmount).max(paidAmount);
        BigDecimal release = committedAmount.subtract(spent);
        committedAmount = spent;
        actualCost = actual;
        settledAt = now;
        updatedAt = now;
        return release;
    }

    // ---- rules ------------------------------------------------------------------------------------------

    private void checkAmount(FundingVerdict verdict, BigDecimal amount, List<FieldError> errors) {
        if (amount == null) {
            errors.add(FieldError.of("amount", "validation.required"));
        } else if (amount.signum() <= 0 || amount.scale() > 2) {
            errors.add(FieldError.of("amount", "funding.rule.positive"));
        } else if (verdict == FundingVerdict.APPROVE && amount.compareTo(requestedAmount) != 0) {
            errors.add(new FieldError("amount", "funding.rule.fullMeansRequested", Map.of("max", Formats.money(requestedAmount))));
        } else if (verdict == FundingVerdict.APPROVE_PARTLY && amount.compareTo(requestedAmount) >= 0) {
            errors.add(new FieldError("amount", "funding.rule.partlyBelowRequested", Map.of("max", Formats.money(requestedAmount))));
        }
    }

    static FieldError moreThanAvailable(BigDecimal available) {
        return new FieldError("amount", "funding.rule.moreThanAvailable", Map.of("max", Formats.money(available.max(BigDecimal.ZERO))));
    }

    private void requireSecondPerson(Actor actor) {
        if (firstDeciderId != null && firstDeciderId == actor.personId()) {
            throw new BusinessRuleException("funding.rule.ownDecision", firstDeciderName);
        }
    }

    private FundingStatus approvedStatus() {
        return approvedAmount.compareTo(requestedAmount) < 0 ? PARTIALLY_APPROVED : APPROVED;
    }

    private void decided(Actor actor, Instant now) {
        decidedByName = actor.name();
        decidedAt = now;
        updatedAt = now;
    }

    private void require(Set<FundingStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw new BusinessRuleException("funding.rule.notAllowedInStatus",
                    Translatable.of("funding.action." + action), Translatable.of("funding.status." + status.name()));
        }
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    void savedBy(String name) {
        this.updatedByName = name;
    }

    // ---- reading ------------------------------------------------------------------------------------------

    Long id() { return id; }
    long version() { return version; }
    long proposalId() { return proposalId; }
    String proposalLabel() { return proposalLabel; }
    long originGroupId() { return originGroupId; }
    String originGroupName() { return originGroupName; }
    long targetBodyId() { return targetBodyId; }
    Long areaId() { return areaId; }
    String areaName() { return areaName; }
    String principles() { return principles; }
    Long decisionId() { return decisionId; }
    String decisionNumber() { return decisionNumber; }
    String decisionText() { return decisionText; }
    String voteMethod() { return voteMethod; }
    Integer voteYes() { return voteYes; }
    Integer voteNo() { return voteNo; }
    Integer voteAbstain() { return voteAbstain; }
    BigDecimal requestedAmount() { return requestedAmount; }
    LocalDate periodFrom() { return periodFrom; }
    LocalDate periodTo() { return periodTo; }
    Long budgetLineId() { return budgetLineId; }
    FundingStatus status() { return status; }
    BigDecimal approvedAmount() { return approvedAmount; }
    BigDecimal committedAmount() { return committedAmount; }
    BigDecimal paidAmount() { return paidAmount; }
    String conditions() { return conditions; }
    String reason() { return reason; }
    Long firstDeciderId() { return firstDeciderId; }
    String firstDeciderName() { return firstDeciderName; }
    Instant firstDecidedAt() { return firstDecidedAt; }
    String decidedByName() { return decidedByName; }
    Instant decidedAt() { return decidedAt; }
    String returnReason() { return returnReason; }
    BigDecimal actualCost() { return actualCost; }
    Instant settledAt() { return settledAt; }
    String openedByName() { return openedByName; }
    Instant createdAt() { return createdAt; }
    String updatedByName() { return updatedByName; }
}
