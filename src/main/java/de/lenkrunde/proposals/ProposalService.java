package de.lenkrunde.proposals;

import de.lenkrunde.audit.AuditTrail;
import de.lenkrunde.base.TypedReference;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.InputValidator;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.bodies.AreaKind;
import de.lenkrunde.bodies.AreaNode;
import de.lenkrunde.bodies.AreaService;
import de.lenkrunde.bodies.BodyAction;
import de.lenkrunde.bodies.BodyDetails;
import de.lenkrunde.bodies.BodyReference;
import de.lenkrunde.bodies.BodyRole;
import de.lenkrunde.bodies.MembershipService;
import de.lenkrunde.notifications.NotificationMessage;
import de.lenkrunde.notifications.Notifier;
import de.lenkrunde.bodies.BodyScope;
import de.lenkrunde.bodies.BodyService;
import de.lenkrunde.bodies.BodyType;
import de.lenkrunde.bodies.GlobalAction;
import de.lenkrunde.bodies.Permissions;
import de.lenkrunde.people.CurrentUser;
import de.lenkrunde.people.PeopleService;
import de.lenkrunde.people.PersonReference;
import de.lenkrunde.people.SignedInUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Case records: drafting, the transitions people make by hand, the ones meetings, decisions and funding
 * make through their own services, reading with the visibility rules, and the timeline. Every
 * transition is one timeline entry with who, when, from → to, reason and cause.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ProposalService {

    static final int MAX_COMMENT = 2000;
    /** Timeline action: every action item of the proposal is settled, at least one done. */
    static final String ACTIONS_ALL_DONE = "ACTIONS_ALL_DONE";
    /** Owner kind of a proposal's attachments in the documents module. */
    public static final String DOCUMENT_KIND = ProposalDocuments.KIND;

    private final ProposalRepository proposals;
    private final ProposalQueries queries;
    private final ReferenceNumbers numbers;
    private final Timeline timeline;
    private final Permissions permissions;
    private final BodyService bodies;
    private final PeopleService people;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final MembershipService memberships;
    private final Notifier notifier;
    private final TextVersions textVersions;
    private final AreaService areas;
    private final org.springframework.context.ApplicationEventPublisher events;

    ProposalService(ProposalRepository proposals, ProposalQueries queries, ReferenceNumbers numbers, Timeline timeline,
                    Permissions permissions, BodyService bodies, PeopleService people, CurrentUser currentUser,
                    InputValidator validator, AuditTrail audit, Clock clock, PlatformTransactionManager transactionManager,
                    MembershipService memberships, Notifier notifier, TextVersions textVersions, AreaService areas,
                    org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.areas = areas;
        this.textVersions = textVersions;
        this.memberships = memberships;
        this.notifier = notifier;
        // READ COMMITTED: the counter row must be read as last committed. Under REPEATABLE READ with
        // innodb_snapshot_isolation=ON (MariaDB >= 11.6.2) the locking read would fail with error 1020
        // whenever another submission committed after this transaction's first read.
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.proposals = proposals;
        this.queries = queries;
        this.numbers = numbers;
        this.timeline = timeline;
        this.permissions = permissions;
        this.bodies = bodies;
        this.people = people;
        this.currentUser = currentUser;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- reading ----------------------------------------------------------------------------------

    /**
     * One page of the list. The page's sort may name {@code referenceNumber}, {@code title},
     * {@code status}, {@code requestedAmount} and {@code updatedAt}; other properties are ignored, and
     * without any the list is ordered by last change, newest first.
     */
    @Transactional(readOnly = true)
    public List<ProposalListItem> list(ProposalFilter filter, Pageable page) {
        List<ProposalQueries.Row> rows = queries.list(scope(), filter, page.getSort(), (int) page.getOffset(),
                page.getPageSize());
        Map<Long, BodyReference> names = bodies.references(rows.stream()
                .flatMap(r -> Stream.of(r.originGroupId(), r.targetBodyId())).collect(Collectors.toSet()));
        return rows.stream().map(r -> new ProposalListItem(r.id(), r.referenceNumber(), r.title(), r.originGroupId(),
                name(names, r.originGroupId()), r.targetBodyId(), name(names, r.targetBodyId()), r.status(),
                r.requestedAmount(), r.updatedAt())).toList();
    }

    @Transactional(readOnly = true)
    public int count(ProposalFilter filter) {
        return queries.count(scope(), filter);
    }

    /** @throws RecordNotFoundException also for a draft the reader may not see: its existence is not disclosed */
    @Transactional(readOnly = true)
    public ProposalDetails get(long proposalId) {
        Proposal proposal = readable(proposalId);
        boolean contactVisible = maySeeContactAndComments(proposal);
        ProposalData data = proposal.data();
        if (!contactVisible) {
            data = new ProposalData(data.title(), data.originGroupId(), null, data.targetBodyId(), data.areaId(),
                    data.occasion(), data.goal(), data.measures(), data.targetGroup(), data.plannedFrom(), data.plannedTo(),
                    data.requestedAmount(), data.ownContribution(), data.decisionProposal(), data.criteria());
        }
        Map<Long, BodyReference> names = bodies.references(Set.of(proposal.originGroupId(), proposal.targetBodyId()));
        String contactName = data.contactPersonId() == null ? null
                : people.references(Set.of(data.contactPersonId())).values().stream()
                .map(PersonReference::displayName).findFirst().orElse(null);
        String areaName = data.areaId() == null ? null : areas.get(data.areaId()).name();
        return new ProposalDetails(proposal.id(), proposal.version(), proposal.referenceNumber(), proposal.status(), data,
                name(names, proposal.originGroupId()), name(names, proposal.targetBodyId()), areaName, contactName,
                proposal.textVersion(), proposal.result(), proposal.actualCost(), proposal.createdAt(),
                proposal.updatedAt(), proposal.submittedAt(), contactVisible, actionsFor(proposal));
    }

    /** Newest first; comments only for the originating group, the target body, their coordinators and admins. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(long proposalId) {
        Proposal proposal = readable(proposalId);
        return timeline.of(proposalId, maySeeContactAndComments(proposal));
    }

    /** The focus groups the current user may draft proposals for. */
    @Transactional(readOnly = true)
    public List<BodyReference> draftableGroups() {
        BodyScope scope = permissions.bodiesWhere(BodyAction.DRAFT_PROPOSAL);
        return bodies.options(BodyType.FOCUS_GROUP).stream().filter(b -> scope.includes(b.id())).toList();
    }

    /** Active steering rounds and conferences a proposal can be submitted or forwarded to. */
    @Transactional(readOnly = true)
    public List<BodyReference> targetBodies() {
        return Stream.concat(bodies.options(BodyType.STEERING_ROUND).stream(), bodies.options(BodyType.CONFERENCE).stream())
                .sorted(java.util.Comparator.comparing(BodyReference::name)).toList();
    }

    /**
     * A new, empty draft of a focus group: it goes to the steering round of the group's own area (else
     * the first active steering round or conference) and is about the group's area until the group
     * says otherwise.
     */
    @Transactional(readOnly = true)
    public ProposalData newDraft(long focusGroupId) {
        Long groupArea = bodies.get(focusGroupId).data().areaId();
        List<BodyReference> targets = targetBodies();
        Long target = targets.stream()
                .filter(t -> t.type() == BodyType.STEERING_ROUND && groupArea.equals(t.areaId()))
                .map(BodyReference::id).findFirst()
                .orElse(targets.isEmpty() ? null : targets.get(0).id());
        ProposalData empty = ProposalData.empty(focusGroupId, target);
        return new ProposalData(empty.title(), focusGroupId, null, target, groupArea, null, null, null, null, null, null,
                empty.requestedAmount(), empty.ownContribution(), null, empty.criteria());
    }

    /** Towns and Sozialräume a proposal can be about, for the form and the list filter. */
    @Transactional(readOnly = true)
    public List<AreaNode> areaOptions() {
        return areas.all().stream().filter(a -> a.kind() == AreaKind.TOWN || a.kind() == AreaKind.SOCIAL_SPACE).toList();
    }

    /** All active focus groups, for filters. */
    @Transactional(readOnly = true)
    public List<BodyReference> focusGroups() {
        return bodies.options(BodyType.FOCUS_GROUP);
    }

    /** Every row of the filtered list, page by page, for the CSV export. */
    @Transactional(readOnly = true)
    public List<ProposalListItem> listAll(ProposalFilter filter) {
        return listAll(filter, org.springframework.data.domain.Sort.unsorted());
    }

    /** Every row of the filtered list in the given order (as {@link #list}), page by page, for the CSV export. */
    @Transactional(readOnly = true)
    public List<ProposalListItem> listAll(ProposalFilter filter, org.springframework.data.domain.Sort sort) {
        List<ProposalListItem> all = new java.util.ArrayList<>();
        int pageSize = 500;
        for (int page = 0; ; page++) {
            List<ProposalListItem> rows = list(filter, org.springframework.data.domain.PageRequest.of(page, pageSize, sort));
            all.addAll(rows);
            if (rows.size() < pageSize) {
                return all;
            }
        }
    }

    // ---- drafting and the transitions people make by hand ------------------------------------------

    public long createDraft(ProposalData data) {
        validator.check(data);
        checkBodies(data);
        permissions.require(BodyAction.DRAFT_PROPOSAL, data.originGroupId());
        Instant now = clock.instant();
        Proposal draft = new Proposal(data, now);
        draft.savedBy(currentUser.get().map(SignedInUser::displayName).orElse(null));
        Proposal proposal = proposals.save(draft);
        record(proposal, TimelineEntry.Kind.CREATED, "CREATE", null, null, null, List.of(bodyName(data.originGroupId())), null);
        return proposal.id();
    }

    /** Edits the text. After submission each edit is a new text version in the timeline. */
    public void update(long proposalId, long version, ProposalData data) {
        validator.check(data);
        Proposal proposal = load(proposalId, version);
        permissions.require(BodyAction.DRAFT_PROPOSAL, proposal.originGroupId());
        if (proposal.status() == ProposalStatus.DRAFT) {
            checkBodies(data);
            permissions.require(BodyAction.DRAFT_PROPOSAL, data.originGroupId());
        }
        int versionBefore = proposal.textVersion();
        proposal.edit(data, clock.instant());
        save(proposal);
        if (proposal.textVersion() != versionBefore) {
            storeTextVersion(proposal);
            record(proposal, TimelineEntry.Kind.EDIT, "EDIT", null, null, null, List.of(String.valueOf(proposal.textVersion())), null);
        }
    }

    /**
     * Submits to the target body; the reference number is assigned now (gapless per year). Runs in its
     * own transaction and is tried again when InnoDB picked it as a deadlock victim, which can happen
     * when several people submit the very first proposal of a year at the same moment.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public String submit(long proposalId, long version) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // part of a larger unit of work (e.g. loading demo data): join it
            return submitOnce(proposalId, version);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> submitOnce(proposalId, version));
            } catch (PessimisticLockingFailureException e) {
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
    }

    private String submitOnce(long proposalId, long version) {
        Proposal proposal = load(proposalId, version);
        permissions.require(BodyAction.DRAFT_PROPOSAL, proposal.originGroupId());
        Instant now = clock.instant();
        BodyNames names = names(proposal);
        transition(proposal, "SUBMIT", null, null, List.of(names.origin(), names.target()),
                p -> p.submit(p.needsReferenceNumber() ? numbers.next(now.atZone(Formats.ZONE).getYear()) : null, now));
        snapshotSubmittedText(proposal);
        tell(chairs(proposal.targetBodyId()), proposal, "notification.proposal.submitted", names.origin());
        return proposal.referenceNumber();
    }

    public void withdraw(long proposalId, long version, String reason) {
        Proposal proposal = load(proposalId, version);
        permissions.require(BodyAction.DRAFT_PROPOSAL, proposal.originGroupId());
        transition(proposal, "WITHDRAW", reason, null, List.of(bodyName(proposal.originGroupId())),
                p -> p.withdraw(reason, clock.instant()));
    }

    /** The target body gives a proposal back to its group outside a meeting, with a reason. */
    public void returnToGroup(long proposalId, long version, String reason) {
        Proposal proposal = load(proposalId, version);
        permissions.require(BodyAction.RETURN_OR_FORWARD_PROPOSAL, proposal.targetBodyId());
        BodyNames names = names(proposal);
        transition(proposal, "RETURN", reason, null, List.of(names.target(), names.origin()),
                p -> p.returnToDraft(reason, clock.instant()));
        tell(group(proposal.originGroupId()), proposal, "notification.proposal.returned", names.target(), reason.strip());
    }

    /** Hands a submitted proposal on to another steering body; origin and representative stay on record. */
    public void forward(long proposalId, long version, long newTargetBodyId, String reason) {
        Proposal proposal = load(proposalId, version);
        permissions.require(BodyAction.RETURN_OR_FORWARD_PROPOSAL, proposal.targetBodyId());
        BodyDetails target = bodies.get(newTargetBodyId);
        if (target.data().type() == BodyType.FOCUS_GROUP || !target.data().active()) {
            throw InvalidInputException.of("targetBodyId", "proposal.rule.targetBody");
        }
        if (reason != null && reason.length() > MAX_COMMENT) {
            throw InvalidInputException.of("reason", "validation.maxLength");
        }
        String from = bodyName(proposal.targetBodyId());
        ProposalStatus before = proposal.status();
        proposal.forward(newTargetBodyId, clock.instant());
        save(proposal);
        record(proposal, TimelineEntry.Kind.FORWARD, "FORWARD", before, proposal.status(), reason,
                List.of(from, target.data().name()), null);
        tell(group(proposal.originGroupId()), proposal, "notification.proposal.forwarded", from, target.data().name());
        tell(chairs(newTargetBodyId), proposal, "notification.proposal.submitted", bodyName(proposal.originGroupId()));
    }

    public void startImplementation(long proposalId, long version) {
        Proposal proposal = load(proposalId, version);
        permissions.require(BodyAction.FOLLOW_UP_PROPOSAL, proposal.targetBodyId());
        startImplementation(proposal);
    }

    private void startImplementation(Proposal proposal) {
        transition(proposal, "START_IMPLEMENTATION", null, null, List.of(), p -> p.startImplementation(clock.instant()));
        events.publishEvent(new ProposalImplementationStarted(proposal.id(), clock.instant()));
    }

    /**
     * Closes the case with a short result and the actual cost. An approved proposal that needs no money and whose
     * action items are all done ("Umsetzung abgeschlossen") passes through IN_IMPLEMENTATION in the same step: two
     * timeline entries, both true.
     */
    public void complete(long proposalId, long version, String result, BigDecimal actualCost) {
        Proposal proposal = load(proposalId, version);
        permissions.require(BodyAction.FOLLOW_UP_PROPOSAL, proposal.targetBodyId());
        if (implementedByActions(proposal)) {
            startImplementation(proposal);
        }
        transition(proposal, "COMPLETE", result, null, List.of(actualCost == null ? "" : Formats.money(actualCost)),
                p -> p.complete(result, actualCost, clock.instant()));
        events.publishEvent(new ProposalImplementationEnded(proposalId, ProposalStatus.COMPLETED, actualCost, clock.instant()));
    }

    public void discontinue(long proposalId, long version, String reason) {
        Proposal proposal = load(proposalId, version);
        permissions.require(BodyAction.FOLLOW_UP_PROPOSAL, proposal.targetBodyId());
        transition(proposal, "DISCONTINUE", reason, null, List.of(), p -> p.discontinue(reason, clock.instant()));
        events.publishEvent(new ProposalImplementationEnded(proposalId, ProposalStatus.DISCONTINUED, null, clock.instant()));
    }

    /** Members of the originating group and of the target body comment (plain text). */
    public void comment(long proposalId, String text) {
        Proposal proposal = readable(proposalId);
        if (!mayComment(proposal)) {
            throw new AccessDeniedException("comment on proposal " + proposalId);
        }
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("comment", "validation.required");
        }
        if (text.length() > MAX_COMMENT) {
            throw new InvalidInputException(List.of(new de.lenkrunde.base.validation.FieldError("comment",
                    "validation.maxLength", Map.of("max", MAX_COMMENT))));
        }
        record(proposal, TimelineEntry.Kind.COMMENT, "COMMENT", null, null, text.strip(), List.of(), null);
        // the other side: a comment from the group goes to the target body's chairs, and the other way round
        boolean fromGroup = permissions.may(BodyAction.COMMENT_PROPOSAL, proposal.originGroupId());
        Set<Long> others = new HashSet<>(fromGroup ? chairs(proposal.targetBodyId()) : group(proposal.originGroupId()));
        currentUser.get().ifPresent(me -> others.remove(me.personId()));
        tell(others, proposal, "notification.proposal.commented", currentUser.get().map(SignedInUser::displayName).orElse(""));
    }

    /**
     * The proposals submitted to a body that wait for a place on its agenda (status SUBMITTED), longest
     * waiting first, for the agenda builder of those who may plan the body's meetings.
     */
    @Transactional(readOnly = true)
    public List<SubmittedProposal> submittedTo(long bodyId) {
        permissions.require(BodyAction.PLAN_MEETING, bodyId);
        List<SubmittedProposal.Row> rows = queries.submittedTo(bodyId, SubmittedProposal.MAX_LISTED);
        Map<Long, BodyReference> groups = bodies.references(rows.stream().map(SubmittedProposal.Row::originGroupId)
                .collect(Collectors.toSet()));
        return rows.stream().map(r -> r.withGroupName(name(groups, r.originGroupId()))).toList();
    }

    // ---- transitions made by other modules, through their own services ------------------------------

    /** A meeting put the proposal on its agenda ({@code meeting}: the typed reference to it). */
    public void schedule(long proposalId, TypedReference meeting) {
        Proposal proposal = loadCurrent(proposalId);
        permissions.require(BodyAction.PLAN_MEETING, proposal.targetBodyId());
        transition(proposal, "SCHEDULE", null, meeting, List.of(), p -> p.schedule(clock.instant()));
    }

    /** Back to SUBMITTED: the item was removed, deferred, or the meeting cancelled. */
    public void unschedule(long proposalId, UnscheduleReason why, String reason, TypedReference meeting) {
        Proposal proposal = loadCurrent(proposalId);
        permissions.require(BodyAction.PLAN_MEETING, proposal.targetBodyId());
        transition(proposal, "UNSCHEDULE_" + why.name(), reason, meeting, List.of(), p -> p.unschedule(clock.instant()));
    }

    /** A decision was recorded in a meeting; the proposal takes the resulting state. */
    public void applyDecision(long proposalId, DecisionOutcome outcome, String reason, TypedReference decision) {
        Proposal proposal = loadCurrent(proposalId);
        permissions.require(BodyAction.RUN_MEETING, proposal.targetBodyId());
        transition(proposal, "DECIDE_" + outcome.name(), reason, decision, List.of(),
                p -> p.applyDecision(outcome, reason, clock.instant()));
    }

    /** A decision on the proposal was corrected (Berichtigung); the proposal takes the corrected outcome's state. */
    public void correctDecision(long proposalId, DecisionOutcome outcome, String reason, TypedReference decision) {
        Proposal proposal = loadCurrent(proposalId);
        permissions.require(BodyAction.RUN_MEETING, proposal.targetBodyId());
        transition(proposal, "CORRECT_" + outcome.name(), reason, decision, List.of(),
                p -> p.correctDecision(outcome, reason, clock.instant()));
    }

    /** A funding request was opened (by the decision listener or a coordinator). */
    public void fundingRequested(long proposalId, TypedReference fundingRequest) {
        Proposal proposal = loadCurrent(proposalId);
        requireFundingRight(proposal, true);
        transition(proposal, "FUNDING_REQUESTED", null, fundingRequest, List.of(), p -> p.fundingRequested(clock.instant()));
    }

    /** Finance decided; {@code summary} names amount and budget line for the timeline. */
    public void fundingDecided(long proposalId, FundingResult result, String summary, String reason, TypedReference fundingRequest) {
        Proposal proposal = loadCurrent(proposalId);
        requireFundingRight(proposal, false);
        transition(proposal, "FUNDING_" + result.name(), reason, fundingRequest, summary == null ? List.of() : List.of(summary),
                p -> p.fundingDecided(result, clock.instant()));
    }

    /**
     * The funding request was cancelled because its decision was corrected: the proposal is back to APPROVED (a
     * new request may follow). {@code reason} names the correction.
     */
    public void fundingCancelled(long proposalId, String reason, TypedReference fundingRequest) {
        Proposal proposal = loadCurrent(proposalId);
        requireFundingRight(proposal, false);
        transition(proposal, "FUNDING_CANCELLED", reason, fundingRequest, List.of(), p -> p.fundingCancelled(clock.instant()));
    }

    /**
     * Progress of an action item on this proposal, told by actions (a module above, in its own transaction, after it
     * checked that the caller may change the item): a timeline entry, and — when {@code allDone} (every item settled,
     * at least one done) — a second one saying so, which offers the chair "Umsetzung abgeschlossen" on an approved
     * proposal that needs no money. {@code step}: ACTION_PROGRESS, ACTION_DONE, ACTION_CANCELLED, ACTION_RESCHEDULED;
     * {@code arguments}: description, progress in percent, due date.
     */
    public void actionProgress(long proposalId, String step, List<String> arguments, String note, TypedReference actionItem,
                               boolean allDone) {
        Proposal proposal = loadCurrent(proposalId);
        record(proposal, TimelineEntry.Kind.PROGRESS, step, null, null, note, arguments, actionItem);
        if (allDone && step.equals("ACTION_DONE")) {
            record(proposal, TimelineEntry.Kind.PROGRESS, ACTIONS_ALL_DONE, null, null, null, List.of(), actionItem);
            if (proposal.status() == ProposalStatus.APPROVED || proposal.status() == ProposalStatus.IN_IMPLEMENTATION) {
                tell(chairs(proposal.targetBodyId()), proposal, "action.notification.proposalActionsDone");
            }
        }
    }

    private boolean implementedByActions(Proposal proposal) {
        return proposal.status() == ProposalStatus.APPROVED && !proposal.needsMoney()
                && ACTIONS_ALL_DONE.equals(timeline.lastProgress(proposal.id()));
    }

    // ---- rules ----------------------------------------------------------------------------------------

    private Set<ProposalAction> actionsFor(Proposal proposal) {
        Set<ProposalAction> actions = EnumSet.noneOf(ProposalAction.class);
        ProposalStatus status = proposal.status();
        if (permissions.may(BodyAction.DRAFT_PROPOSAL, proposal.originGroupId())) {
            if (Set.of(ProposalStatus.DRAFT, ProposalStatus.SUBMITTED, ProposalStatus.SCHEDULED).contains(status)) {
                actions.add(ProposalAction.EDIT);
                actions.add(ProposalAction.WITHDRAW);
            }
            if (status == ProposalStatus.DRAFT) {
                actions.add(ProposalAction.SUBMIT);
            }
        }
        if (permissions.may(BodyAction.RETURN_OR_FORWARD_PROPOSAL, proposal.targetBodyId())) {
            if (status == ProposalStatus.SUBMITTED || status == ProposalStatus.SCHEDULED) {
                actions.add(ProposalAction.RETURN);
            }
            if (status == ProposalStatus.SUBMITTED) {
                actions.add(ProposalAction.FORWARD);
            }
        }
        if (permissions.may(BodyAction.FOLLOW_UP_PROPOSAL, proposal.targetBodyId())) {
            boolean noMoneyNeeded = !proposal.needsMoney();
            if ((status == ProposalStatus.APPROVED && noMoneyNeeded) || status == ProposalStatus.FUNDED
                    || status == ProposalStatus.PARTIALLY_FUNDED) {
                actions.add(ProposalAction.START_IMPLEMENTATION);
            }
            if (status == ProposalStatus.IN_IMPLEMENTATION || implementedByActions(proposal)) {
                actions.add(ProposalAction.COMPLETE);
                actions.add(ProposalAction.DISCONTINUE);
            }
        }
        if (mayComment(proposal)) {
            actions.add(ProposalAction.COMMENT);
        }
        return actions;
    }

    private boolean mayRead(Proposal proposal) {
        return proposal.referenceNumber() != null || permissions.may(BodyAction.DRAFT_PROPOSAL, proposal.originGroupId());
    }

    private boolean maySeeContactAndComments(Proposal proposal) {
        return permissions.may(BodyAction.READ_NON_PUBLIC, proposal.originGroupId())
                || permissions.may(BodyAction.READ_NON_PUBLIC, proposal.targetBodyId());
    }

    private boolean mayComment(Proposal proposal) {
        return permissions.may(BodyAction.COMMENT_PROPOSAL, proposal.originGroupId())
                || permissions.may(BodyAction.COMMENT_PROPOSAL, proposal.targetBodyId());
    }

    private void requireFundingRight(Proposal proposal, boolean coordinatorMayRequest) {
        boolean allowed = permissions.may(GlobalAction.DECIDE_FUNDING) || currentUser.get().map(SignedInUser::isAdmin).orElse(false)
                || (coordinatorMayRequest && permissions.may(BodyAction.FOLLOW_UP_PROPOSAL, proposal.targetBodyId()));
        if (!allowed) {
            throw new AccessDeniedException("funding of proposal " + proposal.id());
        }
    }

    private void checkBodies(ProposalData data) {
        BodyDetails origin = bodies.get(data.originGroupId());
        if (origin.data().type() != BodyType.FOCUS_GROUP) {
            throw InvalidInputException.of("originGroupId", "proposal.rule.originFocusGroup");
        }
        BodyDetails target = bodies.get(data.targetBodyId());
        if (target.data().type() == BodyType.FOCUS_GROUP || !target.data().active()) {
            throw InvalidInputException.of("targetBodyId", "proposal.rule.targetBody");
        }
    }

    private ProposalQueries.Scope scope() {
        SignedInUser user = currentUser.require();
        // one membership read for both scopes: a page of the list costs scope + rows + names = 3 statements
        Map<BodyAction, BodyScope> scopes = permissions.bodiesWhere(EnumSet.of(BodyAction.DRAFT_PROPOSAL, BodyAction.READ_NON_PUBLIC));
        BodyScope drafts = scopes.get(BodyAction.DRAFT_PROPOSAL);
        BodyScope mine = scopes.get(BodyAction.READ_NON_PUBLIC);
        Set<Long> myBodies = new HashSet<>(mine.all() ? Set.of() : mine.bodyIds());
        return new ProposalQueries.Scope(drafts.all() || user.isAdmin(), drafts.bodyIds(), myBodies);
    }

    // ---- text versions ---------------------------------------------------------------------------------

    /** The stored versions of the text, newest first (readable by whoever may read the proposal). */
    @Transactional(readOnly = true)
    public List<TextVersionInfo> textVersions(long proposalId) {
        readable(proposalId);
        return textVersions.list(proposalId);
    }

    /** One stored version in full, as it was then (field → text, in the order of the form). */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> textVersion(long proposalId, int versionNo) {
        readable(proposalId);
        return textVersions.text(proposalId, versionNo).orElseThrow(() -> new RecordNotFoundException("version " + versionNo))
                .fields(Formats::money, Formats::date);
    }

    /** Word by word, what changed from one version to another; only the fields that differ. */
    @Transactional(readOnly = true)
    public TextComparison compare(long proposalId, int fromVersion, int toVersion) {
        readable(proposalId);
        ProposalText from = textVersions.text(proposalId, fromVersion).orElseThrow(() -> new RecordNotFoundException("version " + fromVersion));
        ProposalText to = textVersions.text(proposalId, toVersion).orElseThrow(() -> new RecordNotFoundException("version " + toVersion));
        java.util.Map<String, String> before = from.fields(Formats::money, Formats::date);
        java.util.Map<String, String> after = to.fields(Formats::money, Formats::date);
        List<TextComparison.FieldChange> changes = before.keySet().stream()
                .filter(field -> !java.util.Objects.equals(before.get(field), after.get(field)))
                .map(field -> new TextComparison.FieldChange(field, WordDiff.between(before.get(field), after.get(field))))
                .toList();
        return new TextComparison(fromVersion, toVersion, changes);
    }

    /** At (re)submission: the submitted text is a version, a new one when it changed since the last. */
    private void snapshotSubmittedText(Proposal proposal) {
        Optional<Integer> latest = textVersions.latestNumber(proposal.id());
        if (latest.isPresent()) {
            ProposalText stored = textVersions.text(proposal.id(), latest.get()).orElseThrow();
            if (stored.equals(ProposalText.of(proposal.data()))) {
                return;
            }
            while (proposal.textVersion() <= latest.get()) {
                proposal.nextTextVersion();
            }
            save(proposal);
        }
        storeTextVersion(proposal);
    }

    private void storeTextVersion(Proposal proposal) {
        SignedInUser actor = currentUser.get().orElse(null);
        textVersions.add(proposal.id(), proposal.textVersion(), clock.instant(),
                actor == null || actor.personId() == 0 ? null : actor.personId(), actor == null ? null : actor.displayName(),
                ProposalText.of(proposal.data()));
    }

    // ---- notifications -------------------------------------------------------------------------------

    private Set<Long> chairs(long bodyId) {
        return memberships.currentPersonIds(bodyId, EnumSet.of(BodyRole.CHAIR, BodyRole.DEPUTY));
    }

    private Set<Long> group(long bodyId) {
        return memberships.currentPersonIds(bodyId, EnumSet.of(BodyRole.CHAIR, BodyRole.DEPUTY, BodyRole.MEMBER, BodyRole.ADVISORY));
    }

    /** In the same transaction as the change: the notice exists exactly when the change does. */
    private void tell(Set<Long> personIds, Proposal proposal, String key, String... arguments) {
        List<String> args = new java.util.ArrayList<>();
        args.add(reference(proposal).label());
        args.addAll(List.of(arguments));
        notifier.notify(personIds, new NotificationMessage(key, args), reference(proposal));
    }

    // ---- persistence and timeline ---------------------------------------------------------------------

    private void transition(Proposal proposal, String action, String reason, TypedReference cause, List<String> arguments,
                            Consumer<Proposal> change) {
        ProposalStatus before = proposal.status();
        change.accept(proposal);
        save(proposal);
        List<String> args = proposal.referenceNumber() == null ? arguments
                : Stream.concat(arguments.stream(), Stream.of(proposal.referenceNumber())).toList();
        record(proposal, TimelineEntry.Kind.TRANSITION, action, before, proposal.status(), reason, args, cause);
        audit.record("PROPOSAL_" + action, reference(proposal), before + " -> " + proposal.status()
                + (reason == null ? "" : ": " + reason));
    }

    private void record(Proposal proposal, TimelineEntry.Kind kind, String action, ProposalStatus from, ProposalStatus to,
                        String reason, List<String> arguments, TypedReference cause) {
        SignedInUser actor = currentUser.get().orElse(null);
        timeline.append(proposal.id(), new TimelineEntry(0, clock.instant(), actor == null || actor.personId() == 0 ? null : actor.personId(),
                actor == null ? null : actor.displayName(), kind, action, from, to, reason == null ? null : reason.strip(),
                arguments, cause));
    }

    private Proposal readable(long proposalId) {
        Proposal proposal = proposals.findById(proposalId).orElseThrow(() -> new RecordNotFoundException("proposal " + proposalId));
        if (!mayRead(proposal)) {
            throw new RecordNotFoundException("proposal " + proposalId);
        }
        return proposal;
    }

    private Proposal load(long proposalId, long version) {
        Proposal proposal = readable(proposalId);
        if (proposal.version() != version) {
            throw new EditConflictException("proposal " + proposalId, proposal.updatedByName(), null);
        }
        return proposal;
    }

    private Proposal loadCurrent(long proposalId) {
        return proposals.findById(proposalId).orElseThrow(() -> new RecordNotFoundException("proposal " + proposalId));
    }

    private void save(Proposal proposal) {
        proposal.savedBy(currentUser.get().map(SignedInUser::displayName).orElse(null));
        try {
            proposals.save(proposal);
        } catch (OptimisticLockingFailureException e) {
            String changedBy = proposals.findById(proposal.id()).map(Proposal::updatedByName).orElse(null);
            throw new EditConflictException("proposal " + proposal.id(), changedBy, e);
        }
    }

    /** Both names of a proposal's bodies in one lookup. */
    private BodyNames names(Proposal proposal) {
        Map<Long, BodyReference> names = bodies.references(Set.of(proposal.originGroupId(), proposal.targetBodyId()));
        return new BodyNames(name(names, proposal.originGroupId()), name(names, proposal.targetBodyId()));
    }

    private record BodyNames(String origin, String target) {
    }

    private String bodyName(long bodyId) {
        return bodies.references(Set.of(bodyId)).values().stream().map(BodyReference::name).findFirst().orElse("#" + bodyId);
    }

    private static String name(Map<Long, BodyReference> names, long id) {
        BodyReference reference = names.get(id);
        return reference == null ? "#" + id : reference.name();
    }

    static TypedReference reference(Proposal proposal) {
        String label = proposal.referenceNumber() == null ? proposal.title() : proposal.referenceNumber() + " " + proposal.title();
        return TypedReference.of("PROPOSAL", proposal.id(), label, "vorschlaege/" + proposal.id());
    }
}
