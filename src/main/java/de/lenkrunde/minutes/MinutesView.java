package de.lenkrunde.minutes;

import de.lenkrunde.actions.ActionItemView;
import de.lenkrunde.decisions.DecisionView;
import de.lenkrunde.decisions.MotionView;
import de.lenkrunde.meetings.AgendaItemState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One edition of a meeting's minutes as its reader may see it, with every element §93 VwVfG asks for: place, date,
 * start and end, chair and minute-taker, attendance, the agenda as held, per TOP the text, motions, decisions with
 * their votes and action items. {@code withNonPublic}: the members' version (non-public TOPs and the review included);
 * otherwise the public version of approved minutes. {@code actions}: what the reader may do now.
 */
public record MinutesView(long id, long version, long meetingId, long bodyId, String bodyName, String meetingTitle,
                          Instant meetingStartsAt, int edition, Long previousId, Long supersededById, String correctionReason,
                          MinutesStatus status, String place, Instant startedAt, Instant endedAt, String chairName,
                          String minuteTakerName, Signature chairSignature, Signature takerSignature, Instant signaturesVoidedAt,
                          Instant releasedAt, LocalDate reviewUntil, boolean reviewOpen, Circulation circulation,
                          Approval approval, AttendanceSummary attendance, List<Item> items, boolean withNonPublic,
                          Set<MinutesAction> actions) {

    public boolean may(MinutesAction action) {
        return actions.contains(action);
    }

    public boolean signed() {
        return chairSignature != null && takerSignature != null;
    }

    /** A signature: who, when. */
    public record Signature(String name, Instant at) {
    }

    /** How and when the body approved; {@code by}: e.g. the decision number and meeting, or "Umlaufverfahren". */
    public record Approval(ApprovalMethod method, String by, Instant at, Long decisionId) {
    }

    /** A circulation procedure with the answers so far; {@code myTurn}: the reader is asked and has not answered. */
    public record Circulation(CirculationState state, LocalDate until, List<Consent> consents, boolean myTurn) {
    }

    /** One voting member's answer in a circulation ({@code consent} null: not answered yet). */
    public record Consent(long personId, String name, Boolean consent, String reason, Instant answeredAt) {
    }

    /** One line of the attendance: name, role, and a note (arrival, leaving, standing in for …). */
    public record Attendee(String name, String role, boolean votingRight, Instant arrivedAt, Instant leftAt, String substituteFor) {
    }

    /** Members present (with substitutes), excused, absent, and guests. */
    public record AttendanceSummary(List<Attendee> present, List<Attendee> excused, List<Attendee> absent, List<Attendee> guests) {
    }

    /**
     * One TOP as held: state (done, withdrawn, deferred), urgent with reason, the minutes' text (Markdown, with its
     * version for saving), the members biased on it, motions, decisions (current ones; {@code revision > 0}: corrected),
     * action items, and the review's comments.
     */
    public record Item(long itemId, String number, int depth, String title, boolean nonPublic, AgendaItemState state,
                       boolean urgent, String urgentReason, String stateReason, String proposalLabel, String text,
                       long textVersion, String textUpdatedBy, List<String> biased, List<MotionView> motions,
                       List<DecisionView> decisions, List<ActionItemView> actionItems, List<ReviewComment> comments) {
    }
}
