package de.lenkrunde.actions;

import de.lenkrunde.audit.AuditTrail;
import de.lenkrunde.base.TypedReference;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.bodies.BodyAction;
import de.lenkrunde.bodies.BodyReference;
import de.lenkrunde.bodies.BodyService;
import de.lenkrunde.bodies.BodyType;
import de.lenkrunde.bodies.MembershipService;
import de.lenkrunde.bodies.Permissions;
import de.lenkrunde.decisions.DecisionService;
import de.lenkrunde.decisions.DecisionView;
import de.lenkrunde.meetings.MeetingRunService;
import de.lenkrunde.meetings.MeetingStatus;
import de.lenkrunde.meetings.RunItem;
import de.lenkrunde.meetings.RunState;
import de.lenkrunde.notifications.NotificationMessage;
import de.lenkrunde.notifications.Notifier;
import de.lenkrunde.people.CurrentUser;
import de.lenkrunde.people.PeopleService;
import de.lenkrunde.people.PersonReference;
import de.lenkrunde.people.SignedInUser;
import de.lenkrunde.proposals.ProposalService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Action items assigned in a running meeting (DESIGN.md §3): the chair and deputy ({@link BodyAction#RUN_MEETING})
 * assign them from an agenda item or a decision of the meeting while it is IN_PROGRESS. The owner — a person or a
 * body (then its current members) — is told at once. Readers of the meeting read the items of the agenda items
 * they see.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ActionItemService {

    /** The kind of {@link TypedReference} naming an action item. */
    public static final String KIND = "ACTION_ITEM";

    private final ActionItemRepository items;
    private final ActionQueries queries;
    private final ActionJournal journal;
    private final UnimplementedDecisions unimplemented;
    private final ProposalService proposals;
    private final MeetingRunService run;
    private final DecisionService decisions;
    private final PeopleService people;
    private final BodyService bodies;
    private final MembershipService memberships;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final Notifier notifier;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActionItemService(ActionItemRepository items, ActionQueries queries, ActionJournal journal,
                      UnimplementedDecisions unimplemented, ProposalService proposals,
                      MeetingRunService run, DecisionService decisions, PeopleService people,
                      BodyService bodies, MembershipService memberships, Permissions permissions, CurrentUser currentUser,
                      Notifier notifier, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.queries = queries;
        this.journal = journal;
        this.unimplemented = unimplemented;
        this.proposals = proposals;
        this.run = run;
        this.decisions = decisions;
        this.people = people;
        this.bodies = bodies;
        this.memberships = memberships;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.notifier = notifier;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Assigns an action item on an agenda item of the running meeting, OPEN. With {@code decisionId} it implements
     * that decision (which must be one of this item's) and takes its proposal. Returns the new item's id.
     */
    public long assign(long meetingId, long itemId, ActionItemData data) {
        RunState state = run.state(meetingId);
        permissions.require(BodyAction.RUN_MEETING, state.bodyId());
        if (state.status() != MeetingStatus.IN_PROGRESS) {
            throw new BusinessRuleException("action.rule.meetingNotRunning");
        }
        RunItem item = state.items().stream().filter(i -> i.itemId() == itemId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("agenda item " + itemId));
        Long proposalId = data.proposalId() != null ? data.proposalId() : item.proposalId();
        if (data.decisionId() != null) {
            DecisionView decision = decisions.get(data.decisionId());
            if (decision.itemId() != itemId || !decision.current()) {
                throw InvalidInputException.of("decisionId", "action.decision.notOfItem");
            }
            proposalId = decision.proposalId() != null ? decision.proposalId() : proposalId;
        }
        Instant now = clock.instant();
        ActionItem action = ActionItem.assign(new ActionItem.Origin(state.bodyId(), meetingId, itemId, data.decisionId()),
                new ActionItemData(data.description(), data.owner(), data.dueDate(), data.decisionId(), proposalId),
                ownerName(data.owner()), today(), userName(), now);
        action = items.save(action);
        TypedReference reference = reference(action);
        audit.record("ACTION_ITEM_ASSIGNED", reference, "TOP " + item.number() + " in meeting " + meetingId + ": "
                + action.ownerName() + ", due " + Formats.date(action.dueDate()));
        notifier.notify(recipients(data.owner()), new NotificationMessage("notification.action.assigned",
                List.of(action.description(), Formats.date(action.dueDate()), state.bodyName())), reference);
        events.publishEvent(new ActionItemAssigned(action.id(), state.bodyId(), meetingId, itemId));
        return action.id();
    }

    /** The meeting's action items on the agenda items the reader sees, in order of assignment. */
    @Transactional(readOnly = true)
    public List<ActionItemView> ofMeeting(long meetingId) {
        RunState state = run.state(meetingId);
        LocalDate today = today();
        return items.findByMeetingIdOrderByIdAsc(meetingId).stream()
                .filter(a -> a.view(today).itemId() == null || state.items().stream().anyMatch(i -> i.itemId() == a.view(today).itemId()))
                .map(a -> a.view(today)).toList();
    }

    /** The action items of one agenda item. */
    @Transactional(readOnly = true)
    public List<ActionItemView> ofItem(long meetingId, long itemId) {
        return ofMeeting(meetingId).stream().filter(a -> a.itemId() != null && a.itemId() == itemId).toList();
    }

    /** People an item can be assigned to, for the owner picker (by name). */
    @Transactional(readOnly = true)
    public List<PersonReference> ownerPeople(String filter, int offset, int limit) {
        return people.search(filter, offset, limit);
    }

    /** Bodies an item can be assigned to, for the owner picker: the active bodies of every kind, by name. */
    @Transactional(readOnly = true)
    public List<BodyReference> ownerBodies() {
        List<BodyReference> all = new ArrayList<>();
        for (BodyType type : BodyType.values()) {
            all.addAll(bodies.options(type));
        }
        all.sort(Comparator.comparing(BodyReference::name, String.CASE_INSENSITIVE_ORDER));
        return all;
    }

    // ---- follow-up ------------------------------------------------------------------------------------------

    /** One item with its story, for its owner, the owning body's members and the originating body's insiders. */
    @Transactional(readOnly = true)
    public ActionItemDetails get(long actionItemId) {
        ActionItem action = readable(actionItemId);
        String decisionLabel = null;
        String decisionRoute = null;
        if (action.decisionId() != null) {
            try {
                DecisionView decision = decisions.get(action.decisionId());
                decisionLabel = decision.number() + " · " + decision.title();
                decisionRoute = DecisionService.route(decision.id());
            } catch (RecordNotFoundException notVisible) {
                // a decision on a non-public TOP stays hidden from an owner outside the body
            }
        }
        BodyReference body = bodies.references(Set.of(action.bodyId())).get(action.bodyId());
        return new ActionItemDetails(action.view(today()), body == null ? "" : body.name(), action.cancelReason(), decisionLabel,
                decisionRoute, action.meetingId() == null ? null : "sitzungen/" + action.meetingId(), journal.of(actionItemId),
                mayUpdate(action));
    }

    /** Progress in percent (0–100) with an optional note; an OPEN item becomes IN_PROGRESS. */
    public ActionItemView reportProgress(long actionItemId, long version, Integer percent, String note) {
        return change(actionItemId, version, "ACTION_ITEM_PROGRESS", a -> a.reportProgress(percent, note, userName(), clock.instant()));
    }

    /** Done (100 %), with an optional note. A cancelled item cannot be closed as done. */
    public ActionItemView complete(long actionItemId, long version, String note) {
        return change(actionItemId, version, "ACTION_ITEM_DONE", a -> a.complete(note, userName(), clock.instant()));
    }

    /** Cancelled with a reason (required). */
    public ActionItemView cancel(long actionItemId, long version, String reason) {
        return change(actionItemId, version, "ACTION_ITEM_CANCELLED", a -> a.cancel(reason, userName(), clock.instant()));
    }

    /** A new due date with a reason (required), not in the past. */
    public ActionItemView reschedule(long actionItemId, long version, LocalDate newDueDate, String reason) {
        return change(actionItemId, version, "ACTION_ITEM_RESCHEDULED",
                a -> a.reschedule(newDueDate, reason, today(), userName(), clock.instant()));
    }

    /** One page of "Meine Aufgaben", a body's list, or the follow-up list of chairs and coordinators. */
    @Transactional(readOnly = true)
    public List<ActionListItem> list(ActionListFilter filter, org.springframework.data.domain.Pageable page) {
        ActionQueries.Reader reader = reader(filter);
        LocalDate today = today();
        List<ActionQueries.Row> rows = queries.page(reader, filter, today, (int) page.getOffset(), page.getPageSize());
        java.util.Map<Long, BodyReference> names = bodies.references(rows.stream().map(ActionQueries.Row::bodyId)
                .collect(java.util.stream.Collectors.toSet()));
        return rows.stream().map(r -> new ActionListItem(r.id(), r.version(), r.description(), r.ownerName(), r.bodyId(),
                names.containsKey(r.bodyId()) ? names.get(r.bodyId()).name() : "", r.dueDate(), r.status(), r.progress(),
                r.status().pending() && r.dueDate().isBefore(today), r.decisionId())).toList();
    }

    @Transactional(readOnly = true)
    public int count(ActionListFilter filter) {
        return queries.count(reader(filter), filter, today());
    }

    /** The bodies whose lists the reader may open: those they belong to (and, for coordinators and admins, follow). */
    @Transactional(readOnly = true)
    public List<BodyReference> listableBodies() {
        Set<Long> ids = memberships.myBodies().stream().map(de.lenkrunde.bodies.MyBody::id).collect(java.util.stream.Collectors.toSet());
        de.lenkrunde.bodies.BodyScope follow = permissions.bodiesWhere(BodyAction.FOLLOW_UP_PROPOSAL);
        return ownerBodies().stream().filter(b -> ids.contains(b.id()) || follow.includes(b.id())).toList();
    }

    /** Whether the reader follows up the items of some body (chair, deputy, coordinator, admin). */
    @Transactional(readOnly = true)
    public boolean mayFollowUp() {
        return !permissions.bodiesWhere(BodyAction.FOLLOW_UP_PROPOSAL).isEmpty();
    }

    /** The items implementing a decision (linked to it or assigned on its TOP), for readers of the decision. */
    @Transactional(readOnly = true)
    public List<ActionItemView> ofDecision(long decisionId) {
        DecisionView decision = decisions.get(decisionId);
        LocalDate today = today();
        return items.findAllById(queries.idsOfDecision(decision.id(), decision.itemId())).stream()
                .sorted(Comparator.comparing(ActionItem::id)).map(a -> a.view(today)).toList();
    }

    private ActionItemView change(long actionItemId, long version, String auditAction,
                                  java.util.function.Function<ActionItem, ActionItemEvent> change) {
        ActionItem action = items.findById(actionItemId).orElseThrow(() -> new RecordNotFoundException("action item " + actionItemId));
        if (!mayUpdate(action)) {
            if (!mayRead(action)) {
                throw new RecordNotFoundException("action item " + actionItemId);
            }
            throw new org.springframework.security.access.AccessDeniedException("update action item " + actionItemId);
        }
        if (action.version() != version) {
            throw new EditConflictException("action item " + actionItemId, action.updatedByName(), null);
        }
        ActionStatus before = action.status();
        ActionItemEvent event = change.apply(action);
        try {
            action = items.save(action);
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            throw new EditConflictException("action item " + actionItemId, null, e);
        }
        Instant now = clock.instant();
        SignedInUser user = currentUser.get().orElse(null);
        journal.append(action.id(), event, user == null || user.personId() == 0 ? null : user.personId(), userName(), now);
        TypedReference reference = reference(action);
        audit.record(auditAction, reference, before + " -> " + action.status() + ", " + action.progress() + " %, due "
                + Formats.date(action.dueDate()) + (event.text() == null ? "" : ": " + event.text()));
        if (action.status() != before && action.itemId() != null) {
            unimplemented.actionItemChanged(action.itemId());
        }
        if (action.proposalId() != null) {
            reportToProposal(action, event, reference);
        }
        return action.view(today());
    }

    /**
     * The proposal's timeline follows its action items (a direct call downwards): each progress step, and once every
     * item is settled with at least one done, "all done", which lets its chair close the implementation.
     */
    private void reportToProposal(ActionItem action, ActionItemEvent event, TypedReference reference) {
        List<ActionStatus> statuses = queries.statusesOfProposal(action.proposalId());
        boolean allDone = statuses.stream().noneMatch(ActionStatus::pending) && statuses.contains(ActionStatus.DONE);
        String step = switch (event.kind()) {
            case PROGRESS -> "ACTION_PROGRESS";
            case STATUS -> action.status() == ActionStatus.DONE ? "ACTION_DONE" : "ACTION_CANCELLED";
            case DUE_DATE -> "ACTION_RESCHEDULED";
        };
        proposals.actionProgress(action.proposalId(), step, List.of(action.description(), String.valueOf(action.progress()),
                Formats.date(action.dueDate())), event.text(), reference, allDone);
    }

    private boolean mayUpdate(ActionItem action) {
        SignedInUser user = currentUser.get().orElse(null);
        if (user == null) {
            return false;
        }
        if (action.ownerPersonId() != null && action.ownerPersonId() == user.personId()) {
            return true;
        }
        if (action.ownerBodyId() != null && permissions.rolesIn(action.ownerBodyId()).stream()
                .anyMatch(role -> role != de.lenkrunde.bodies.BodyRole.GUEST)) {
            return true;
        }
        return permissions.may(BodyAction.FOLLOW_UP_PROPOSAL, action.bodyId());
    }

    private boolean mayRead(ActionItem action) {
        return mayUpdate(action) || permissions.may(BodyAction.READ_NON_PUBLIC, action.bodyId());
    }

    private ActionItem readable(long actionItemId) {
        ActionItem action = items.findById(actionItemId).orElseThrow(() -> new RecordNotFoundException("action item " + actionItemId));
        if (!mayRead(action)) {
            throw new RecordNotFoundException("action item " + actionItemId);
        }
        return action;
    }

    private ActionQueries.Reader reader(ActionListFilter filter) {
        SignedInUser user = currentUser.require();
        Set<Long> mine = Set.of();
        boolean all = false;
        Set<Long> follow = Set.of();
        switch (filter.scope()) {
            case MINE -> mine = memberships.myBodies().stream().filter(b -> !b.roles().equals(Set.of(de.lenkrunde.bodies.BodyRole.GUEST)))
                    .map(de.lenkrunde.bodies.MyBody::id).collect(java.util.stream.Collectors.toSet());
            case BODY -> {
                if (filter.bodyId() == null) {
                    throw InvalidInputException.of("bodyId", "validation.required");
                }
                if (!permissions.may(BodyAction.READ_NON_PUBLIC, filter.bodyId())) {
                    throw new org.springframework.security.access.AccessDeniedException("actions of body " + filter.bodyId());
                }
            }
            case FOLLOW_UP -> {
                de.lenkrunde.bodies.BodyScope scope = permissions.bodiesWhere(BodyAction.FOLLOW_UP_PROPOSAL);
                all = scope.all();
                follow = scope.bodyIds();
            }
        }
        return new ActionQueries.Reader(user.personId(), mine, all, follow);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** The owner's name as the records know it; {@code null} when there is no such person or body. */
    private String ownerName(ActionOwner owner) {
        if (owner == null || (owner.personId() == null) == (owner.bodyId() == null)) {
            return null;
        }
        if (owner.personId() != null) {
            PersonReference person = people.references(Set.of(owner.personId())).get(owner.personId());
            return person == null ? null : person.displayName();
        }
        BodyReference body = bodies.references(Set.of(owner.bodyId())).get(owner.bodyId());
        return body == null ? null : body.name();
    }

    /** Who is told about an item: its owner person, or the current members of its owning body. */
    Set<Long> recipientsOf(ActionItem action) {
        return recipients(new ActionOwner(action.ownerPersonId(), action.ownerBodyId(), action.ownerName()));
    }

    private Set<Long> recipients(ActionOwner owner) {
        if (owner.personId() != null) {
            return Set.of(owner.personId());
        }
        return memberships.currentPersonIds(owner.bodyId(), Set.of(de.lenkrunde.bodies.BodyRole.values()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    private String userName() {
        return currentUser.get().map(SignedInUser::displayName).orElse(null);
    }

    static TypedReference reference(ActionItem action) {
        String text = action.description();
        String label = text.length() > 80 ? text.substring(0, 77) + "…" : text;
        return TypedReference.of(KIND, action.id(), label, route(action.id()));
    }

    /** The route of an action item's page. */
    public static String route(long actionItemId) {
        return "aufgaben/" + actionItemId;
    }
}
