package de.lenkrunde.meetings;

import de.lenkrunde.audit.AuditTrail;
import de.lenkrunde.base.TypedReference;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InputValidator;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.bodies.BodyAction;
import de.lenkrunde.bodies.BodyReference;
import de.lenkrunde.bodies.BodyRole;
import de.lenkrunde.bodies.BodyService;
import de.lenkrunde.bodies.MembershipListItem;
import de.lenkrunde.bodies.MembershipService;
import de.lenkrunde.bodies.Permissions;
import de.lenkrunde.people.CurrentUser;
import de.lenkrunde.people.SignedInUser;
import de.lenkrunde.proposals.UnscheduleReason;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The running meeting's durable state (DESIGN.md §3, IN_PROGRESS → CLOSED): starting it on its day, moving through
 * the agenda with the time spent per item, withdrawing (absetzen) and deferring (vertagen) items with their
 * proposals, urgent items (Dringlichkeit), closing; attendance with guests and substitutes, bias per item and the
 * quorum. Everything lives in the database, so a second console or a restart shows the same state.
 * <p>
 * Moving through the agenda names the meeting's version: when chair and deputy press "next" at once, the later
 * call names a stale version and gets an {@link EditConflictException}. Attendance rows are aggregates of their
 * own, so check-ins never collide with the chair. Running is for the chair and deputy ({@link BodyAction#RUN_MEETING});
 * attendance, substitutes and bias for them and the minute-taker ({@link BodyAction#TAKE_NOTES}). Check-in opens on
 * the meeting's day, before the chair opens the meeting; bias is recorded while it runs.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class MeetingRunService {

    static final int MAX_REASON = 1000;

    private final MeetingRepository meetings;
    private final AttendanceRepository attendances;
    private final MeetingQueries queries;
    private final MeetingRunQueries runQueries;
    private final Permissions permissions;
    private final BodyService bodies;
    private final MembershipService memberships;
    private final AgendaProposals agendaProposals;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final List<DecidedItems> decisions;

    MeetingRunService(MeetingRepository meetings, AttendanceRepository attendances, MeetingQueries queries,
                      MeetingRunQueries runQueries, Permissions permissions, BodyService bodies, MembershipService memberships,
                      AgendaProposals agendaProposals, CurrentUser currentUser, InputValidator validator, AuditTrail audit,
                      ApplicationEventPublisher events, Clock clock, List<DecidedItems> decisions) {
        this.meetings = meetings;
        this.attendances = attendances;
        this.queries = queries;
        this.runQueries = runQueries;
        this.permissions = permissions;
        this.bodies = bodies;
        this.memberships = memberships;
        this.agendaProposals = agendaProposals;
        this.currentUser = currentUser;
        this.validator = validator;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.decisions = decisions;
    }

    // ---- reading ------------------------------------------------------------------------------------------

    /**
     * The meeting as the console, the members' live view and the projector show it; readable like
     * {@link MeetingService#get}: non-public items only for the body's insiders and planners.
     */
    @Transactional(readOnly = true)
    public RunState state(long meetingId) {
        Meeting meeting = readable(meetingId);
        return state(meeting, insider(meeting), actions(meeting));
    }

    /**
     * The public picture of a published meeting, for the projector in the room: public items only, a non-public
     * current item shown as hidden ({@link RunState#currentHidden()}), no quorum, no actions. Open to anyone
     * because the caller ({@code live}'s projector link) has checked the link's token first — the token is the
     * credential of a room PC that has no login. Never published, cancelled or unknown meetings show nothing (empty,
     * not an exception: an exception would mark the caller's transaction rollback-only).
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<RunState> publicState(long meetingId) {
        return meetings.findById(meetingId)
                .filter(meeting -> meeting.publishedAt() != null && meeting.status() != MeetingStatus.CANCELLED)
                .map(meeting -> state(meeting, false, Set.of(), bodies.publicName(meeting.bodyId()), false));
    }

    private RunState state(Meeting meeting, boolean insider, Set<RunAction> actions) {
        return state(meeting, insider, actions, bodyName(meeting), true);
    }

    private RunState state(Meeting meeting, boolean insider, Set<RunAction> actions, String bodyName, boolean withQuorum) {
        List<String> numbers = meeting.numbers();
        List<RunItem> items = new ArrayList<>();
        for (int i = 0; i < meeting.items().size(); i++) {
            AgendaItem item = meeting.items().get(i);
            if (item.nonPublic() && !insider) {
                continue;
            }
            AgendaItemData data = item.data();
            items.add(new RunItem(item.itemId(), numbers.get(i), item.depth(), data.title(), data.kind(), data.plannedMinutes(),
                    data.nonPublic(), item.state(), item.elapsedSeconds(), item.urgent(), item.urgentReason(), item.stateReason(),
                    item.proposalId(), item.proposalLabel()));
        }
        AgendaItem current = meeting.current();
        boolean currentVisible = current != null && (insider || !current.nonPublic());
        Long currentItemId = currentVisible ? current.itemId() : null;
        return new RunState(meeting.id(), meeting.version(), meeting.bodyId(), bodyName, meeting.title(), meeting.status(),
                meeting.startsAt(), meeting.endsAt(), meeting.startedAt(), meeting.closedAt(), currentItemId,
                currentVisible ? meeting.currentItemSince() : null, List.copyOf(items), withQuorum ? quorum(meeting, currentItemId) : null,
                insider, Set.copyOf(actions), current != null && !currentVisible);
    }

    /** What the signed-in reader may do in the meeting now: run it and take notes on its day, by their body roles. */
    private Set<RunAction> actions(Meeting meeting) {
        Instant now = clock.instant();
        boolean onTheDay = meeting.status() == MeetingStatus.IN_PROGRESS
                || (meeting.status() == MeetingStatus.INVITED && meeting.onMeetingDay(now));
        Set<RunAction> actions = EnumSet.noneOf(RunAction.class);
        if (onTheDay && permissions.may(BodyAction.RUN_MEETING, meeting.bodyId())) {
            actions.add(RunAction.RUN);
        }
        if (onTheDay && permissions.may(BodyAction.TAKE_NOTES, meeting.bodyId())) {
            actions.add(RunAction.TAKE_NOTES);
        }
        return actions;
    }

    /**
     * Beschlussfähigkeit, for an item ({@code itemId}: its biased members left out) or in general ({@code null}).
     * Before the attendance list exists, every invitee counts as not (yet) present.
     */
    @Transactional(readOnly = true)
    public Quorum quorum(long meetingId, Long itemId) {
        Meeting meeting = readable(meetingId);
        if (itemId != null) {
            AgendaItem item = meeting.item(itemId);
            if (item.nonPublic() && !insider(meeting)) {
                throw new RecordNotFoundException("agenda item " + itemId);
            }
        }
        return quorum(meeting, itemId);
    }

    /**
     * The attendance list, for the body's insiders and planners: invitees in the order of the invitation, then guests
     * added on the spot. Created from the invitees when the meeting starts, or at the first look on the meeting's day.
     * Empty before that.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public List<AttendanceEntry> attendance(long meetingId) {
        Meeting meeting = readable(meetingId);
        if (!insider(meeting)) {
            throw new AccessDeniedException("attendance of meeting " + meetingId);
        }
        List<Attendance> rows = attendanceOpen(meeting, clock.instant())
                ? ensureAttendance(meeting, clock.instant())
                : attendances.findByMeetingIdOrderById(meetingId);
        return entries(rows);
    }

    /** The persons biased for an item (for the console's bias switches), for insiders. */
    @Transactional(readOnly = true)
    public Set<Long> biasedPersons(long meetingId, long itemId) {
        Meeting meeting = readable(meetingId);
        if (!insider(meeting)) {
            throw new AccessDeniedException("bias in meeting " + meetingId);
        }
        meeting.item(itemId);
        return Set.copyOf(runQueries.biasedPersons(itemId));
    }

    // ---- running --------------------------------------------------------------------------------------------

    /** INVITED → IN_PROGRESS, on the meeting's day only; the first open item becomes current and the attendance list is made. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void start(long meetingId, long version) {
        Meeting meeting = runnable(meetingId, version);
        Instant now = clock.instant();
        meeting.start(now);
        save(meeting);
        List<Attendance> rows = ensureAttendance(meeting, now);
        audit.record("MEETING_STARTED", reference(meeting), rows.size() + " on the attendance list; current: " + describeCurrent(meeting));
    }

    /** Makes an open item current; the time of the item left is added to its elapsed time. */
    public void goTo(long meetingId, long version, long itemId) {
        Meeting meeting = runnable(meetingId, version);
        meeting.goTo(itemId, clock.instant());
        save(meeting);
        audit.record("MEETING_ITEM_CALLED", reference(meeting), describeCurrent(meeting));
    }

    /** The current item is done; the next open item after it becomes current (none left: no current item). */
    public void next(long meetingId, long version) {
        Meeting meeting = runnable(meetingId, version);
        AgendaItem left = meeting.current();
        meeting.next(clock.instant());
        save(meeting);
        audit.record("MEETING_NEXT_ITEM", reference(meeting),
                (left == null ? "" : describe(meeting, left) + " done; ") + "current: " + describeCurrent(meeting));
    }

    /** Back to the previous item (opened again if it was done); the item left stays open. */
    public void previous(long meetingId, long version) {
        Meeting meeting = runnable(meetingId, version);
        meeting.previous(clock.instant());
        save(meeting);
        audit.record("MEETING_PREVIOUS_ITEM", reference(meeting), "current: " + describeCurrent(meeting));
    }

    /** An open item is done (when current, the next open item after it becomes current). */
    public void finishItem(long meetingId, long version, long itemId) {
        Meeting meeting = runnable(meetingId, version);
        AgendaItem item = meeting.finish(itemId, clock.instant());
        save(meeting);
        audit.record("AGENDA_ITEM_DONE", reference(meeting), describe(meeting, item));
    }

    /** Abgesetzt in the meeting: an open item is withdrawn and its proposal waits for an agenda again (SUBMITTED). */
    public void withdrawItem(long meetingId, long version, long itemId, String reason) {
        String why = reason(reason);
        Meeting meeting = runnable(meetingId, version);
        AgendaItem item = meeting.withdrawInMeeting(itemId, why, clock.instant());
        save(meeting);
        TypedReference reference = reference(meeting);
        if (item.proposalId() != null) {
            agendaProposals.unscheduleIfHere(item.proposalId(), UnscheduleReason.REMOVED_FROM_AGENDA, why, reference);
        }
        audit.record("AGENDA_ITEM_WITHDRAWN_IN_MEETING", reference, describe(meeting, item) + (why == null ? "" : ": " + why));
    }

    /**
     * Vertagt: an open item is deferred; its proposal goes back to SUBMITTED (timeline: deferred, naming this meeting)
     * and the body's next agenda is offered the item ({@link DeferredItemSuggestions}).
     */
    public void deferItem(long meetingId, long version, long itemId, String reason) {
        String why = reason(reason);
        Meeting meeting = runnable(meetingId, version);
        AgendaItem item = meeting.defer(itemId, why, clock.instant());
        save(meeting);
        TypedReference reference = reference(meeting);
        if (item.proposalId() != null) {
            agendaProposals.unscheduleIfHere(item.proposalId(), UnscheduleReason.DEFERRED, why, reference);
        }
        audit.record("AGENDA_ITEM_DEFERRED", reference, describe(meeting, item) + (why == null ? "" : ": " + why));
    }

    /**
     * Dringlichkeit: an item taken up in the meeting, with the reason (required). It goes right after the current
     * item, or where its part of the agenda ends; its number fits in without renumbering. Returns its id.
     */
    public long addUrgentItem(long meetingId, long version, AgendaItemData data, String reason) {
        validator.check(data);
        if (reason != null && reason.strip().length() > MAX_REASON) {
            throw tooLong("reason");
        }
        Meeting meeting = runnable(meetingId, version);
        AgendaItem item = new AgendaItem(queries.nextItemId(), data, false);
        meeting.addUrgent(item, reason);
        save(meeting);
        audit.record("AGENDA_ITEM_URGENT_ADDED", reference(meeting), describe(meeting, item) + ": " + item.urgentReason());
        return item.itemId();
    }

    /**
     * IN_PROGRESS → CLOSED and {@link MeetingClosed} is published. Open items are refused (listed by number) unless
     * {@code deferOpenItems}: then they are deferred in one go, their proposals waiting again.
     */
    public void close(long meetingId, long version, boolean deferOpenItems) {
        Meeting meeting = runnable(meetingId, version);
        Instant now = clock.instant();
        List<String> numbers = meeting.numbers();
        List<AgendaItem> deferred = meeting.close(now, deferOpenItems, decidedItemIds(meetingId));
        save(meeting);
        TypedReference reference = reference(meeting);
        for (AgendaItem item : deferred) {
            if (item.proposalId() != null) {
                agendaProposals.unscheduleIfHere(item.proposalId(), UnscheduleReason.DEFERRED, null, reference);
            }
        }
        String deferredNumbers = deferred.stream().map(i -> numbers.get(meeting.items().indexOf(i))).collect(Collectors.joining(", "));
        audit.record("MEETING_CLOSED", reference, "closed " + Formats.dateTime(now) + (deferred.isEmpty() ? "" : "; deferred: TOP " + deferredNumbers));
        events.publishEvent(new MeetingClosed(meeting.id(), meeting.bodyId(), now));
    }

    /** The TOPs closing would defer (or refuse): OPEN and without a decision — what the chair's close dialog lists. */
    @Transactional(readOnly = true)
    public List<RunItem> openAtClose(long meetingId) {
        Set<Long> decided = decidedItemIds(meetingId);
        return state(meetingId).items().stream().filter(item -> item.open() && !decided.contains(item.itemId())).toList();
    }

    private Set<Long> decidedItemIds(long meetingId) {
        return decisions.stream().flatMap(source -> source.decidedItemIds(meetingId).stream()).collect(Collectors.toSet());
    }

    // ---- attendance, substitutes, bias ---------------------------------------------------------------------

    /**
     * PRESENT (arrival now unless known; back after leaving), LEFT (only when present: leaving now), EXCUSED,
     * ABSENT, or EXPECTED (a correction). A member stood in for who arrives takes the vote back from the substitute.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void setAttendance(long meetingId, long entryId, long version, AttendanceStatus status) {
        if (status == null) {
            throw InvalidInputException.of("status", "validation.required");
        }
        Meeting meeting = notes(meetingId);
        Instant now = clock.instant();
        List<Attendance> rows = ensureAttendance(meeting, now);
        Attendance entry = entry(rows, entryId);
        if (entry.version() != version) {
            throw new EditConflictException("attendance " + entryId, entry.updatedByName(), null);
        }
        AttendanceStatus before = entry.status();
        entry.mark(status, now);
        save(entry, now);
        String details = entry.name() + ": " + before + " -> " + status;
        if (status == AttendanceStatus.PRESENT) {
            for (Attendance substitute : rows) {
                if (Objects.equals(substitute.substituteForId(), entry.id())) {
                    substitute.endSubstitution();
                    save(substitute, now);
                    details += "; " + substitute.name() + " no longer stands in";
                }
            }
        }
        audit.record("ATTENDANCE_RECORDED", reference(meeting), details);
    }

    /** A guest who came without invitation: on the list as present, never voting. Returns the entry's id. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public long addGuest(long meetingId, String name) {
        Meeting meeting = notes(meetingId);
        Instant now = clock.instant();
        ensureAttendance(meeting, now);
        Attendance guest = Attendance.guestOnTheSpot(meeting.id(), name, now);
        save(guest, now);
        audit.record("ATTENDANCE_GUEST_ADDED", reference(meeting), guest.name());
        return guest.id();
    }

    /**
     * Stellvertretung: a registered member of the body without a vote of their own (a current membership in a role
     * that may vote, e.g. MEMBER without voting right) stands in for an absent voting member and votes in their place
     * while present. Refused for a present member, a member without a vote, a guest (invited or on the spot, also as
     * the substitute), an advisory member, someone with a vote of their own or who already stands in for another.
     * Returns the substitute's entry id.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public long substitute(long meetingId, long absentEntryId, long deputyPersonId) {
        Meeting meeting = notes(meetingId);
        Instant now = clock.instant();
        List<Attendance> rows = ensureAttendance(meeting, now);
        Attendance absent = entry(rows, absentEntryId);
        List<MembershipListItem> deputyMemberships = memberships.list(meeting.bodyId(), false, PageRequest.of(0, 1000)).stream()
                .filter(m -> m.current() && m.personId() == deputyPersonId)
                .toList();
        if (deputyMemberships.isEmpty()) {
            throw new BusinessRuleException("meeting.rule.substituteNotMember");
        }
        String deputyName = deputyMemberships.get(0).personName();
        if (deputyMemberships.stream().anyMatch(MembershipListItem::votingRight)) {
            throw new BusinessRuleException("meeting.rule.substituteHasOwnVote", deputyName);
        }
        List<BodyRole> roles = deputyMemberships.stream().map(MembershipListItem::role).toList();
        if (roles.stream().noneMatch(BodyRole::mayHaveVotingRight)) {
            throw new BusinessRuleException(roles.contains(BodyRole.ADVISORY) ? "meeting.rule.advisoryNoVote" : "meeting.rule.guestNoVote",
                    deputyName);
        }
        for (Attendance other : rows) {
            if (Objects.equals(other.substituteForId(), absent.id()) && !Objects.equals(other.personId(), deputyPersonId)) {
                if (other.present()) {
                    throw new BusinessRuleException("meeting.rule.alreadySubstituted", absent.name(), other.name());
                }
                other.endSubstitution();
                save(other, now);
            }
        }
        Attendance deputy = rows.stream().filter(a -> Objects.equals(a.personId(), deputyPersonId)).findFirst()
                .orElseGet(() -> new Attendance(meeting.id(), deputyPersonId, deputyName,
                        roles.stream().filter(BodyRole::mayHaveVotingRight).findFirst().orElseThrow().name(), false, false, now));
        deputy.standIn(absent, now);
        save(deputy, now);
        audit.record("ATTENDANCE_SUBSTITUTE", reference(meeting), deputy.name() + " stands in for " + absent.name());
        return deputy.id();
    }

    /** Befangenheit: a person on the attendance list takes no part in one item (or does again). While the meeting runs. */
    public void setBiased(long meetingId, long itemId, long personId, boolean biased) {
        Meeting meeting = readable(meetingId);
        permissions.require(BodyAction.TAKE_NOTES, meeting.bodyId());
        meeting.requireRunning();
        AgendaItem item = meeting.item(itemId);
        Attendance person = attendances.findByMeetingIdOrderById(meetingId).stream()
                .filter(a -> a.personId() != null && a.personId() == personId)
                .findFirst()
                .orElseThrow(() -> new BusinessRuleException("meeting.rule.notOnAttendanceList"));
        Instant now = clock.instant();
        boolean changed = biased ? runQueries.declareBias(meetingId, itemId, personId, now) : runQueries.liftBias(itemId, personId);
        if (changed) {
            events.publishEvent(new MeetingRunChanged(meetingId, MeetingRunChanged.What.ATTENDANCE));
            audit.record(biased ? "AGENDA_ITEM_BIAS_DECLARED" : "AGENDA_ITEM_BIAS_LIFTED", reference(meeting),
                    person.name() + ", " + describe(meeting, item));
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private Quorum quorum(Meeting meeting, Long itemId) {
        List<Attendance> rows = attendances.findByMeetingIdOrderById(meeting.id());
        List<QuorumCount.Attendee> attendees = new ArrayList<>();
        if (rows.isEmpty()) {
            // no list yet: every invitee is expected, nobody counts as present
            long position = 0;
            for (Invitee invitee : meeting.invitees()) {
                Attendance expected = Attendance.of(meeting.id(), invitee, clock.instant());
                attendees.add(new QuorumCount.Attendee(--position, expected.personId(), expected.votingRight(), expected.guest(),
                        false, null));
            }
        } else {
            rows.forEach(row -> attendees.add(QuorumCount.Attendee.of(row)));
        }
        Set<Long> biased = itemId == null ? Set.of() : runQueries.biasedPersons(itemId);
        return QuorumCount.of(bodies.get(meeting.bodyId()).data().quorumRule(), attendees, biased);
    }

    /** Check-in opens on the meeting's day and closes with the meeting. */
    private static boolean attendanceOpen(Meeting meeting, Instant now) {
        return meeting.status() == MeetingStatus.IN_PROGRESS
                || (meeting.status() == MeetingStatus.INVITED && meeting.onMeetingDay(now));
    }

    private Meeting notes(long meetingId) {
        Meeting meeting = readable(meetingId);
        permissions.require(BodyAction.TAKE_NOTES, meeting.bodyId());
        if (!attendanceOpen(meeting, clock.instant())) {
            if (meeting.status() == MeetingStatus.CLOSED || meeting.status() == MeetingStatus.MINUTES_APPROVED) {
                throw new BusinessRuleException("meeting.rule.meetingClosed");
            }
            throw new BusinessRuleException("meeting.rule.attendanceNotOpen", Formats.date(meeting.startsAt()));
        }
        return meeting;
    }

    /**
     * The attendance rows, with a row for every invitee that has none yet. Creating takes the meeting's row lock, and
     * the callers read committed rows, so two first looks at once create the list once.
     */
    private List<Attendance> ensureAttendance(Meeting meeting, Instant now) {
        List<Attendance> rows = attendances.findByMeetingIdOrderById(meeting.id());
        if (missing(meeting, rows).isEmpty()) {
            return rows;
        }
        runQueries.lockMeeting(meeting.id());
        rows = attendances.findByMeetingIdOrderById(meeting.id());
        List<Invitee> missing = missing(meeting, rows);
        if (missing.isEmpty()) {
            return rows;
        }
        for (Invitee invitee : missing) {
            save(Attendance.of(meeting.id(), invitee, now), now);
        }
        return attendances.findByMeetingIdOrderById(meeting.id());
    }

    private static List<Invitee> missing(Meeting meeting, List<Attendance> rows) {
        return meeting.invitees().stream()
                .filter(invitee -> rows.stream().noneMatch(row -> invitee.personId() != null
                        ? Objects.equals(row.personId(), invitee.personId())
                        : row.personId() == null && !row.onTheSpot() && row.name().equals(invitee.name())))
                .toList();
    }

    private static Attendance entry(List<Attendance> rows, long entryId) {
        return rows.stream().filter(a -> Objects.equals(a.id(), entryId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("attendance " + entryId));
    }

    private static List<AttendanceEntry> entries(List<Attendance> rows) {
        Map<Long, Attendance> byId = rows.stream().collect(Collectors.toMap(Attendance::id, Function.identity()));
        return rows.stream().map(a -> {
            Attendance stoodInFor = a.substituteForId() == null ? null : byId.get(a.substituteForId());
            return new AttendanceEntry(a.id(), a.version(), a.personId(), a.name(), a.role(), a.votingRight(), a.status(),
                    a.arrivedAt(), a.leftAt(), a.substituteForId(), stoodInFor == null ? null : stoodInFor.name(), a.guest());
        }).toList();
    }

    private boolean insider(Meeting meeting) {
        return permissions.may(BodyAction.READ_NON_PUBLIC, meeting.bodyId()) || permissions.may(BodyAction.PLAN_MEETING, meeting.bodyId());
    }

    /** Like {@link MeetingService}: a meeting never published exists only for the body's insiders and planners. */
    private Meeting readable(long meetingId) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new RecordNotFoundException("meeting " + meetingId));
        if (meeting.publishedAt() == null && !insider(meeting)) {
            throw new RecordNotFoundException("meeting " + meetingId);
        }
        return meeting;
    }

    /** The meeting for the chair's console: may run it, and names the version they saw. */
    private Meeting runnable(long meetingId, long version) {
        Meeting meeting = readable(meetingId);
        permissions.require(BodyAction.RUN_MEETING, meeting.bodyId());
        if (meeting.version() != version) {
            throw new EditConflictException("meeting " + meetingId, meeting.updatedByName(), null);
        }
        return meeting;
    }

    private void save(Meeting meeting) {
        meeting.savedBy(userName(), clock.instant());
        try {
            meetings.save(meeting);
        } catch (OptimisticLockingFailureException e) {
            String changedBy = meetings.findById(meeting.id()).map(Meeting::updatedByName).orElse(null);
            throw new EditConflictException("meeting " + meeting.id(), changedBy, e);
        }
        events.publishEvent(new MeetingRunChanged(meeting.id(), MeetingRunChanged.What.STATE));
    }

    private void save(Attendance attendance, Instant now) {
        attendance.savedBy(userName(), now);
        try {
            attendances.save(attendance);
        } catch (OptimisticLockingFailureException e) {
            throw new EditConflictException("attendance " + attendance.id(), null, e);
        }
        events.publishEvent(new MeetingRunChanged(attendance.meetingId(), MeetingRunChanged.What.ATTENDANCE));
    }

    private String userName() {
        return currentUser.get().map(SignedInUser::displayName).orElse(null);
    }

    private String bodyName(Meeting meeting) {
        BodyReference body = bodies.references(Set.of(meeting.bodyId())).get(meeting.bodyId());
        return body == null ? "#" + meeting.bodyId() : body.name();
    }

    private TypedReference reference(Meeting meeting) {
        return MeetingService.reference(meeting, bodyName(meeting));
    }

    private static String describe(Meeting meeting, AgendaItem item) {
        int index = meeting.items().indexOf(item);
        return "TOP " + (index < 0 ? "?" : meeting.numbers().get(index)) + " " + item.data().title();
    }

    private static String describeCurrent(Meeting meeting) {
        AgendaItem current = meeting.current();
        return current == null ? "none" : describe(meeting, current);
    }

    /** A reason for withdrawing or deferring: optional, at most {@value #MAX_REASON} characters. */
    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        if (reason.strip().length() > MAX_REASON) {
            throw tooLong("reason");
        }
        return reason.strip();
    }

    private static InvalidInputException tooLong(String field) {
        return new InvalidInputException(List.of(new FieldError(field, "validation.maxLength", Map.of("max", MAX_REASON))));
    }
}
