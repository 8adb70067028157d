package de.lenkrunde.actions;

import de.lenkrunde.audit.AuditTrail;
import de.lenkrunde.base.TypedReference;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.validation.BusinessRuleException;
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

    ActionItemService(ActionItemRepository items, MeetingRunService run, DecisionService decisions, PeopleService people,
                      BodyService bodies, MembershipService memberships, Permissions permissions, CurrentUser currentUser,
                      Notifier notifier, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
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
        // until the follow-up pages exist, the item opens the meeting it was assigned in
        return TypedReference.of(KIND, action.id(), label, action.meetingId() == null ? "sitzungen" : "sitzungen/" + action.meetingId());
    }
}
