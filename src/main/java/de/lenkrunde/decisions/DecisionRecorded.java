package de.lenkrunde.decisions;

import de.lenkrunde.proposals.DecisionOutcome;

import java.time.Instant;

/**
 * A decision was recorded in a meeting — also the new decision of a correction (Berichtigung), which then names the
 * decision it replaces in {@code correctsDecisionId}. Published in the recording transaction; Spring Modulith's JDBC
 * publication log hands it to {@code @ApplicationModuleListener}s after the commit and retries a failed one.
 * <p>
 * It carries what a listener needs to act without reading back: the text and the vote as decided (funding keeps them
 * with its request, so finance sees exactly what was decided), and the proposal the decision is about, if any.
 *
 * @param decisionId         the decision's id
 * @param number             its number, e.g. {@code LR-TEL-2026/014}
 * @param bodyId             the deciding body
 * @param meetingId          the meeting it was taken in
 * @param itemId             the agenda item ({@code itemId} of meetings) it was taken on
 * @param proposalId         the proposal decided on, or {@code null}
 * @param outcome            angenommen, geändert angenommen, abgelehnt, vertagt, zurückverwiesen
 * @param text               the decision's text as decided
 * @param vote               the vote result
 * @param decidedAt          when it was recorded
 * @param correctsDecisionId the decision this one corrects, or {@code null}
 */
public record DecisionRecorded(long decisionId, String number, long bodyId, long meetingId, long itemId, Long proposalId,
                               DecisionOutcome outcome, String text, Vote vote, Instant decidedAt, Long correctsDecisionId) {
}
