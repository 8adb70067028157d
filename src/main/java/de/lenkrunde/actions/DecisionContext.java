package de.lenkrunde.actions;

import de.lenkrunde.decisions.DecisionView;
import de.lenkrunde.decisions.MotionView;
import de.lenkrunde.proposals.ProposalStatus;
import de.lenkrunde.proposals.TimelineEntry;

import java.time.Instant;
import java.util.List;

/**
 * A decision with its context for the decision page: the revision asked for ({@code decision}), the current one,
 * every revision (first recorded first), the meeting and TOP, the motions on the TOP, the proposal with its status now
 * and its timeline, newest first — where action progress and the funding outcome show ({@code proposalId}
 * {@code null} and the timeline empty when there is none) — and the action items.
 */
public record DecisionContext(DecisionView decision, DecisionView current, List<DecisionView> history, String bodyName,
                              String meetingTitle, Instant meetingStartsAt, String meetingRoute, List<MotionView> motions,
                              Long proposalId, String proposalNumber, String proposalTitle, ProposalStatus proposalStatus,
                              String proposalRoute, List<TimelineEntry> proposalTimeline, List<ActionItemView> actionItems) {
}
