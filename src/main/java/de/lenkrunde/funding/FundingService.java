package de.lenkrunde.funding;

import de.lenkrunde.audit.AuditTrail;
import de.lenkrunde.base.TypedReference;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.InputValidator;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.bodies.AreaService;
import de.lenkrunde.bodies.BodyAction;
import de.lenkrunde.bodies.BodyRole;
import de.lenkrunde.bodies.BodyScope;
import de.lenkrunde.bodies.GlobalAction;
import de.lenkrunde.bodies.MembershipService;
import de.lenkrunde.bodies.Permissions;
import de.lenkrunde.notifications.NotificationMessage;
import de.lenkrunde.notifications.Notifier;
import de.lenkrunde.people.CurrentUser;
import de.lenkrunde.people.SignedInUser;
import de.lenkrunde.proposals.CriterionData;
import de.lenkrunde.proposals.FundingResult;
import de.lenkrunde.proposals.ProposalDetails;
import de.lenkrunde.proposals.ProposalFilter;
import de.lenkrunde.proposals.ProposalListItem;
import de.lenkrunde.proposals.ProposalService;
import de.lenkrunde.proposals.ProposalStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Funding requests: the queue, finance's decisions (four-eyes above a threshold), payments, and requests made by
 * hand. Writing methods that move money run at READ COMMITTED: the conditional update on the line must see the line
 * as last committed (under REPEATABLE READ with innodb_snapshot_isolation=ON, MariaDB would answer a race with error
 * 1020 instead of re-checking the condition; ADR 011, 015).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class FundingService {

    /** Kind of the typed reference to a request (timeline, notifications, audit). */
    public static final String KIND = "FUNDING_REQUEST";
    /** Route of the finance queue; a request opens as {@code finanzen/{id}}. */
    public static final String ROUTE = "finanzen";

    private final FundingRequestRepository requests;
    private final BudgetLineRepository lines;
    private final BudgetLedger ledger;
    private final FundingQueries queries;
    private final ProposalService proposals;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final AuditTrail audit;
    private final Notifier notifier;
    private final MembershipService memberships;
    private final AreaTree areaTree;
    private final Clock clock;
    private final BigDecimal secondApprovalAbove;

    FundingService(FundingRequestRepository requests, BudgetLineRepository lines, BudgetLedger ledger, FundingQueries queries,
                   ProposalService proposals, Permissions permissions, CurrentUser currentUser, InputValidator validator,
                   AuditTrail audit, Notifier notifier, MembershipService memberships, AreaTree areaTree, Clock clock,
                   @Value("${lenkrunde.funding.second-approval-above:5000.00}") BigDecimal secondApprovalAbove) {
        this.requests = requests;
        this.lines = lines;
        this.ledger = ledger;
        this.queries = queries;
        this.proposals = proposals;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.validator = validator;
        this.audit = audit;
        this.notifier = notifier;
        this.memberships = memberships;
        this.areaTree = areaTree;
        this.clock = clock;
        this.secondApprovalAbove = secondApprovalAbove;
    }

    // ---- reading --------------------------------------------------------------------------------------------

    /** Above this amount an approval needs a second finance person. */
    public BigDecimal secondApprovalAbove() {
        return secondApprovalAbove;
    }

    /** One page of the requests the reader may see (finance and admins: all; coordinators and chairs: their bodies'). */
    @Transactional(readOnly = true)
    public List<FundingQueueItem> queue(FundingFilter filter, Pageable page) {
        return queries.queue(scope(), filter, (int) page.getOffset(), page.getPageSize());
    }

    @Transactional(readOnly = true)
    public int count(FundingFilter filter) {
        return queries.count(scope(), filter);
    }

    /**
     * Whether the finance queue can show the signed-in user anything: finance and admins, or who follows up a body
     * that proposals go to (a steering round or conference). A focus group's chair follows up only the group itself,
     * which no request is ever addressed to.
     */
    @Transactional(readOnly = true)
    public boolean mayUseQueue() {
        if (mayReadAll()) {
            return true;
        }
        BodyScope scope = permissions.bodiesWhere(BodyAction.FOLLOW_UP_PROPOSAL);
        return scope.all() || (!scope.bodyIds().isEmpty()
                && proposals.targetBodies().stream().anyMatch(body -> scope.bodyIds().contains(body.id())));
    }

    /** Whether the signed-in user may open this request (for links to it); false also for one that does not exist. */
    @Transactional(readOnly = true)
    public boolean mayRead(long requestId) {
        return requests.findById(requestId).map(request -> mayFollow(request.targetBodyId())).orElse(false);
    }

    /** @throws RecordNotFoundException also for a request the reader may not see */
    @Transactional(readOnly = true)
    public FundingRequestDetails get(long requestId) {
        FundingRequest request = readable(requestId);
        List<CriterionData> criteria = proposals.get(request.proposalId()).data().criteria().stream()
                .filter(CriterionData::isJustified).toList();
        return new FundingRequestDetails(queries.item(requestId), request.version(), request.periodFrom(), request.periodTo(),
                request.conditions(), request.reason(), request.returnReason(), request.firstDecidedAt(),
                request.decidedByName(), request.decidedAt(), request.committedAmount(), request.paidAmount(),
                request.actualCost(), request.settledAt(), request.openedByName(), criteria, actionsFor(request));
    }

    @Transactional(readOnly = true)
    public List<PaymentItem> payments(long requestId) {
        readable(requestId);
        return queries.payments(requestId);
    }

    /** The open budget lines a request can be paid from (finance's choice in the decision dialog). */
    @Transactional(readOnly = true)
    public List<BudgetLineItem> lineOptions(long requestId) {
        permissions.require(GlobalAction.DECIDE_FUNDING);
        FundingRequest request = readable(requestId);
        return queries.lines(null, true, 0, 500).stream()
                .filter(l -> areaTree.serves(l.areaId(), request.areaId())).toList();
    }

    /**
     * Proposals a funding request can be made for by hand: decided (APPROVED) or refused before (NOT_FUNDED), with
     * money requested, of the bodies the reader follows up.
     */
    @Transactional(readOnly = true)
    public List<ProposalListItem> requestableProposals() {
        return Stream.of(ProposalStatus.APPROVED, ProposalStatus.NOT_FUNDED)
                .flatMap(status -> proposals.list(new ProposalFilter(null, status, null, null, null, false),
                        PageRequest.of(0, 200)).stream())
                .filter(p -> p.requestedAmount() != null && p.requestedAmount().signum() > 0)
                .filter(p -> mayFollow(p.targetBodyId()))
                .toList();
    }

    // ---- finance decides --------------------------------------------------------------------------------------

    /**
     * Approve in full, partly, or refuse. An approval commits its money on the line now; above
     * {@link #secondApprovalAbove()} it waits for a second finance person. Nothing is half-saved: a refused amount
     * leaves line and request as they were.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void decide(long requestId, long version, FundingDecisionData data) {
        permissions.require(GlobalAction.DECIDE_FUNDING);
        validator.check(data);
        FundingRequest request = load(requestId, version);
        FundingRequest.LineView line = data.verdict() == FundingVerdict.REFUSE || data.budgetLineId() == null ? null
                : lineView(data.budgetLineId(), request.areaId());
        BigDecimal commit = request.decide(data, line, actor(), secondApprovalAbove, clock.instant());
        if (commit.signum() > 0 && !ledger.commit(line.id(), commit)) {
            // another approval took the money between our read and our update: name what is left now
            throw new InvalidInputException(List.of(FundingRequest.moreThanAvailable(ledger.available(line.id()))));
        }
        save(request);
        audit.record("FUNDING_" + (request.status() == FundingStatus.AWAITING_SECOND_APPROVAL ? "FIRST_APPROVAL" : request.status().name()),
                reference(request), describe(request));
        if (request.status() != FundingStatus.AWAITING_SECOND_APPROVAL) {
            concluded(request);
        }
    }

    /** The second, different finance person confirms an approval above the threshold. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void confirm(long requestId, long version) {
        permissions.require(GlobalAction.DECIDE_FUNDING);
        FundingRequest request = load(requestId, version);
        request.confirm(actor(), clock.instant());
        save(request);
        audit.record("FUNDING_CONFIRMED", reference(request), describe(request));
        concluded(request);
    }

    /** The second finance person sends the first decision back to the queue (reason required); its money is released. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void returnToQueue(long requestId, long version, String reason) {
        permissions.require(GlobalAction.DECIDE_FUNDING);
        FundingRequest request = load(requestId, version);
        Long lineId = request.budgetLineId();
        BigDecimal release = request.returnToQueue(actor(), reason, clock.instant());
        ledger.release(lineId, release);
        save(request);
        audit.record("FUNDING_RETURNED", reference(request), reason);
    }

    /** Finance records a payment; never more than approved in total. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void recordPayment(long requestId, long version, PaymentData data) {
        permissions.require(GlobalAction.DECIDE_FUNDING);
        validator.check(data);
        FundingRequest request = load(requestId, version);
        Instant now = clock.instant();
        request.recordPayment(data.amount(), now);
        if (!ledger.pay(request.budgetLineId(), data.amount())) {
            throw new IllegalStateException("line " + request.budgetLineId() + " holds less than the request's approved money");
        }
        save(request);
        queries.addPayment(requestId, data, actor().name(), now);
        audit.record("FUNDING_PAYMENT", reference(request), Formats.money(data.amount()) + " am " + Formats.date(data.paidOn()));
    }

    // ---- requests by hand --------------------------------------------------------------------------------------

    /**
     * A coordinator or chair of the deciding body (or finance) requests money for an approved proposal, or anew after
     * NOT_FUNDED. The decision behind the last request of the proposal, if any, goes with it.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public long request(long proposalId) {
        ProposalDetails proposal = proposals.get(proposalId);
        if (!mayFollow(proposal.data().targetBodyId())) {
            throw new AccessDeniedException("request funding for proposal " + proposalId);
        }
        FundingRequest previous = requests.findByProposalIdOrderByIdDesc(proposalId).stream().findFirst().orElse(null);
        if (previous != null && FundingStatus.OPEN.contains(previous.status())) {
            throw new de.lenkrunde.base.validation.BusinessRuleException("funding.rule.alreadyOpen", previous.proposalLabel());
        }
        DecisionInfo decision = previous == null ? DecisionInfo.NONE : DecisionInfo.of(previous);
        return open(proposal, decision).id();
    }

    // ---- for the module's listeners (run as the system user) -------------------------------------------------

    /** Opens a request and moves the proposal to FUNDING_REQUESTED in the same transaction. */
    public FundingRequest open(ProposalDetails proposal, DecisionInfo decision) {
        Instant now = clock.instant();
        Long areaId = proposal.data().areaId();
        String principles = String.join(",", proposal.data().criteria().stream().filter(CriterionData::isJustified)
                .map(c -> c.principle().name()).toList());
        int year = now.atZone(Formats.ZONE).getYear();
        Long proposedLine = queries.lines(year, true, 0, 500).stream()
                .filter(l -> areaTree.serves(l.areaId(), areaId))
                .max(java.util.Comparator.comparing(BudgetLineItem::available)).map(BudgetLineItem::id).orElse(null);
        String label = proposal.referenceNumber() == null ? proposal.title() : proposal.referenceNumber() + " " + proposal.title();
        FundingRequest request = new FundingRequest(new FundingRequest.Opening(proposal.id(), label,
                proposal.data().originGroupId(), proposal.originGroupName(), proposal.data().targetBodyId(), areaId,
                proposal.areaName(), principles, decision.id(), decision.number(), decision.text(), decision.voteMethod(),
                decision.yes(), decision.no(), decision.abstain(), proposal.data().requestedAmount(),
                proposal.data().plannedFrom(), proposal.data().plannedTo(), proposedLine,
                currentUser.get().map(SignedInUser::displayName).orElse(null)), now);
        save(request);
        proposals.fundingRequested(proposal.id(), reference(request));
        audit.record("FUNDING_REQUESTED", reference(request), Formats.money(request.requestedAmount())
                + (decision.number() == null ? "" : ", " + decision.number()));
        return request;
    }

    /** Cancels a request (its decision was corrected), releasing the money it held and not yet paid. */
    public void cancel(FundingRequest request, String why) {
        Long lineId = request.budgetLineId();
        BigDecimal release = request.cancel(why, clock.instant());
        if (lineId != null) {
            ledger.release(lineId, release);
        }
        save(request);
        audit.record("FUNDING_CANCELLED", reference(request), why);
    }

    /** The proposal's implementation ended: keep what was spent, release the rest. */
    public void settle(FundingRequest request, BigDecimal actualCost) {
        BigDecimal release = request.settle(actualCost, clock.instant());
        ledger.release(request.budgetLineId(), release);
        save(request);
        audit.record("FUNDING_SETTLED", reference(request), (actualCost == null ? "abgebrochen" : "Ist-Kosten "
                + Formats.money(actualCost)) + ", freigegeben " + Formats.money(release));
    }

    /** The decision behind a request, as recorded. */
    record DecisionInfo(Long id, String number, String text, String voteMethod, Integer yes, Integer no, Integer abstain) {
        static final DecisionInfo NONE = new DecisionInfo(null, null, null, null, null, null, null);

        static DecisionInfo of(FundingRequest r) {
            return new DecisionInfo(r.decisionId(), r.decisionNumber(), r.decisionText(), r.voteMethod(), r.voteYes(),
                    r.voteNo(), r.voteAbstain());
        }
    }

    // ---- outcome back to the proposal -----------------------------------------------------------------------

    private void concluded(FundingRequest request) {
        FundingResult result = switch (request.status()) {
            case APPROVED -> FundingResult.FUNDED;
            case PARTIALLY_APPROVED -> FundingResult.PARTIALLY_FUNDED;
            case REJECTED -> FundingResult.NOT_FUNDED;
            default -> throw new IllegalStateException(request.status().name());
        };
        String line = request.budgetLineId() == null ? null : lines.findById(request.budgetLineId()).map(BudgetLine::label).orElse(null);
        // the timeline keeps the summary as text: amount and line in German, as the record of the decision was made
        String summary = result == FundingResult.NOT_FUNDED ? null
                : "bewilligt " + Formats.money(request.approvedAmount()) + " von " + Formats.money(request.requestedAmount())
                + " aus " + line + (request.conditions() == null ? "" : "; Auflagen: " + request.conditions());
        proposals.fundingDecided(request.proposalId(), result, summary, request.reason(), reference(request));
        Set<Long> recipients = new HashSet<>(memberships.currentPersonIds(request.originGroupId(),
                EnumSet.of(BodyRole.CHAIR, BodyRole.DEPUTY, BodyRole.MEMBER, BodyRole.ADVISORY)));
        recipients.addAll(memberships.currentPersonIds(request.targetBodyId(), EnumSet.of(BodyRole.CHAIR, BodyRole.DEPUTY)));
        notifier.notify(recipients, new NotificationMessage("funding.notice." + result.name(), List.of(request.proposalLabel(),
                request.approvedAmount() == null ? "" : Formats.money(request.approvedAmount()), line == null ? "" : line,
                request.reason() == null ? "" : request.reason())), proposalReference(request));
    }

    // ---- rules -------------------------------------------------------------------------------------------------

    private Set<FundingAction> actionsFor(FundingRequest request) {
        Set<FundingAction> actions = EnumSet.noneOf(FundingAction.class);
        if (!permissions.may(GlobalAction.DECIDE_FUNDING)) {
            return actions;
        }
        long me = currentUser.require().personId();
        switch (request.status()) {
            case REQUESTED -> actions.add(FundingAction.DECIDE);
            case AWAITING_SECOND_APPROVAL -> {
                if (request.firstDeciderId() == null || request.firstDeciderId() != me) {
                    actions.add(FundingAction.CONFIRM);
                    actions.add(FundingAction.RETURN);
                }
            }
            case APPROVED, PARTIALLY_APPROVED -> {
                if (request.settledAt() == null && request.paidAmount().compareTo(request.approvedAmount()) < 0) {
                    actions.add(FundingAction.PAY);
                }
            }
            default -> {
            }
        }
        return actions;
    }

    private boolean mayReadAll() {
        return permissions.may(GlobalAction.DECIDE_FUNDING) || currentUser.get().map(SignedInUser::isAdmin).orElse(false);
    }

    private boolean mayFollow(long bodyId) {
        return mayReadAll() || permissions.may(BodyAction.FOLLOW_UP_PROPOSAL, bodyId);
    }

    private FundingQueries.Scope scope() {
        if (mayReadAll()) {
            return new FundingQueries.Scope(true, Set.of());
        }
        BodyScope scope = permissions.bodiesWhere(BodyAction.FOLLOW_UP_PROPOSAL);
        return new FundingQueries.Scope(scope.all(), scope.bodyIds());
    }

    private FundingRequest.LineView lineView(long lineId, Long areaId) {
        BudgetLine line = lines.findById(lineId).orElseThrow(() -> InvalidInputException.of("budgetLineId", "funding.rule.lineRequired"));
        return new FundingRequest.LineView(line.id(), line.label(), line.available(), line.closed(),
                areaTree.serves(line.areaId(), areaId));
    }

    private FundingRequest.Actor actor() {
        SignedInUser user = currentUser.require();
        return new FundingRequest.Actor(user.personId(), user.displayName());
    }

    private static String describe(FundingRequest request) {
        List<String> parts = new ArrayList<>();
        parts.add(request.status().name());
        if (request.approvedAmount() != null) {
            parts.add(Formats.money(request.approvedAmount()) + " / " + Formats.money(request.requestedAmount()));
        }
        if (request.budgetLineId() != null) {
            parts.add("line " + request.budgetLineId());
        }
        if (request.reason() != null) {
            parts.add(request.reason());
        }
        return String.join(", ", parts);
    }

    // ---- persistence -------------------------------------------------------------------------------------------

    private FundingRequest readable(long requestId) {
        FundingRequest request = requests.findById(requestId).orElseThrow(() -> new RecordNotFoundException("funding request " + requestId));
        if (!mayFollow(request.targetBodyId())) {
            throw new RecordNotFoundException("funding request " + requestId);
        }
        return request;
    }

    private FundingRequest load(long requestId, long version) {
        FundingRequest request = readable(requestId);
        if (request.version() != version) {
            throw new EditConflictException("funding request " + requestId, request.updatedByName(), null);
        }
        return request;
    }

    private void save(FundingRequest request) {
        request.savedBy(currentUser.get().map(SignedInUser::displayName).orElse(null));
        try {
            requests.save(request);
        } catch (OptimisticLockingFailureException e) {
            String changedBy = request.id() == null ? null : requests.findById(request.id()).map(FundingRequest::updatedByName).orElse(null);
            throw new EditConflictException("funding request " + request.id(), changedBy, e);
        }
    }

    static TypedReference reference(FundingRequest request) {
        return TypedReference.of(KIND, request.id(), "Mittelantrag " + request.id() + " – " + request.proposalLabel(),
                ROUTE + "/" + request.id());
    }

    private static TypedReference proposalReference(FundingRequest request) {
        return TypedReference.of("PROPOSAL", request.proposalId(), request.proposalLabel(), "vorschlaege/" + request.proposalId());
    }
}
