package de.lenkrunde.proposals;

import de.lenkrunde.base.TypedReference;

import java.time.Instant;
import java.util.List;

/**
 * One line of a case record's timeline: when, who, what (kind and action), from → to, reason, and the
 * cause as a typed reference (meeting, decision, funding request …). {@code arguments} fill the plain
 * German sentence the view writes for the action (e.g. the group and body names of a submission).
 */
public record TimelineEntry(long id, Instant occurredAt, Long actorPersonId, String actorName, Kind kind, String action,
                            ProposalStatus fromStatus, ProposalStatus toStatus, String reason, List<String> arguments,
                            TypedReference cause) {

    /** PROGRESS: a step of an action item implementing the proposal (told by actions). */
    public enum Kind { CREATED, TRANSITION, EDIT, COMMENT, FORWARD, ATTACHMENT, PROGRESS }
}
