package de.lenkrunde.minutes;

import de.lenkrunde.audit.AuditTrail;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.bodies.MembershipService;
import de.lenkrunde.decisions.DecisionRecorded;
import de.lenkrunde.meetings.MeetingDetails;
import de.lenkrunde.meetings.MeetingService;
import de.lenkrunde.notifications.NotificationMessage;
import de.lenkrunde.notifications.Notifier;
import de.lenkrunde.people.SystemUser;
import de.lenkrunde.proposals.DecisionOutcome;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;

/**
 * Approval in a meeting (ADR 013): the body decides on the TOP "Genehmigung der Niederschrift" that
 * {@link MinutesSuggestions} offered (suggestion key {@code minutes:<id>}). When that decision is recorded
 * ({@link DecisionRecorded}, after the commit) and accepted, the minutes are approved, naming the decision, and the
 * meeting they record becomes MINUTES_APPROVED. Any other outcome leaves them released (audited). Minutes that cannot
 * be approved (not released, signatures voided by a later change) stay as they are, and the refusal is audited, so the
 * chair sees why in the minutes' history — an exception here would only be retried, never shown.
 * <p>
 * The listener has no signed-in user: it acts as the system ({@link SystemUser}); the decision was the chair's act,
 * checked by decisions when it was recorded.
 */
@Component
class MinutesApprovalListener {

    static final String KEY_PREFIX = "minutes:";

    private final MinutesRepository repository;
    private final MeetingService meetings;
    private final MembershipService memberships;
    private final Notifier notifier;
    private final AuditTrail audit;
    private final Clock clock;

    MinutesApprovalListener(MinutesRepository repository, MeetingService meetings, MembershipService memberships, Notifier notifier,
                            AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.meetings = meetings;
        this.memberships = memberships;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DecisionRecorded event) {
        SystemUser.call(() -> {
            decided(event);
            return null;
        });
    }

    void decided(DecisionRecorded event) {
        Optional<Long> minutesId = meetings.suggestionKey(event.meetingId(), event.itemId())
                .filter(key -> key.startsWith(KEY_PREFIX))
                .map(key -> Long.parseLong(key.substring(KEY_PREFIX.length())));
        if (minutesId.isEmpty()) {
            return;
        }
        Minutes minutes = repository.findById(minutesId.get()).orElse(null);
        if (minutes == null) {
            return;
        }
        boolean accepted = event.outcome() == DecisionOutcome.ACCEPTED || event.outcome() == DecisionOutcome.ACCEPTED_AMENDED;
        if (event.correctsDecisionId() != null && minutes.status() == MinutesStatus.APPROVED
                && event.correctsDecisionId().equals(minutes.approvalDecisionId())) {
            approvalCorrected(minutes, event, accepted);
            return;
        }
        if (!accepted) {
            audit.record("MINUTES_NOT_APPROVED", MinutesService.reference(minutes), event.number() + ": " + event.outcome());
            return;
        }
        try {
            minutes.approve(ApprovalMethod.MEETING, approvedBy(event), event.decisionId(), clock.instant());
        } catch (BusinessRuleException notApprovable) {
            audit.record("MINUTES_APPROVAL_REFUSED", MinutesService.reference(minutes), event.number() + ": " + notApprovable.messageKey());
            return;
        }
        minutes.savedBy("System", clock.instant());
        repository.save(minutes);
        meetings.minutesApproved(minutes.meetingId());
        audit.record("MINUTES_APPROVED", MinutesService.reference(minutes), "decision " + event.number());
        notifier.notify(memberships.currentPersonIds(minutes.bodyId(), MinutesService.reviewers()),
                NotificationMessage.of("minutes.notification.approved", MinutesService.label(minutes)), MinutesService.reference(minutes));
    }

    /**
     * The approving decision was corrected (Berichtigung, possible until the approving meeting's own minutes are
     * approved). Still accepted: the approval names the correction. Any other outcome: the approval is withdrawn —
     * the minutes are released again, the meeting is closed again — and the reviewers are told.
     */
    private void approvalCorrected(Minutes minutes, DecisionRecorded event, boolean accepted) {
        try {
            if (accepted) {
                minutes.approvalDecisionCorrected(event.decisionId(), approvedBy(event));
            } else {
                minutes.withdrawApproval();
            }
        } catch (BusinessRuleException notWithdrawable) {
            audit.record("MINUTES_APPROVAL_NOT_WITHDRAWN", MinutesService.reference(minutes), event.number() + ": " + notWithdrawable.messageKey());
            return;
        }
        minutes.savedBy("System", clock.instant());
        repository.save(minutes);
        if (accepted) {
            audit.record("MINUTES_APPROVAL_CORRECTED", MinutesService.reference(minutes), "decision " + event.number() + " corrected");
            return;
        }
        meetings.minutesApprovalWithdrawn(minutes.meetingId());
        audit.record("MINUTES_APPROVAL_WITHDRAWN", MinutesService.reference(minutes), event.number() + " corrected: " + event.outcome());
        notifier.notify(memberships.currentPersonIds(minutes.bodyId(), MinutesService.reviewers()),
                NotificationMessage.of("minutes.notification.approvalWithdrawn", MinutesService.label(minutes), event.number()),
                MinutesService.reference(minutes));
    }

    private String approvedBy(DecisionRecorded event) {
        MeetingDetails approving = meetings.get(event.meetingId());
        return "Beschluss " + event.number() + " (" + approving.data().title() + ", " + Formats.date(approving.startsAt()) + ")";
    }
}
