package de.lenkrunde.decisions;

import de.lenkrunde.audit.AuditTrail;
import de.lenkrunde.base.TypedReference;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.bodies.AgendaItemKind;
import de.lenkrunde.bodies.BodyAction;
import de.lenkrunde.bodies.BodyService;
import de.lenkrunde.bodies.Permissions;
import de.lenkrunde.meetings.AgendaItemState;
import de.lenkrunde.meetings.AttendanceEntry;
import de.lenkrunde.meetings.MeetingRunService;
import de.lenkrunde.meetings.MeetingStatus;
import de.lenkrunde.meetings.Quorum;
import de.lenkrunde.meetings.RunItem;
import de.lenkrunde.meetings.RunState;
import de.lenkrunde.people.CurrentUser;
import de.lenkrunde.people.SignedInUser;
import de.lenkrunde.proposals.DecisionOutcome;
import de.lenkrunde.proposals.ProposalDetails;
import de.lenkrunde.proposals.ProposalService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decisions and motions of a running meeting (DESIGN.md §3, ADR 014). The chair and deputy
 * ({@link BodyAction#RUN_MEETING}) record them while the meeting is IN_PROGRESS; a decision gets the next gapless
 * number of its body and year, applies its outcome to the proposal in the same transaction (a direct call to
 * proposals) and publishes {@link DecisionRecorded}, which Spring Modulith hands to the listeners above after the
 * commit. Until the minutes are approved the chair may correct a decision (Berichtigung): the correction is a new
 * revision under the same number, the original stays readable, and the proposal follows.
 * <p>
 * Reading follows the meeting: whoever may read the meeting reads the decisions of the items they see (non-public
 * items only for the body's insiders, as in meetings).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class DecisionService {

    /** The kind of {@link TypedReference} naming a decision. */
    public static final String KIND = "DECISION";

    private final DecisionRepository decisions;
    private final MotionRepository motions;
    private final DecisionNumbers numbers;
    private final MeetingRunService run;
    private final ProposalService proposals;
    private final BodyService bodies;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecisionService(DecisionRepository decisions, MotionRepository motions, DecisionNumbers numbers, MeetingRunService run,
                    ProposalService proposals, BodyService bodies, Permissions permissions, CurrentUser currentUser,
                    AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.decisions = decisions;
        this.motions = motions;
        this.numbers = numbers;
        this.run = run;
        this.proposals = proposals;
        this.bodies = bodies;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------------------

    /** The console's starting point for the item's decision form (for those who may see the item). */
    @Transactional(readOnly = true)
    public DecisionDraft draft(long meetingId, long itemId) {
        RunState state = run.state(meetingId);
        RunItem item = visibleItem(state, itemId);
        List<Motion> itemMotions = motions.findByItemIdOrderByRecordedAtAscIdAsc(itemId);
        Optional<String> amendedText = lastAmendment(itemMotions);
        String suggested = amendedText.orElseGet(() -> proposalText(item.proposalId()));
        DecisionView current = currentDecision(itemId).map(Decision::view).orElse(null);
        boolean mayRecord = state.status() == MeetingStatus.IN_PROGRESS && permissions.may(BodyAction.RUN_MEETING, state.bodyId())
                && item.kind() == AgendaItemKind.DECISION;
        return new DecisionDraft(meetingId, itemId, item.number(), item.title(), item.kind(), item.proposalId(), item.proposalLabel(),
                suggested, amendedText.isPresent(), run.quorum(meetingId, itemId), outcomesFor(item), current, mayRecord);
    }

    /** The meeting's decisions on the items the reader sees, as recorded, corrections included, in order of recording. */
    @Transactional(readOnly = true)
    public List<DecisionView> ofMeeting(long meetingId) {
        RunState state = run.state(meetingId);
        return decisions.findByMeetingIdOrderByDecidedAtAscIdAsc(meetingId).stream()
                .filter(d -> visible(state, d)).map(Decision::view).toList();
    }

    /**
     * The current decisions on the public items of a published meeting, for the projector in the room (its caller
     * checked the projector link's token, as for {@link MeetingRunService#publicState}). Empty for anything else.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<DecisionView> publicOfMeeting(long meetingId) {
        return run.publicState(meetingId).map(state -> decisions.findByMeetingIdOrderByDecidedAtAscIdAsc(meetingId).stream()
                .filter(d -> d.supersededById() == null && !d.nonPublic())
                .filter(d -> state.items().stream().anyMatch(i -> i.itemId() == d.itemId()))
                .map(Decision::view).toList()).orElse(List.of());
    }

    /** One decision, for readers of its meeting (non-public items only for insiders). */
    @Transactional(readOnly = true)
    public DecisionView get(long decisionId) {
        Decision decision = readable(decisionId);
        return decision.view();
    }

    /** The decision with its corrections, first recorded first (the same number throughout). */
    @Transactional(readOnly = true)
    public List<DecisionView> history(long decisionId) {
        Decision decision = readable(decisionId);
        return decisions.findByItemIdOrderByRevision(decision.itemId()).stream().map(Decision::view).toList();
    }

    /** The motions on an item, oldest first. */
    @Transactional(readOnly = true)
    public List<MotionView> motions(long meetingId, long itemId) {
        visibleItem(run.state(meetingId), itemId);
        return motions.findByItemIdOrderByRecordedAtAscIdAsc(itemId).stream().map(Motion::view).toList();
    }

    /** The meeting's motions on the items the reader sees, oldest first (for the minutes). */
    @Transactional(readOnly = true)
    public List<MotionView> motionsOfMeeting(long meetingId) {
        RunState state = run.state(meetingId);
        return motions.findByMeetingIdOrderByRecordedAtAscIdAsc(meetingId).stream()
                .filter(m -> state.items().stream().anyMatch(i -> i.itemId() == m.view().itemId()))
                .map(Motion::view).toList();
    }

    // ---- recording ------------------------------------------------------------------------------------------

    /**
     * Records the decision on a Beschluss item of the running meeting. The checks come first (text, outcome fitting
     * the item, vote against the voting members present and not biased, quorum or a reason to override it); then the
     * body's counter row is locked, which serialises the recordings of the body: a second recording on the same item
     * (a double click, or chair and deputy at once) finds the first and is refused; recordings on other items get
     * consecutive numbers. READ COMMITTED, so the locked reads see what was committed a moment ago (ADR 011).
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public DecisionView record(long meetingId, long itemId, DecisionData data) {
        RunState state = run.state(meetingId);
        permissions.require(BodyAction.RUN_MEETING, state.bodyId());
        if (state.status() != MeetingStatus.IN_PROGRESS) {
            throw new BusinessRuleException("decision.rule.meetingNotRunning");
        }
        RunItem item = visibleItem(state, itemId);
        checkItem(item, data);
        Quorum quorum = run.quorum(meetingId, itemId);
        Instant now = clock.instant();
        Decision decision = Decision.record(new Decision.Subject(state.bodyId(), meetingId, itemId, item.number(), item.title(),
                item.nonPublic(), item.proposalId()), data, quorum.votingPresent(), quorum.reached(), recorder(now));

        int year = now.atZone(Formats.ZONE).getYear();
        int last = numbers.lock(state.bodyId(), year);
        currentDecision(itemId).ifPresent(existing -> {
            throw new BusinessRuleException("decision.rule.alreadyDecided", existing.number());
        });
        int sequence = numbers.take(state.bodyId(), year, last);
        decision.numbered(DecisionNumbers.format(shortCode(state.bodyId()), year, sequence), year, sequence);
        decision = save(decision);

        TypedReference reference = reference(decision, state);
        if (item.proposalId() != null) {
            proposals.applyDecision(item.proposalId(), decision.outcome(), decision.reason(), reference);
        }
        if (decision.outcome() == DecisionOutcome.DEFERRED && item.state() == AgendaItemState.OPEN) {
            // vertagt: the item returns for the next agenda (carry-over); its proposal already waits again
            run.deferItem(meetingId, run.state(meetingId).version(), itemId, decision.reason());
        }
        audit.record("DECISION_RECORDED", reference, describe(decision));
        publish(decision);
        return decision.view();
    }

    /**
     * Berichtigung: corrects a decision until the meeting's minutes are approved, with a reason. The correction is a
     * new revision under the same number, checked like a new decision against the vote's original circumstances
     * (those entitled then); the original stays as it was, marked superseded. The proposal takes the corrected
     * outcome's state. {@code version}: the decision's version as the chair saw it.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public DecisionView correct(long decisionId, long version, DecisionData data, String correctionReason) {
        Decision original = readable(decisionId);
        RunState state = run.state(original.meetingId());
        permissions.require(BodyAction.RUN_MEETING, original.bodyId());
        if (state.status() == MeetingStatus.MINUTES_APPROVED) {
            throw new BusinessRuleException("decision.rule.minutesApproved", original.number());
        }
        if (original.version() != version) {
            throw new EditConflictException("decision " + decisionId, null, null);
        }
        if (data.outcome() == DecisionOutcome.REFERRED_BACK && original.proposalId() == null) {
            throw InvalidInputException.of("outcome", "decision.outcome.referralNeedsProposal");
        }
        Instant now = clock.instant();
        Decision correction = original.correctedBy(data, correctionReason, recorder(now));
        correction = save(correction);
        original.supersededBy(correction.id());
        save(original);

        TypedReference reference = reference(correction, state);
        if (original.proposalId() != null) {
            proposals.correctDecision(original.proposalId(), correction.outcome(), correction.reason(), reference);
        }
        audit.record("DECISION_CORRECTED", reference, describe(correction) + "; corrects revision " + original.revision()
                + " (" + original.outcome() + "): " + correctionReasonOf(correction));
        publish(correction);
        return correction.view();
    }

    /**
     * Records a motion on an item of the running meeting, with its outcome and vote. An accepted amendment's wording
     * becomes the text the decision form offers.
     */
    public MotionView recordMotion(long meetingId, long itemId, MotionData data) {
        RunState state = run.state(meetingId);
        permissions.require(BodyAction.RUN_MEETING, state.bodyId());
        if (state.status() != MeetingStatus.IN_PROGRESS) {
            throw new BusinessRuleException("decision.rule.meetingNotRunning");
        }
        RunItem item = visibleItem(state, itemId);
        if (data.kind() == MotionKind.AMENDMENT && item.kind() != AgendaItemKind.DECISION) {
            throw InvalidInputException.of("kind", "decision.motion.amendmentNeedsDecisionItem");
        }
        String mover = moverName(meetingId, data);
        Quorum quorum = run.quorum(meetingId, itemId);
        Motion motion = Motion.record(new Decision.Subject(state.bodyId(), meetingId, itemId, item.number(), item.title(),
                item.nonPublic(), item.proposalId()), data, mover, quorum.votingPresent(), recorder(clock.instant()));
        motion = motions.save(motion);
        MotionView view = motion.view();
        audit.record("MOTION_RECORDED", meetingReference(state), "TOP " + item.number() + ": " + view.kind()
                + (view.proceduralKind() == null ? "" : "/" + view.proceduralKind()) + " by " + view.moverName() + " -> " + view.outcome());
        events.publishEvent(new MotionRecorded(meetingId, itemId, motion.view().id()));
        return view;
    }

    // ---- rules and helpers ----------------------------------------------------------------------------------

    private void checkItem(RunItem item, DecisionData data) {
        if (item.kind() != AgendaItemKind.DECISION) {
            throw new BusinessRuleException("decision.rule.notDecisionItem", item.number());
        }
        if (item.state() == AgendaItemState.WITHDRAWN || item.state() == AgendaItemState.DEFERRED) {
            throw new BusinessRuleException("decision.rule.itemNotHeld", item.number());
        }
        if (data.outcome() != null && !outcomesFor(item).contains(data.outcome())) {
            throw InvalidInputException.of("outcome", "decision.outcome.notForItem");
        }
        if (data.outcome() == DecisionOutcome.ACCEPTED_AMENDED && item.proposalId() != null) {
            String original = proposalText(item.proposalId());
            boolean amendment = lastAmendment(motions.findByItemIdOrderByRecordedAtAscIdAsc(item.itemId())).isPresent();
            if (!amendment && original != null && Objects.equals(original.strip(), InputText.strip(data.text()))) {
                throw InvalidInputException.of("outcome", "decision.outcome.amendedWithoutChange");
            }
        }
    }

    /** Zurückverwiesen needs a proposal to send back; everything else fits every Beschluss item. */
    private static List<DecisionOutcome> outcomesFor(RunItem item) {
        if (item.kind() != AgendaItemKind.DECISION) {
            return List.of();
        }
        return Arrays.stream(DecisionOutcome.values())
                .filter(o -> o != DecisionOutcome.REFERRED_BACK || item.proposalId() != null).toList();
    }

    private static Optional<String> lastAmendment(List<Motion> itemMotions) {
        String text = null;
        for (Motion motion : itemMotions) {
            if (motion.changesDecisionText()) {
                text = motion.newText();
            }
        }
        return Optional.ofNullable(text);
    }

    private String proposalText(Long proposalId) {
        if (proposalId == null) {
            return null;
        }
        try {
            ProposalDetails proposal = proposals.get(proposalId);
            return proposal.data().decisionProposal();
        } catch (RecordNotFoundException notReadable) {
            return null;
        }
    }

    private String moverName(long meetingId, MotionData data) {
        if (data.moverPersonId() == null) {
            return data.moverName();
        }
        return run.attendance(meetingId).stream().filter(a -> Objects.equals(a.personId(), data.moverPersonId()))
                .map(AttendanceEntry::name).findFirst()
                .orElseThrow(() -> new InvalidInputException(List.of(FieldError.of("mover", "decision.motion.moverNotListed"))));
    }

    private Optional<Decision> currentDecision(long itemId) {
        return decisions.findByItemIdOrderByRevision(itemId).stream().filter(d -> d.supersededById() == null).findFirst();
    }

    private static RunItem visibleItem(RunState state, long itemId) {
        return state.items().stream().filter(i -> i.itemId() == itemId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("agenda item " + itemId));
    }

    private static boolean visible(RunState state, Decision decision) {
        return state.items().stream().anyMatch(i -> i.itemId() == decision.itemId());
    }

    private Decision readable(long decisionId) {
        Decision decision = decisions.findById(decisionId).orElseThrow(() -> new RecordNotFoundException("decision " + decisionId));
        RunState state = run.state(decision.meetingId());
        if (!visible(state, decision)) {
            throw new RecordNotFoundException("decision " + decisionId);
        }
        return decision;
    }

    private Decision save(Decision decision) {
        try {
            return decisions.save(decision);
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            throw new EditConflictException("decision " + decision.number(), null, e);
        }
    }

    private String shortCode(long bodyId) {
        String code = bodies.get(bodyId).data().shortCode();
        return code == null || code.isBlank() ? "G" + bodyId : code;
    }

    private Decision.Recorder recorder(Instant now) {
        SignedInUser user = currentUser.get().orElse(null);
        return new Decision.Recorder(user == null || user.personId() == 0 ? null : user.personId(),
                user == null ? null : user.displayName(), now);
    }

    private void publish(Decision decision) {
        events.publishEvent(new DecisionRecorded(decision.id(), decision.number(), decision.bodyId(), decision.meetingId(),
                decision.itemId(), decision.proposalId(), decision.outcome(), decision.text(), decision.vote(), decision.decidedAt(),
                decision.correctsDecisionId()));
    }

    /** The decision as other modules name it: its number and meeting date; it opens the decision's page. */
    private static TypedReference reference(Decision decision, RunState state) {
        return TypedReference.of(KIND, decision.id(), decision.number() + " (" + state.title() + ", "
                + Formats.date(state.startsAt()) + ")", route(decision.id()));
    }

    /** The route of a decision's page. */
    public static String route(long decisionId) {
        return "beschluesse/" + decisionId;
    }

    private static TypedReference meetingReference(RunState state) {
        return TypedReference.of("MEETING", state.meetingId(), state.title(), "sitzungen/" + state.meetingId());
    }

    private static String describe(Decision decision) {
        Vote vote = decision.vote();
        String votes = switch (vote.method()) {
            case COUNTED -> vote.yes() + "/" + vote.no() + "/" + vote.abstain();
            case UNANIMOUS -> "einstimmig";
            case CONSENSUS -> "Konsens";
        };
        return decision.number() + (decision.revision() > 0 ? " rev " + decision.revision() : "") + " " + decision.outcome()
                + " (" + votes + ")";
    }

    private static String correctionReasonOf(Decision correction) {
        return correction.view().correctionReason();
    }
}
