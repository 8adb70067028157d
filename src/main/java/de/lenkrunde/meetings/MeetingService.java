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
import de.lenkrunde.bodies.AgendaItemKind;
import de.lenkrunde.bodies.AgendaTemplateItem;
import de.lenkrunde.bodies.BodyAction;
import de.lenkrunde.bodies.BodyDetails;
import de.lenkrunde.bodies.BodyReference;
import de.lenkrunde.bodies.BodyScope;
import de.lenkrunde.bodies.BodyService;
import de.lenkrunde.bodies.BodyType;
import de.lenkrunde.bodies.MembershipService;
import de.lenkrunde.bodies.MyBody;
import de.lenkrunde.bodies.Permissions;
import de.lenkrunde.notifications.MailDeliveries;
import de.lenkrunde.notifications.MailDelivery;
import de.lenkrunde.people.CurrentUser;
import de.lenkrunde.people.SignedInUser;
import de.lenkrunde.proposals.ProposalDetails;
import de.lenkrunde.proposals.ProposalService;
import de.lenkrunde.proposals.ProposalStatus;
import de.lenkrunde.proposals.SubmittedProposal;
import de.lenkrunde.proposals.UnscheduleReason;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Meetings and their agendas: planning, the agenda builder's operations, publishing the invitation,
 * amendments and cancellation, reading with the visibility rules of DESIGN.md §5. Every change of the
 * agenda names the version the user saw; a change in between is refused as an edit conflict.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class MeetingService {

    /** Owner kind of agenda item attachments in the documents module. */
    public static final String DOCUMENT_KIND = AgendaItemDocuments.KIND;
    static final int PROPOSAL_ITEM_MINUTES = 15;

    private final MeetingRepository meetings;
    private final MeetingQueries queries;
    private final Permissions permissions;
    private final BodyService bodies;
    private final MembershipService memberships;
    private final ProposalService proposals;
    private final AgendaProposals agendaProposals;
    private final Invitations invitations;
    private final List<AgendaSuggestions> suggestionSources;
    private final List<MeetingMinutes> minutesSources;
    private final MailDeliveries deliveries;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final AuditTrail audit;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, MeetingQueries queries, Permissions permissions, BodyService bodies,
                   MembershipService memberships, ProposalService proposals, AgendaProposals agendaProposals,
                   Invitations invitations, List<AgendaSuggestions> suggestionSources, MailDeliveries deliveries,
                   CurrentUser currentUser, InputValidator validator, AuditTrail audit, Clock clock,
                   List<MeetingMinutes> minutesSources) {
        this.meetings = meetings;
        this.queries = queries;
        this.permissions = permissions;
        this.bodies = bodies;
        this.memberships = memberships;
        this.proposals = proposals;
        this.agendaProposals = agendaProposals;
        this.invitations = invitations;
        this.suggestionSources = suggestionSources;
        this.minutesSources = minutesSources;
        this.deliveries = deliveries;
        this.currentUser = currentUser;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------------

    /** One page of meetings the reader may see (published ones of every body, planned ones of their own). */
    @Transactional(readOnly = true)
    public List<MeetingListItem> list(MeetingFilter filter, Pageable page) {
        List<MeetingQueries.Row> rows = queries.list(scope(), criteria(filter), (int) page.getOffset(), page.getPageSize());
        return withBodyNames(rows);
    }

    @Transactional(readOnly = true)
    public int count(MeetingFilter filter) {
        return queries.count(scope(), criteria(filter));
    }

    /** The meetings of one month for the overview, in order. */
    @Transactional(readOnly = true)
    public List<MeetingListItem> month(YearMonth month, Long bodyId, boolean onlyMine) {
        Instant from = month.atDay(1).atStartOfDay(Formats.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(Formats.ZONE).toInstant();
        MeetingQueries.Criteria criteria = new MeetingQueries.Criteria(bodyId, null, clock.instant(), from, to, onlyMine, true);
        return withBodyNames(queries.list(scope(), criteria, 0, 500));
    }

    @Transactional(readOnly = true)
    public MeetingDetails get(long meetingId) {
        Meeting meeting = readable(meetingId);
        return details(meeting);
    }

    /** The bodies whose meetings the user may plan, for the planning form. */
    @Transactional(readOnly = true)
    public List<BodyReference> plannableBodies() {
        BodyScope scope = permissions.bodiesWhere(BodyAction.PLAN_MEETING);
        return Stream.of(BodyType.STEERING_ROUND, BodyType.CONFERENCE, BodyType.FOCUS_GROUP)
                .flatMap(type -> bodies.options(type).stream())
                .filter(body -> scope.includes(body.id()))
                .toList();
    }

    /** The bodies the user belongs to or plans for: the list's body filter. */
    @Transactional(readOnly = true)
    public List<BodyReference> filterBodies() {
        Set<Long> mine = memberships.myBodies().stream().map(MyBody::id).collect(Collectors.toSet());
        BodyScope plannable = permissions.bodiesWhere(BodyAction.PLAN_MEETING);
        return Stream.of(BodyType.STEERING_ROUND, BodyType.CONFERENCE, BodyType.FOCUS_GROUP)
                .flatMap(type -> bodies.options(type).stream())
                .filter(body -> mine.contains(body.id()) || plannable.includes(body.id()))
                .toList();
    }

    /**
     * A sensible new meeting of a body: "N. Sitzung" (counting this year's meetings), a week after the notice
     * period, 18:00–20:00.
     */
    @Transactional(readOnly = true)
    public MeetingData proposeNew(long bodyId) {
        permissions.require(BodyAction.PLAN_MEETING, bodyId);
        BodyDetails body = bodies.get(bodyId);
        LocalDate date = clock.instant().atZone(Formats.ZONE).toLocalDate().plusDays(body.data().noticePeriodDays() + 7L);
        int number = queries.countInYear(bodyId, LocalDate.of(date.getYear(), 1, 1).atStartOfDay(Formats.ZONE).toInstant(),
                LocalDate.of(date.getYear() + 1, 1, 1).atStartOfDay(Formats.ZONE).toInstant()) + 1;
        // the title is the meeting's data, written like the invitation: in German
        String title = de.lenkrunde.base.i18n.TranslationProvider.translate("meeting.defaultTitle", java.util.Locale.GERMAN, number);
        return new MeetingData(title, date, LocalTime.of(18, 0), LocalTime.of(20, 0), null, null, null);
    }

    // ---- planning -----------------------------------------------------------------------------------

    /** Plans a meeting; its agenda starts from the body's template. */
    public long plan(long bodyId, MeetingData data, List<MeetingData.Guest> guests) {
        permissions.require(BodyAction.PLAN_MEETING, bodyId);
        validator.check(data);
        List<MeetingData.Guest> checkedGuests = checkGuests(guests);
        BodyDetails body = bodies.get(bodyId);
        if (!body.data().active()) {
            throw InvalidInputException.of("bodyId", "meeting.validation.bodyInactive");
        }
        List<AgendaItem> template = new ArrayList<>();
        for (AgendaTemplateItem t : bodies.agendaTemplate(bodyId)) {
            template.add(new AgendaItem(queries.nextItemId(),
                    new AgendaItemData(t.title(), t.kind(), t.plannedMinutes(), null, t.nonPublic(), null), t.atEnd()));
        }
        Meeting meeting = new Meeting(bodyId, data, body.data().noticePeriodDays(), template, clock.instant());
        requireNoOverlap(meeting);
        meeting.replaceGuests(checkedGuests);
        save(meeting);
        audit.record("MEETING_PLANNED", reference(meeting), describe(meeting));
        return meeting.id();
    }

    public void update(long meetingId, long version, MeetingData data, List<MeetingData.Guest> guests) {
        validator.check(data);
        List<MeetingData.Guest> checkedGuests = checkGuests(guests);
        Meeting meeting = editable(meetingId, version);
        String before = describe(meeting);
        meeting.update(data, clock.instant());
        requireNoOverlap(meeting);
        meeting.replaceGuests(checkedGuests);
        save(meeting);
        audit.record("MEETING_UPDATED", reference(meeting), before + " -> " + describe(meeting));
    }

    // ---- the agenda builder -------------------------------------------------------------------------

    /** Adds an item before the items that stay at the end; returns its id. */
    public long addItem(long meetingId, long version, AgendaItemData data) {
        validator.check(data);
        Meeting meeting = editable(meetingId, version);
        AgendaItem item = new AgendaItem(queries.nextItemId(), data, false);
        meeting.add(item, null, 0);
        save(meeting);
        audit.record("AGENDA_ITEM_ADDED", reference(meeting), data.title());
        return item.itemId();
    }

    public void updateItem(long meetingId, long version, long itemId, AgendaItemData data) {
        validator.check(data);
        Meeting meeting = editable(meetingId, version);
        meeting.updateItem(itemId, data);
        save(meeting);
    }

    /** Takes an item off the agenda; its proposal goes back to SUBMITTED. */
    public void removeItem(long meetingId, long version, long itemId) {
        Meeting meeting = editable(meetingId, version);
        AgendaItem removed = meeting.remove(itemId);
        save(meeting);
        if (removed.proposalId() != null) {
            unscheduleIfHere(removed.proposalId(), UnscheduleReason.REMOVED_FROM_AGENDA, null, meeting);
        }
        audit.record("AGENDA_ITEM_REMOVED", reference(meeting), removed.data().title());
    }

    /** Moves an item to a new place (0-based index in the new order). */
    public void moveItem(long meetingId, long version, long itemId, int toIndex) {
        Meeting meeting = editable(meetingId, version);
        meeting.move(itemId, toIndex);
        save(meeting);
    }

    public void indentItem(long meetingId, long version, long itemId) {
        Meeting meeting = editable(meetingId, version);
        meeting.indent(itemId);
        save(meeting);
    }

    public void outdentItem(long meetingId, long version, long itemId) {
        Meeting meeting = editable(meetingId, version);
        meeting.outdent(itemId);
        save(meeting);
    }

    /** The body's proposals waiting for its agenda (SUBMITTED), for the side panel. */
    @Transactional(readOnly = true)
    public List<SubmittedProposal> waitingProposals(long meetingId) {
        Meeting meeting = readable(meetingId);
        permissions.require(BodyAction.PLAN_MEETING, meeting.bodyId());
        return proposals.submittedTo(meeting.bodyId());
    }

    /**
     * Puts a waiting proposal on the agenda as a Beschluss item; the proposal becomes SCHEDULED at once,
     * its timeline naming this meeting.
     */
    public long addProposal(long meetingId, long version, long proposalId) {
        Meeting meeting = editable(meetingId, version);
        return addProposalItem(meeting, proposalId, null);
    }

    private long addProposalItem(Meeting meeting, long proposalId, AgendaSuggestion suggestion) {
        ProposalDetails proposal = proposals.get(proposalId);
        if (proposal.status() != ProposalStatus.SUBMITTED) {
            throw new BusinessRuleException("meeting.rule.proposalNotSubmitted", proposal.referenceNumber());
        }
        if (proposal.data().targetBodyId() != meeting.bodyId()) {
            throw new BusinessRuleException("meeting.rule.proposalOtherBody", proposal.referenceNumber());
        }
        String label = proposal.referenceNumber() + " " + proposal.title();
        AgendaItemData data = suggestion != null ? suggestion.itemData()
                : new AgendaItemData(proposal.title(), AgendaItemKind.DECISION, PROPOSAL_ITEM_MINUTES, proposal.originGroupName(),
                false, proposal.data().decisionProposal());
        AgendaItem item = AgendaItem.forProposal(queries.nextItemId(), data, proposalId, label);
        if (suggestion != null) {
            item.suggestedBy(suggestion.key());
        }
        meeting.add(item, null, 0);
        save(meeting);
        proposals.schedule(proposalId, reference(meeting));
        audit.record("AGENDA_ITEM_ADDED", reference(meeting), label);
        return item.itemId();
    }

    /** What the modules offer for carry-over that is not on this agenda yet. */
    @Transactional(readOnly = true)
    public List<AgendaSuggestion> suggestions(long meetingId) {
        Meeting meeting = readable(meetingId);
        permissions.require(BodyAction.PLAN_MEETING, meeting.bodyId());
        if (!meeting.status().agendaEditable()) {
            return List.of();
        }
        return suggestionsFor(meeting);
    }

    private List<AgendaSuggestion> suggestionsFor(Meeting meeting) {
        Set<String> taken = meeting.items().stream().map(AgendaItem::suggestionKey).filter(Objects::nonNull).collect(Collectors.toSet());
        return suggestionSources.stream()
                .flatMap(source -> source.suggestionsFor(meeting.bodyId(), meeting.id(), meeting.startsAt()).stream())
                .filter(s -> !taken.contains(s.key()))
                .toList();
    }

    /** Takes one suggestion onto the agenda; a suggestion that carries a proposal schedules it. */
    public long addSuggestion(long meetingId, long version, String suggestionKey) {
        Meeting meeting = editable(meetingId, version);
        AgendaSuggestion suggestion = suggestionsFor(meeting).stream().filter(s -> s.key().equals(suggestionKey)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("meeting.rule.suggestionGone"));
        validator.check(suggestion.itemData());
        if (suggestion.proposalId() != null) {
            return addProposalItem(meeting, suggestion.proposalId(), suggestion);
        }
        AgendaItem standing = meeting.items().stream().filter(suggestion::fills).findFirst().orElse(null);
        if (standing != null) {
            // the template's "Genehmigung der Niederschrift der letzten Sitzung" becomes the concrete item, in place
            AgendaItemData data = standing.data();
            meeting.updateItem(standing.itemId(), new AgendaItemData(suggestion.title(), suggestion.kind(), data.plannedMinutes(),
                    data.presenter(), data.nonPublic(), suggestion.description()));
            standing.suggestedBy(suggestion.key());
            save(meeting);
            audit.record("AGENDA_ITEM_CHANGED", reference(meeting), suggestion.title());
            return standing.itemId();
        }
        AgendaItem item = new AgendaItem(queries.nextItemId(), suggestion.itemData(), false);
        item.suggestedBy(suggestion.key());
        meeting.add(item, null, 0);
        save(meeting);
        audit.record("AGENDA_ITEM_ADDED", reference(meeting), suggestion.title());
        return item.itemId();
    }

    // ---- publishing -----------------------------------------------------------------------------------

    /** Whether publishing now falls inside the notice period and needs the chair's explicit confirmation. */
    @Transactional(readOnly = true)
    public boolean publishingIsShortNotice(long meetingId) {
        Meeting meeting = readable(meetingId);
        return meeting.insideNoticePeriod(clock.instant().atZone(Formats.ZONE).toLocalDate());
    }

    /**
     * PLANNED → INVITED: freezes the numbering and sends every invitee the invitation with PDF and calendar
     * file. Inside the notice period only with {@code confirmShortNotice}, which is recorded.
     */
    public void publish(long meetingId, long version, boolean confirmShortNotice) {
        Meeting meeting = load(meetingId, version);
        permissions.require(BodyAction.PLAN_MEETING, meeting.bodyId());
        meeting.publish(invitations.inviteesFor(meeting), confirmShortNotice, clock.instant());
        save(meeting);
        invitations.send(meeting);
        audit.record(meeting.shortNotice() ? "MEETING_PUBLISHED_SHORT_NOTICE" : "MEETING_PUBLISHED", reference(meeting),
                meeting.invitees().size() + " invitees" + (meeting.shortNotice()
                        ? ", inside the notice period of " + meeting.noticePeriodDays() + " days, confirmed" : ""));
    }

    /** Sends the changes since the last sending as "Änderung der Tagesordnung". */
    public void sendAmendment(long meetingId, long version) {
        Meeting meeting = load(meetingId, version);
        permissions.require(BodyAction.PLAN_MEETING, meeting.bodyId());
        meeting.publishAmendment(invitations.inviteesFor(meeting), clock.instant());
        save(meeting);
        invitations.send(meeting);
        audit.record("MEETING_AGENDA_AMENDED", reference(meeting), "revision " + meeting.agendaRevision());
    }

    /** Cancels a planned or invited meeting; invitees are told and scheduled proposals return to SUBMITTED. */
    public void cancel(long meetingId, long version, String reason) {
        if (reason != null && reason.length() > 1000) {
            throw new InvalidInputException(List.of(new FieldError("reason", "validation.maxLength", Map.of("max", 1000))));
        }
        Meeting meeting = load(meetingId, version);
        permissions.require(BodyAction.PLAN_MEETING, meeting.bodyId());
        boolean wasPublished = meeting.status() == MeetingStatus.INVITED;
        meeting.cancel(reason, clock.instant());
        save(meeting);
        for (AgendaItem item : meeting.items()) {
            if (item.proposalId() != null && item.state() != AgendaItemState.WITHDRAWN) {
                unscheduleIfHere(item.proposalId(), UnscheduleReason.MEETING_CANCELLED, meeting.cancelReason(), meeting);
            }
        }
        if (wasPublished) {
            invitations.sendCancellation(meeting);
        }
        audit.record("MEETING_CANCELLED", reference(meeting), meeting.cancelReason());
    }

    /** See {@link AgendaProposals#unscheduleIfHere}. */
    private void unscheduleIfHere(long proposalId, UnscheduleReason why, String reason, Meeting meeting) {
        agendaProposals.unscheduleIfHere(proposalId, why, reason, reference(meeting));
    }

    // ---- downloads and delivery -----------------------------------------------------------------------

    /** The invitation PDF as the reader may see it: with the non-public part for insiders. Before publication only for planners (preview). */
    @Transactional(readOnly = true)
    public Download invitationPdf(long meetingId) {
        Meeting meeting = readable(meetingId);
        return new Download(Invitations.fileName(meeting, "pdf"), "application/pdf",
                invitations.pdf(meeting, permissions.may(BodyAction.READ_NON_PUBLIC, meeting.bodyId())));
    }

    @Transactional(readOnly = true)
    public Download calendarEntry(long meetingId) {
        Meeting meeting = readable(meetingId);
        return new Download(Invitations.fileName(meeting, "ics"), "text/calendar; charset=UTF-8", invitations.calendarEntry(meeting));
    }

    /** Per recipient, whether the invitation mails went out: for those who plan the meeting. */
    @Transactional(readOnly = true)
    public List<MailDelivery> deliveries(long meetingId) {
        Meeting meeting = readable(meetingId);
        permissions.require(BodyAction.PLAN_MEETING, meeting.bodyId());
        return deliveries.forSubject(KIND, meetingId);
    }

    // ---- minutes (called by the minutes module above) ---------------------------------------------------

    /**
     * The route of a meeting's minutes page. The page belongs to {@code minutes}, which sits above meetings: the
     * meeting page links to it by this route, never by importing its view (ADR 016).
     */
    public static String minutesRoute(long meetingId) {
        return route(meetingId) + "/niederschrift";
    }

    /**
     * The minutes of a meeting as the meeting page shows them (state and link), from the {@link MeetingMinutes}
     * SPI that {@code minutes} implements; empty when there are none (yet) or the reader may not see them.
     */
    @Transactional(readOnly = true)
    public Optional<MeetingMinutes.Summary> minutes(long meetingId) {
        readable(meetingId);
        return minutesSources.stream().map(source -> source.summary(meetingId)).flatMap(Optional::stream).findFirst();
    }

    /**
     * The suggestion key an agenda item was taken from (e.g. {@code minutes:7}), for the module that made the
     * suggestion and now needs to know what became of it; empty when the item came from no suggestion.
     */
    @Transactional(readOnly = true)
    public Optional<String> suggestionKey(long meetingId, long itemId) {
        Meeting meeting = readable(meetingId);
        return Optional.ofNullable(meeting.item(itemId).suggestionKey());
    }

    /**
     * CLOSED → MINUTES_APPROVED: the body approved the meeting's minutes (a decision in its next meeting, or a
     * circulation procedure). A direct call from {@code minutes} in the approving transaction (DESIGN.md §4); for the
     * body's insiders (the one who completes a circulation is a member) — and the system, which carries a decision
     * of the next meeting into the minutes. Idempotent for a meeting already approved (a corrected edition).
     */
    public void minutesApproved(long meetingId) {
        Meeting meeting = readable(meetingId);
        permissions.require(BodyAction.READ_NON_PUBLIC, meeting.bodyId());
        if (meeting.status() == MeetingStatus.MINUTES_APPROVED) {
            return;
        }
        meeting.minutesApproved();
        save(meeting);
        audit.record("MEETING_MINUTES_APPROVED", reference(meeting), "minutes approved");
    }

    /** Told by minutes when the approval of this meeting's minutes was withdrawn: CLOSED again, decisions correctable. */
    public void minutesApprovalWithdrawn(long meetingId) {
        Meeting meeting = readable(meetingId);
        permissions.require(BodyAction.READ_NON_PUBLIC, meeting.bodyId());
        if (meeting.status() == MeetingStatus.CLOSED) {
            return;
        }
        meeting.minutesApprovalWithdrawn();
        save(meeting);
        audit.record("MEETING_MINUTES_APPROVAL_WITHDRAWN", reference(meeting), "minutes approval withdrawn");
    }

    // ---- helpers --------------------------------------------------------------------------------------

    static final String KIND = "MEETING";

    /** The meeting as other modules name it (timeline, inbox, audit): "Lenkrunde Lindenhain: 1. Sitzung, 09.12.2026". */
    private TypedReference reference(Meeting meeting) {
        BodyReference body = bodies.references(Set.of(meeting.bodyId())).get(meeting.bodyId());
        return reference(meeting, body == null ? null : body.name());
    }

    static TypedReference reference(Meeting meeting, String bodyName) {
        return TypedReference.of(KIND, meeting.id(), (bodyName == null ? "" : bodyName + ": ") + label(meeting), route(meeting.id()));
    }

    static String label(Meeting meeting) {
        return meeting.title() + ", " + Formats.date(meeting.startsAt());
    }

    static String route(long meetingId) {
        return "sitzungen/" + meetingId;
    }

    private MeetingDetails details(Meeting meeting) {
        boolean insider = permissions.may(BodyAction.READ_NON_PUBLIC, meeting.bodyId());
        boolean planner = permissions.may(BodyAction.PLAN_MEETING, meeting.bodyId());
        BodyReference body = bodies.references(Set.of(meeting.bodyId())).get(meeting.bodyId());
        List<String> numbers = meeting.numbers();
        List<AgendaEntry> agenda = new ArrayList<>();
        for (int i = 0; i < meeting.items().size(); i++) {
            AgendaItem item = meeting.items().get(i);
            if (item.nonPublic() && !insider && !planner) {
                continue;
            }
            boolean published = meeting.agendaRevision() > 0;
            agenda.add(new AgendaEntry(item.itemId(), numbers.get(i), item.depth(), item.data(), item.atEnd(), item.proposalId(),
                    item.proposalLabel(), item.state(), published && item.addedInRevision() > 1,
                    published && item.changedInRevision() > 1, published && item.changedInRevision() > meeting.agendaRevision()));
        }
        // outsiders see the time of the items they see, not that of the non-public part
        int plannedMinutes = insider || planner ? meeting.plannedMinutes()
                : agenda.stream().filter(e -> !e.withdrawn()).mapToInt(e -> e.data().plannedMinutes()).sum();
        Set<MeetingAction> actions = EnumSet.noneOf(MeetingAction.class);
        if (planner && meeting.status().agendaEditable()) {
            actions.add(MeetingAction.EDIT);
            actions.add(MeetingAction.CANCEL);
            if (meeting.status() == MeetingStatus.PLANNED) {
                actions.add(MeetingAction.PUBLISH);
            } else if (meeting.amendmentPending()) {
                actions.add(MeetingAction.SEND_AMENDMENT);
            }
        }
        List<InviteeInfo> invitees = planner || insider ? meeting.invitees().stream()
                .map(i -> new InviteeInfo(i.personId(), i.name(), i.role(), i.votingRight(), i.nonPublic())).toList() : List.of();
        return new MeetingDetails(meeting.id(), meeting.version(), meeting.bodyId(), body == null ? "#" + meeting.bodyId() : body.name(),
                body == null ? null : body.type(), meeting.details(), meeting.status(), meeting.startsAt(), meeting.endsAt(),
                meeting.noticePeriodDays(), meeting.agendaRevision(), meeting.amendmentPending(), meeting.publishedAt(),
                meeting.shortNotice(), meeting.cancelReason(), meeting.cancelledAt(), agenda, insider || planner,
                plannedMinutes, planner ? meeting.guests() : List.of(), invitees, actions, meeting.updatedByName());
    }

    private List<MeetingListItem> withBodyNames(List<MeetingQueries.Row> rows) {
        Map<Long, BodyReference> names = bodies.references(rows.stream().map(MeetingQueries.Row::bodyId).collect(Collectors.toSet()));
        return rows.stream().map(r -> r.toListItem(names.containsKey(r.bodyId()) ? names.get(r.bodyId()).name() : "#" + r.bodyId()))
                .toList();
    }

    private MeetingQueries.Scope scope() {
        Map<BodyAction, BodyScope> scopes = permissions.bodiesWhere(EnumSet.of(BodyAction.READ_NON_PUBLIC, BodyAction.PLAN_MEETING));
        BodyScope insider = scopes.get(BodyAction.READ_NON_PUBLIC);
        BodyScope planner = scopes.get(BodyAction.PLAN_MEETING);
        Set<Long> insiderBodies = new HashSet<>(insider.bodyIds());
        insiderBodies.addAll(planner.bodyIds());
        Set<Long> mine = new HashSet<>(insiderBodies);
        mine.addAll(memberships.myBodies().stream().map(MyBody::id).toList());
        boolean all = insider.all() || planner.all();
        return new MeetingQueries.Scope(all, insiderBodies, all, mine);
    }

    private MeetingQueries.Criteria criteria(MeetingFilter filter) {
        Instant from = filter.from() == null ? null : filter.from().atStartOfDay(Formats.ZONE).toInstant();
        Instant to = filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(Formats.ZONE).toInstant();
        return new MeetingQueries.Criteria(filter.bodyId(), filter.when() == MeetingFilter.When.UPCOMING, clock.instant(), from, to,
                filter.onlyMine(), filter.includeCancelled());
    }

    private List<MeetingData.Guest> checkGuests(List<MeetingData.Guest> guests) {
        List<MeetingData.Guest> checked = guests == null ? List.of() : List.copyOf(guests);
        if (checked.size() > 100) {
            throw InvalidInputException.of("guests", "meeting.validation.tooManyGuests");
        }
        for (MeetingData.Guest guest : checked) {
            try {
                validator.check(guest);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.errors().stream()
                        .map(error -> new FieldError("guests", error.messageKey(), error.arguments())).toList());
            }
        }
        return checked;
    }

    private void requireNoOverlap(Meeting meeting) {
        if (queries.overlaps(meeting.bodyId(), meeting.startsAt(), meeting.endsAt(), meeting.id())) {
            throw InvalidInputException.of("startTime", "meeting.validation.overlap");
        }
    }

    private Meeting readable(long meetingId) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new RecordNotFoundException("meeting " + meetingId));
        if (meeting.publishedAt() == null && !permissions.may(BodyAction.READ_NON_PUBLIC, meeting.bodyId())
                && !permissions.may(BodyAction.PLAN_MEETING, meeting.bodyId())) {
            throw new RecordNotFoundException("meeting " + meetingId);
        }
        return meeting;
    }

    private Meeting load(long meetingId, long version) {
        Meeting meeting = readable(meetingId);
        if (meeting.version() != version) {
            throw new EditConflictException("meeting " + meetingId, meeting.updatedByName(), null);
        }
        return meeting;
    }

    private Meeting editable(long meetingId, long version) {
        Meeting meeting = load(meetingId, version);
        permissions.require(BodyAction.PLAN_MEETING, meeting.bodyId());
        return meeting;
    }

    private void save(Meeting meeting) {
        meeting.savedBy(currentUser.get().map(SignedInUser::displayName).orElse(null), clock.instant());
        try {
            meetings.save(meeting);
        } catch (OptimisticLockingFailureException e) {
            String changedBy = meetings.findById(meeting.id()).map(Meeting::updatedByName).orElse(null);
            throw new EditConflictException("meeting " + meeting.id(), changedBy, e);
        }
    }

    private static String describe(Meeting meeting) {
        return "'" + meeting.title() + "' " + Formats.dateTime(meeting.startsAt()) + "–" + Formats.dateTime(meeting.endsAt())
                + (meeting.room() == null ? "" : ", " + meeting.room()) + (meeting.onlineLink() == null ? "" : ", online");
    }
}
