package de.lenkrunde.proposals;

import de.lenkrunde.base.i18n.Translatable;
import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static de.lenkrunde.proposals.ProposalStatus.*;

/**
 * A case record. Every state change is a method that refuses an illegal transition with a message
 * naming the current state (DESIGN.md §3); the service records each one in the timeline.
 */
@Table("proposal")
class Proposal {

    @Id
    private Long id;
    @Version
    private Long version;
    private String referenceNumber;
    private Integer referenceYear;
    private ProposalStatus status;
    private String title;
    private Long originGroupId;
    private Long contactPersonId;
    private Long targetBodyId;
    private Long areaId;
    private String occasion;
    private String goal;
    private String measures;
    private String targetGroup;
    private java.time.LocalDate plannedFrom;
    private java.time.LocalDate plannedTo;
    private BigDecimal requestedAmount;
    private BigDecimal ownContribution;
    private String decisionProposal;
    private String result;
    private BigDecimal actualCost;
    private int textVersion;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant submittedAt;
    private String updatedByName;
    @MappedCollection(idColumn = "proposal_id")
    private Set<ProposalCriterion> criteria = new HashSet<>();

    @PersistenceCreator
    private Proposal() {
    }

    Proposal(ProposalData data, Instant now) {
        this.status = DRAFT;
        this.textVersion = 1;
        this.createdAt = now;
        apply(data, now);
    }

    /** Edits the text; the origin group and target body can change only while it is a draft. */
    void edit(ProposalData data, Instant now) {
        require(EnumSet.of(DRAFT, SUBMITTED, SCHEDULED), "edit");
        if (status != DRAFT && (!data.originGroupId().equals(originGroupId) || !data.targetBodyId().equals(targetBodyId))) {
            throw new BusinessRuleException("proposal.rule.bodiesFixed");
        }
        boolean textChanged = !ProposalText.of(data).equals(ProposalText.of(data()));
        if (status != DRAFT && textChanged) {
            textVersion++;
        }
        apply(data, now);
    }

    /**
     * Submits to the target body. The reference number is given at the first submission only, so a
     * deleted draft leaves no gap and a returned proposal keeps its number.
     */
    void submit(ReferenceNumber number, Instant now) {
        require(EnumSet.of(DRAFT), "submit");
        List<FieldError> missing = new ArrayList<>();
        requireText(missing, "occasion", occasion);
        requireText(missing, "goal", goal);
        requireText(missing, "measures", measures);
        requireText(missing, "decisionProposal", decisionProposal);
        if (contactPersonId == null) {
            missing.add(FieldError.of("contactPersonId", "proposal.rule.submitNeeds"));
        }
        if (criteria.stream().noneMatch(c -> c.toData().isJustified())) {
            missing.add(FieldError.of("criteria", "proposal.rule.criterionNeeded"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        if (referenceNumber == null) {
            referenceNumber = number.text();
            referenceYear = number.year();
        }
        status = SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    /** A resubmission whose text changed while it was back in draft starts a new text version. */
    void nextTextVersion() {
        textVersion++;
    }

    /** Who saved last, so that an edit conflict can name them. */
    void savedBy(String name) {
        this.updatedByName = name;
    }

    String updatedByName() {
        return updatedByName;
    }

    /** Needs a reference number only at the first submission. */
    boolean needsReferenceNumber() {
        return referenceNumber == null;
    }

    void withdraw(String reason, Instant now) {
        require(EnumSet.of(DRAFT, SUBMITTED, SCHEDULED), "withdraw");
        requireReason(reason);
        move(WITHDRAWN, now);
    }

    /** The target body gives it back to the group outside a meeting ("zurückgegeben"). */
    void returnToDraft(String reason, Instant now) {
        require(EnumSet.of(SUBMITTED, SCHEDULED), "return");
        requireReason(reason);
        move(DRAFT, now);
    }

    /** The target body hands it on to another steering body; origin and representative stay. */
    void forward(long newTargetBodyId, Instant now) {
        require(EnumSet.of(SUBMITTED), "forward");
        if (newTargetBodyId == targetBodyId) {
            throw InvalidInputException.of("targetBodyId", "proposal.rule.forwardSameBody");
        }
        targetBodyId = newTargetBodyId;
        updatedAt = now;
    }

    void schedule(Instant now) {
        require(EnumSet.of(SUBMITTED), "schedule");
        move(SCHEDULED, now);
    }

    void unschedule(Instant now) {
        require(EnumSet.of(SCHEDULED), "unschedule");
        move(SUBMITTED, now);
    }

    /** The state a decision's outcome leads to; the outcome itself stays with the decision. */
    void applyDecision(DecisionOutcome outcome, String reason, Instant now) {
        require(EnumSet.of(SCHEDULED), "decide");
        if (outcome == DecisionOutcome.REFERRED_BACK) {
            requireReason(reason);
        }
        move(switch (outcome) {
            case ACCEPTED, ACCEPTED_AMENDED -> APPROVED;
            case REJECTED -> REJECTED;
            case DEFERRED -> SUBMITTED;
            case REFERRED_BACK -> DRAFT;
        }, now);
    }

    /**
     * A decision on this proposal was corrected (Berichtigung): the proposal takes the state of the corrected outcome
     * from wherever the first decision left it — as long as no money was granted or work started on it.
     */
    void correctDecision(DecisionOutcome outcome, String reason, Instant now) {
        require(EnumSet.of(APPROVED, REJECTED, SUBMITTED, DRAFT, FUNDING_REQUESTED, NOT_FUNDED), "correctDecision");
        if (outcome == DecisionOutcome.REFERRED_BACK) {
            requireReason(reason);
        }
        move(switch (outcome) {
            case ACCEPTED, ACCEPTED_AMENDED -> APPROVED;
            case REJECTED -> REJECTED;
            case DEFERRED -> SUBMITTED;
            case REFERRED_BACK -> DRAFT;
        }, now);
    }

    void fundingRequested(Instant now) {
        require(EnumSet.of(APPROVED, NOT_FUNDED), "requestFunding");
        if (!needsMoney()) {
            throw new BusinessRuleException("proposal.rule.noMoneyRequested");
        }
        move(FUNDING_REQUESTED, now);
    }

    void fundingDecided(FundingResult result, Instant now) {
        require(EnumSet.of(FUNDING_REQUESTED), "fundingDecided");
        move(ProposalStatus.valueOf(result.name()), now);
    }

    /** Its funding request was cancelled (the decision was corrected): back to APPROVED. */
    void fundingCancelled(Instant now) {
        require(EnumSet.of(FUNDING_REQUESTED, FUNDED, PARTIALLY_FUNDED, NOT_FUNDED), "cancelFunding");
        move(APPROVED, now);
    }

    /** Straight from APPROVED only when no money is needed; otherwise after (partial) funding. */
    void startImplementation(Instant now) {
        require(EnumSet.of(APPROVED, FUNDED, PARTIALLY_FUNDED), "startImplementation");
        if (status == APPROVED && needsMoney()) {
            throw new BusinessRuleException("proposal.rule.fundingFirst");
        }
        move(IN_IMPLEMENTATION, now);
    }

    void complete(String result, BigDecimal actualCost, Instant now) {
        require(EnumSet.of(IN_IMPLEMENTATION), "complete");
        List<FieldError> errors = new ArrayList<>();
        if (result == null || result.isBlank()) {
            errors.add(FieldError.of("result", "validation.required"));
        } else if (result.length() > 4000) {
            errors.add(new FieldError("result", "validation.maxLength", java.util.Map.of("max", 4000)));
        }
        if (actualCost == null || actualCost.signum() < 0 || actualCost.scale() > 2
                || actualCost.compareTo(new BigDecimal("10000000.00")) > 0) {
            errors.add(FieldError.of("actualCost", "validation.money"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.result = result.strip();
        this.actualCost = actualCost;
        move(COMPLETED, now);
    }

    void discontinue(String reason, Instant now) {
        require(EnumSet.of(IN_IMPLEMENTATION), "discontinue");
        requireReason(reason);
        move(DISCONTINUED, now);
    }

    boolean needsMoney() {
        return requestedAmount != null && requestedAmount.signum() > 0;
    }

    private void apply(ProposalData data, Instant now) {
        if (data.plannedFrom() != null && data.plannedTo() != null && data.plannedTo().isBefore(data.plannedFrom())) {
            throw InvalidInputException.of("plannedTo", "proposal.rule.endBeforeStart");
        }
        this.title = data.title();
        this.originGroupId = data.originGroupId();
        this.contactPersonId = data.contactPersonId();
        this.targetBodyId = data.targetBodyId();
        this.areaId = data.areaId();
        this.occasion = data.occasion();
        this.goal = data.goal();
        this.measures = data.measures();
        this.targetGroup = data.targetGroup();
        this.plannedFrom = data.plannedFrom();
        this.plannedTo = data.plannedTo();
        this.requestedAmount = data.requestedAmount();
        this.ownContribution = data.ownContribution();
        this.decisionProposal = data.decisionProposal();
        this.criteria = data.criteria().stream()
                .map(c -> new ProposalCriterion(c.principle(), c.addressed(), c.justification()))
                .collect(Collectors.toCollection(HashSet::new));
        this.updatedAt = now;
    }

    private void move(ProposalStatus target, Instant now) {
        this.status = target;
        this.updatedAt = now;
    }

    private void require(Set<ProposalStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw new BusinessRuleException("proposal.rule.notAllowedInStatus",
                    Translatable.of("proposal.action." + action), Translatable.of("proposalStatus." + status.name()));
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "proposal.rule.reasonRequired");
        }
        if (reason.length() > 2000) {
            throw new InvalidInputException(List.of(new FieldError("reason", "validation.maxLength", java.util.Map.of("max", 2000))));
        }
    }

    private static void requireText(List<FieldError> missing, String field, String value) {
        if (value == null || value.isBlank()) {
            missing.add(FieldError.of(field, "proposal.rule.submitNeeds"));
        }
    }

    ProposalData data() {
        return new ProposalData(title, originGroupId, contactPersonId, targetBodyId, areaId, occasion, goal, measures,
                targetGroup, plannedFrom, plannedTo, requestedAmount, ownContribution, decisionProposal,
                criteria.stream().map(ProposalCriterion::toData)
                        .sorted(Comparator.comparing(CriterionData::principle)).toList());
    }

    Long id() {
        return id;
    }

    Long version() {
        return version;
    }

    ProposalStatus status() {
        return status;
    }

    String referenceNumber() {
        return referenceNumber;
    }

    String title() {
        return title;
    }

    long originGroupId() {
        return originGroupId;
    }

    long targetBodyId() {
        return targetBodyId;
    }

    Long contactPersonId() {
        return contactPersonId;
    }

    String result() {
        return result;
    }

    BigDecimal actualCost() {
        return actualCost;
    }

    int textVersion() {
        return textVersion;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    @Table("proposal_criterion")
    record ProposalCriterion(HintePrinciple principle, boolean addressed, String justification) {
        CriterionData toData() {
            return new CriterionData(principle, addressed, justification);
        }
    }
}
