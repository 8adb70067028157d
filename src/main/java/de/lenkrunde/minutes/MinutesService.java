package de.lenkrunde.minutes;

import de.lenkrunde.audit.AuditTrail;
import de.lenkrunde.base.TypedReference;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.bodies.BodyAction;
import de.lenkrunde.bodies.BodyRole;
import de.lenkrunde.bodies.BodyService;
import de.lenkrunde.bodies.MembershipListItem;
import de.lenkrunde.bodies.MembershipService;
import de.lenkrunde.bodies.MyBody;
import de.lenkrunde.bodies.Permissions;
import de.lenkrunde.live.LiveNotesService;
import de.lenkrunde.meetings.Download;
import de.lenkrunde.meetings.MeetingService;
import de.lenkrunde.minutes.ReviewComment.AnswerKind;
import de.lenkrunde.minutes.ReviewComment.CommentKind;
import de.lenkrunde.notifications.NotificationMessage;
import de.lenkrunde.notifications.Notifier;
import de.lenkrunde.people.CurrentUser;
import de.lenkrunde.people.SignedInUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The minutes of a meeting after it closed (DESIGN.md §3, ADR 016): reading (members' version for the body's insiders,
 * public version of approved minutes for every signed-in user), editing the text per TOP (chair, deputy, minute-taker:
 * {@link BodyAction#TAKE_NOTES}), signing by chair and minute-taker, the members' review (comments and objections,
 * {@link BodyAction#COMMENT_MINUTES}) with the answers, approval by circulation where the body allows it, corrections as
 * a new edition, the PDF, and the "Niederschriften" list. The draft is made by {@link MinutesDrafter} when the meeting
 * closes; approval in a meeting by {@link MinutesApprovalListener} when the decision on its TOP is recorded.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class MinutesService {

    /** The kind of {@link TypedReference} naming minutes. */
    public static final String KIND = "MINUTES";
    /** Days the members have for their review after the release. */
    public static final int REVIEW_DAYS = 14;
    /** Longest text of one TOP, in characters. */
    public static final int MAX_TEXT = 20_000;
    /** Longest comment, answer or reason, in characters. */
    public static final int MAX_COMMENT = 4000;

    private static final Set<BodyRole> REVIEWERS = EnumSet.of(BodyRole.CHAIR, BodyRole.DEPUTY, BodyRole.MINUTE_TAKER,
            BodyRole.MEMBER, BodyRole.ADVISORY);
    private static final Set<BodyRole> SIGNERS = EnumSet.of(BodyRole.CHAIR, BodyRole.DEPUTY, BodyRole.MINUTE_TAKER);

    private final MinutesRepository repository;
    private final SectionStore sections;
    private final CommentStore comments;
    private final ConsentStore consents;
    private final MinutesQueries queries;
    private final MinutesContent content;
    private final MinutesPdf pdf;
    private final LiveNotesService notes;
    private final MeetingService meetings;
    private final BodyService bodies;
    private final MembershipService memberships;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final Notifier notifier;
    private final AuditTrail audit;
    private final Clock clock;

    MinutesService(MinutesRepository repository, SectionStore sections, CommentStore comments, ConsentStore consents,
                   MinutesQueries queries, MinutesContent content, MinutesPdf pdf, LiveNotesService notes, MeetingService meetings, BodyService bodies,
                   MembershipService memberships, Permissions permissions, CurrentUser currentUser, Notifier notifier,
                   AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.sections = sections;
        this.comments = comments;
        this.consents = consents;
        this.queries = queries;
        this.content = content;
        this.pdf = pdf;
        this.notes = notes;
        this.meetings = meetings;
        this.bodies = bodies;
        this.memberships = memberships;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    /**
     * The minutes of a meeting as the reader may see them: {@code edition} null for the latest. Insiders of the body
     * read every edition in the members' version; everyone else only approved editions, in the public version. Empty
     * when there is nothing the reader may see.
     */
    @Transactional(readOnly = true)
    public Optional<MinutesView> ofMeeting(long meetingId, Integer edition) {
        meetings.get(meetingId); // the meeting's own visibility first
        List<Minutes> editions = repository.findByMeetingIdOrderByEdition(meetingId);
        if (editions.isEmpty()) {
            return Optional.empty();
        }
        boolean insider = permissions.may(BodyAction.READ_NON_PUBLIC, editions.get(0).bodyId());
        List<Minutes> readable = insider ? editions : editions.stream().filter(m -> m.status() == MinutesStatus.APPROVED).toList();
        Optional<Minutes> chosen = edition == null
                ? readable.stream().reduce((first, second) -> second)
                : readable.stream().filter(m -> m.edition() == edition).findFirst();
        return chosen.map(m -> view(m, insider));
    }

    /** The editions of a meeting's minutes the reader may see (number, state), first first. */
    @Transactional(readOnly = true)
    public List<Edition> editions(long meetingId) {
        meetings.get(meetingId);
        List<Minutes> editions = repository.findByMeetingIdOrderByEdition(meetingId);
        boolean insider = !editions.isEmpty() && permissions.may(BodyAction.READ_NON_PUBLIC, editions.get(0).bodyId());
        return editions.stream().filter(m -> insider || m.status() == MinutesStatus.APPROVED)
                .map(m -> new Edition(m.id(), m.edition(), m.status(), m.supersededById() != null)).toList();
    }

    /** One edition of the minutes: its number, state, and whether a later edition corrects it. */
    public record Edition(long minutesId, int edition, MinutesStatus status, boolean superseded) {
    }

    /** The PDF: the members' version (non-public part) for insiders when asked for, else the public version of approved minutes. */
    @Transactional(readOnly = true)
    public Download pdf(long minutesId, boolean membersVersion) {
        Minutes m = load(minutesId);
        meetings.get(m.meetingId());
        boolean insider = permissions.may(BodyAction.READ_NON_PUBLIC, m.bodyId());
        if (!insider && m.status() != MinutesStatus.APPROVED) {
            throw new RecordNotFoundException("minutes " + minutesId);
        }
        boolean members = membersVersion && insider;
        MinutesView view = content.assemble(m, members, Set.of(), null, today());
        String name = "Niederschrift-" + Formats.date(m.meetingStartsAt()).replace('.', '-') + (m.edition() > 1 ? "-F" + m.edition() : "")
                + (members ? "" : "-oeffentlich") + ".pdf";
        return new Download(name, "application/pdf", pdf.render(view));
    }

    /** One page of the minutes waiting for the reader: to sign, to review, to consent in a circulation, to put on an agenda. */
    @Transactional(readOnly = true)
    public List<MinutesListItem> waiting(Pageable page) {
        return queries.waiting(reader(), (int) page.getOffset(), page.getPageSize());
    }

    @Transactional(readOnly = true)
    public int countWaiting() {
        return queries.countWaiting(reader());
    }

    /**
     * A TOP's text (Markdown) as HTML for the page: raw HTML escaped, unsafe link addresses removed (live's renderer,
     * the one the console's preview uses).
     */
    @Transactional(readOnly = true)
    public String html(String markdown) {
        return notes.html(markdown);
    }

    // ---- editing ------------------------------------------------------------------------------------------------

    /**
     * Saves the text of one TOP over {@code expectedVersion} (0: none written yet). Refused for approved minutes. A
     * change after a signature voids both signatures (they are asked to sign again).
     *
     * @throws MinutesTextConflictException when someone else saved another text in between: both texts, nothing lost
     */
    @Transactional(isolation = Isolation.READ_COMMITTED, noRollbackFor = MinutesTextConflictException.class)
    public Section saveText(long minutesId, long itemId, long expectedVersion, String text) {
        String mine = text == null ? "" : text;
        if (mine.length() > MAX_TEXT) {
            throw new InvalidInputException(List.of(new FieldError("text", "validation.maxLength", Map.of("max", MAX_TEXT))));
        }
        Minutes m = load(minutesId);
        permissions.require(BodyAction.TAKE_NOTES, m.bodyId());
        m.requireChangeable();
        requireItem(m, itemId);
        return writeText(m, itemId, expectedVersion, mine);
    }

    private Section writeText(Minutes m, long itemId, long expectedVersion, String mine) {
        SignedInUser user = currentUser.require();
        Optional<Section> current = sections.find(m.id(), itemId);
        long stored = current.map(Section::version).orElse(0L);
        if (stored == expectedVersion && current.map(Section::text).orElse("").equals(mine)) {
            return current.orElseGet(() -> new Section(m.id(), itemId, "", 0, null, null));
        }
        Instant now = clock.instant();
        boolean written;
        try {
            written = stored == expectedVersion && (current.isEmpty()
                    ? sections.insert(m.id(), itemId, mine, user.displayName(), now)
                    : sections.update(m.id(), itemId, expectedVersion, mine, user.displayName(), now));
        } catch (OptimisticLockingFailureException e) {   // error 1020, should the isolation ever be REPEATABLE READ
            written = false;
        }
        if (!written) {
            Section theirs = sections.find(m.id(), itemId).orElseGet(() -> new Section(m.id(), itemId, "", 0, null, null));
            if (theirs.text().equals(mine)) {
                return theirs;
            }
            audit.record("MINUTES_TEXT_CONFLICT", reference(m), "item " + itemId + ": based on version " + expectedVersion
                    + ", stored " + theirs.version());
            throw new MinutesTextConflictException(mine, theirs);
        }
        boolean voided = m.textChanged(now);
        save(m);
        audit.record("MINUTES_TEXT_SAVED", reference(m), "item " + itemId + ", " + mine.length() + " characters"
                + (voided ? "; signatures voided" : ""));
        if (voided) {
            notifier.notify(signers(m.bodyId()), NotificationMessage.of("minutes.notification.signaturesVoided", label(m)),
                    reference(m));
        }
        return sections.find(m.id(), itemId).orElseThrow();
    }

    // ---- signing ------------------------------------------------------------------------------------------------

    /**
     * Signs as minute-taker or as chair (the deputy signs for the chair), whichever the reader is and has not signed
     * yet. The second signature releases the minutes: the members are told, with the review deadline.
     */
    public void sign(long minutesId, long version) {
        Minutes m = load(minutesId, version);
        Set<BodyRole> roles = permissions.rolesIn(m.bodyId());
        boolean chair = roles.stream().anyMatch(BodyRole::actsAsChair);
        boolean taker = roles.contains(BodyRole.MINUTE_TAKER);
        if (!chair && !taker) {
            throw new AccessDeniedException("sign minutes " + minutesId);
        }
        SignerRole role = taker && (m.takerSignature() == null || !chair) ? SignerRole.MINUTE_TAKER : SignerRole.CHAIR;
        SignedInUser user = currentUser.require();
        Instant now = clock.instant();
        LocalDate reviewUntil = today().plusDays(REVIEW_DAYS);
        boolean released = m.sign(role, user.personId(), user.displayName(), now, reviewUntil);
        save(m);
        audit.record("MINUTES_SIGNED", reference(m), role + " " + user.displayName() + (released ? "; released, review until "
                + Formats.date(reviewUntil) : ""));
        if (released) {
            notifier.notify(memberships.currentPersonIds(m.bodyId(), REVIEWERS), NotificationMessage.of("minutes.notification.released",
                    label(m), Formats.date(reviewUntil)), reference(m));
        }
    }

    // ---- review -------------------------------------------------------------------------------------------------

    /** A member's comment or objection on one TOP, while the review is open. Returns its id. */
    public long comment(long minutesId, long itemId, CommentKind kind, String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw InvalidInputException.of("comment", "validation.required");
        }
        if (body.length() > MAX_COMMENT) {
            throw new InvalidInputException(List.of(new FieldError("comment", "validation.maxLength", Map.of("max", MAX_COMMENT))));
        }
        Minutes m = load(minutesId);
        permissions.require(BodyAction.COMMENT_MINUTES, m.bodyId());
        m.requireReviewOpen(today());
        requireItem(m, itemId);
        SignedInUser user = currentUser.require();
        long id = comments.insert(minutesId, itemId, kind == null ? CommentKind.COMMENT : kind, body, user.personId(),
                user.displayName(), clock.instant());
        audit.record(kind == CommentKind.OBJECTION ? "MINUTES_OBJECTION" : "MINUTES_COMMENT", reference(m), "item " + itemId);
        notifier.notify(memberships.currentPersonIds(m.bodyId(), EnumSet.of(BodyRole.MINUTE_TAKER)),
                NotificationMessage.of(kind == CommentKind.OBJECTION ? "minutes.notification.objection" : "minutes.notification.comment",
                        user.displayName(), label(m)), reference(m));
        return id;
    }

    /**
     * The minute-taker's (or chair's) answer to a comment: ACCEPTED changes the TOP's text to {@code newText} (named
     * over {@code textVersion}; a change voids the signatures), ANSWERED explains without a change. Until approval.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED, noRollbackFor = MinutesTextConflictException.class)
    public void answer(long commentId, long version, AnswerKind kind, String answer, String newText, long textVersion) {
        CommentStore.Stored stored = comments.find(commentId).orElseThrow(() -> new RecordNotFoundException("comment " + commentId));
        Minutes m = load(stored.minutesId());
        permissions.require(BodyAction.TAKE_NOTES, m.bodyId());
        m.requireChangeable();
        if (m.status() != MinutesStatus.RELEASED) {
            throw new BusinessRuleException("minutes.rule.notReleased");
        }
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty()) {
            throw InvalidInputException.of("answer", "validation.required");
        }
        if (text.length() > MAX_COMMENT) {
            throw new InvalidInputException(List.of(new FieldError("answer", "validation.maxLength", Map.of("max", MAX_COMMENT))));
        }
        if (stored.comment().answered() || stored.comment().version() != version) {
            throw new EditConflictException("comment " + commentId, stored.comment().answeredByName(), null);
        }
        if (kind == AnswerKind.ACCEPTED) {
            String current = sections.find(m.id(), stored.comment().itemId()).map(Section::text).orElse("");
            if (newText == null || newText.equals(current)) {
                throw InvalidInputException.of("text", "minutes.answer.textUnchanged");
            }
            if (newText.length() > MAX_TEXT) {
                throw new InvalidInputException(List.of(new FieldError("text", "validation.maxLength", Map.of("max", MAX_TEXT))));
            }
        }
        SignedInUser user = currentUser.require();
        if (!comments.answer(commentId, version, kind, text, user.displayName(), clock.instant())) {
            throw new EditConflictException("comment " + commentId, null, null);
        }
        if (kind == AnswerKind.ACCEPTED) {
            writeText(m, stored.comment().itemId(), textVersion, newText);
        }
        audit.record("MINUTES_COMMENT_ANSWERED", reference(m), "comment " + commentId + ": " + kind);
        notifier.notify(List.of(stored.authorPersonId()), NotificationMessage.of("minutes.notification.answered", user.displayName(),
                label(m)), reference(m));
    }

    // ---- circulation --------------------------------------------------------------------------------------------

    /**
     * Starts a circulation procedure (Umlaufverfahren) on released, signed minutes, where the body allows it: every
     * voting member is asked to consent by {@code until}. Chair and deputy.
     */
    public void startCirculation(long minutesId, long version, LocalDate until) {
        Minutes m = load(minutesId, version);
        permissions.require(BodyAction.RUN_MEETING, m.bodyId());
        if (!bodies.get(m.bodyId()).data().circulationAllowed()) {
            throw new BusinessRuleException("minutes.rule.circulationNotAllowed");
        }
        if (until == null) {
            throw InvalidInputException.of("until", "validation.required");
        }
        m.startCirculation(until, today());
        Map<Long, MinutesView.Consent> voting = new LinkedHashMap<>();
        for (MembershipListItem membership : memberships.list(m.bodyId(), false, PageRequest.of(0, 1000))) {
            if (membership.current() && membership.votingRight()) {
                voting.putIfAbsent(membership.personId(),
                        new MinutesView.Consent(membership.personId(), membership.personName(), null, null, null));
            }
        }
        if (voting.isEmpty()) {
            throw new BusinessRuleException("minutes.rule.noVotingMembers");
        }
        save(m);
        consents.ask(m.id(), voting.values());
        audit.record("MINUTES_CIRCULATION_STARTED", reference(m), voting.size() + " voting members, until " + Formats.date(until));
        notifier.notify(voting.keySet(), NotificationMessage.of("minutes.notification.circulation", label(m), Formats.date(until)),
                reference(m));
    }

    /**
     * A voting member's answer in the circulation: consent, or an objection (with a reason), which stops it. The last
     * consent approves the minutes and marks the meeting MINUTES_APPROVED. The minutes' row is locked first, so two
     * last answers at once approve once.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void answerCirculation(long minutesId, boolean consent, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!consent && why == null) {
            throw InvalidInputException.of("reason", "minutes.circulation.reasonRequired");
        }
        if (why != null && why.length() > 1000) {
            throw new InvalidInputException(List.of(new FieldError("reason", "validation.maxLength", Map.of("max", 1000))));
        }
        queries.lock(minutesId);
        Minutes m = load(minutesId);
        SignedInUser user = currentUser.require();
        List<MinutesView.Consent> asked = consents.of(minutesId);
        if (asked.stream().noneMatch(c -> c.personId() == user.personId())) {
            throw new AccessDeniedException("circulation of minutes " + minutesId);
        }
        m.requireCirculationOpen(today());
        Instant now = clock.instant();
        if (!consents.answer(minutesId, user.personId(), consent, why, now)) {
            throw new BusinessRuleException("minutes.rule.alreadyAnswered");
        }
        if (!consent) {
            m.stopCirculation();
            save(m);
            audit.record("MINUTES_CIRCULATION_OBJECTION", reference(m), user.displayName() + ": " + why);
            notifier.notify(signers(m.bodyId()), NotificationMessage.of("minutes.notification.circulationStopped", user.displayName(),
                    label(m)), reference(m));
            return;
        }
        boolean all = consents.of(minutesId).stream().allMatch(c -> Boolean.TRUE.equals(c.consent()));
        audit.record("MINUTES_CIRCULATION_CONSENT", reference(m), user.displayName());
        if (all) {
            m.approve(ApprovalMethod.CIRCULATION, "Umlaufverfahren bis " + Formats.date(m.circulationUntil()), null, now);
            save(m);
            meetings.minutesApproved(m.meetingId());
            audit.record("MINUTES_APPROVED", reference(m), "circulation, " + asked.size() + " consents");
            notifier.notify(memberships.currentPersonIds(m.bodyId(), REVIEWERS),
                    NotificationMessage.of("minutes.notification.approved", label(m)), reference(m));
        }
    }

    // ---- correction -----------------------------------------------------------------------------------------------

    /**
     * Corrects approved minutes: a new DRAFT edition with the same texts, linked to this one, which stays approved and
     * readable. The new edition is signed, reviewed and approved like the first. Returns its id.
     */
    public long correct(long minutesId, long version, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw InvalidInputException.of("reason", "validation.required");
        }
        if (why.length() > 1000) {
            throw new InvalidInputException(List.of(new FieldError("reason", "validation.maxLength", Map.of("max", 1000))));
        }
        Minutes m = load(minutesId, version);
        permissions.require(BodyAction.TAKE_NOTES, m.bodyId());
        Instant now = clock.instant();
        Minutes next = m.correction(why, now);
        next.savedBy(userName(), now);
        try {
            next = repository.save(next);
        } catch (DuplicateKeyException e) {
            throw new EditConflictException("minutes " + minutesId, m.updatedByName(), e);
        }
        sections.copy(m.id(), next.id(), userName(), now);
        m.supersededBy(next.id());
        save(m);
        audit.record("MINUTES_CORRECTION_STARTED", reference(next), "edition " + next.edition() + " corrects edition " + m.edition()
                + ": " + why);
        return next.id();
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    MinutesView view(Minutes m, boolean insider) {
        SignedInUser user = currentUser.get().orElse(null);
        Long personId = user == null ? null : user.personId();
        return content.assemble(m, insider, insider ? actions(m) : Set.of(), personId, today());
    }

    /** What the reader may do now, for the view; every service method checks again. */
    private Set<MinutesAction> actions(Minutes m) {
        Set<MinutesAction> actions = EnumSet.noneOf(MinutesAction.class);
        Set<BodyRole> roles = permissions.rolesIn(m.bodyId());
        boolean chair = roles.stream().anyMatch(BodyRole::actsAsChair);
        boolean taker = roles.contains(BodyRole.MINUTE_TAKER);
        long me = currentUser.get().map(SignedInUser::personId).orElse(-1L);
        if (m.status() != MinutesStatus.APPROVED) {
            if (chair || taker) {
                actions.add(MinutesAction.EDIT);
            }
            boolean takerSlot = taker && m.takerSignature() == null;
            boolean chairSlot = chair && m.chairSignature() == null;
            if ((takerSlot || chairSlot) && !m.signedBy(me)) {
                actions.add(MinutesAction.SIGN);
            }
            if (m.status() == MinutesStatus.RELEASED && (chair || taker)) {
                actions.add(MinutesAction.ANSWER);
            }
            if (m.reviewOpen(today()) && permissions.may(BodyAction.COMMENT_MINUTES, m.bodyId())) {
                actions.add(MinutesAction.COMMENT);
            }
            boolean circulationRunning = m.circulationState() == CirculationState.RUNNING && !today().isAfter(m.circulationUntil());
            if (chair && m.status() == MinutesStatus.RELEASED && m.signed() && !circulationRunning
                    && bodies.get(m.bodyId()).data().circulationAllowed()) {
                actions.add(MinutesAction.START_CIRCULATION);
            }
            if (circulationRunning) {
                actions.add(MinutesAction.CONSENT); // the view shows it only to those asked (Circulation.myTurn)
            }
        } else if ((chair || taker) && m.supersededById() == null) {
            actions.add(MinutesAction.CORRECT);
        }
        return actions;
    }

    private MinutesQueries.Reader reader() {
        SignedInUser user = currentUser.require();
        Set<Long> chair = new HashSet<>();
        Set<Long> taker = new HashSet<>();
        Set<Long> review = new HashSet<>();
        for (MyBody body : memberships.myBodies()) {
            if (body.roles().stream().anyMatch(BodyRole::actsAsChair)) {
                chair.add(body.id());
            }
            if (body.roles().contains(BodyRole.MINUTE_TAKER)) {
                taker.add(body.id());
            }
            if (body.roles().stream().anyMatch(REVIEWERS::contains)) {
                review.add(body.id());
            }
        }
        return new MinutesQueries.Reader(user.personId(), today(), chair, taker, review);
    }

    private void requireItem(Minutes m, long itemId) {
        if (sections.find(m.id(), itemId).isEmpty() && content.read(m.meetingId()).state().items().stream()
                .noneMatch(i -> i.itemId() == itemId)) {
            throw new RecordNotFoundException("agenda item " + itemId);
        }
    }

    private Collection<Long> signers(long bodyId) {
        return memberships.currentPersonIds(bodyId, SIGNERS);
    }

    private Minutes load(long minutesId) {
        return repository.findById(minutesId).orElseThrow(() -> new RecordNotFoundException("minutes " + minutesId));
    }

    /** Loads for a change named against {@code version}; someone else's change in between is a conflict. */
    private Minutes load(long minutesId, long version) {
        Minutes m = load(minutesId);
        if (!permissions.may(BodyAction.READ_NON_PUBLIC, m.bodyId())) {
            throw new AccessDeniedException("minutes " + minutesId);
        }
        if (m.version() != version) {
            throw new EditConflictException("minutes " + minutesId, m.updatedByName(), null);
        }
        return m;
    }

    private void save(Minutes m) {
        m.savedBy(userName(), clock.instant());
        try {
            repository.save(m);
        } catch (OptimisticLockingFailureException e) {
            String changedBy = repository.findById(m.id()).map(Minutes::updatedByName).orElse(null);
            throw new EditConflictException("minutes " + m.id(), changedBy, e);
        }
    }

    private String userName() {
        return currentUser.get().map(SignedInUser::displayName).orElse(null);
    }

    private LocalDate today() {
        return clock.instant().atZone(Formats.ZONE).toLocalDate();
    }

    /** "Lenkrunde Lindenhain: 1. Sitzung, 09.12.2026" (with the edition from the second on). */
    static String label(Minutes m) {
        return m.bodyName() + ": " + m.meetingTitle() + ", " + Formats.date(m.meetingStartsAt())
                + (m.edition() > 1 ? " (" + m.edition() + ". Fassung)" : "");
    }

    static TypedReference reference(Minutes m) {
        return TypedReference.of(KIND, m.id(), "Niederschrift " + label(m), MeetingService.minutesRoute(m.meetingId()));
    }

    static Set<BodyRole> reviewers() {
        return REVIEWERS;
    }

    static Set<BodyRole> signerRoles() {
        return SIGNERS;
    }
}
