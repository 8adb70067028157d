package de.lenkrunde.meetings;

import de.lenkrunde.base.TypedReference;
import de.lenkrunde.proposals.ProposalService;
import de.lenkrunde.proposals.ProposalStatus;
import de.lenkrunde.proposals.UnscheduleReason;
import org.springframework.stereotype.Component;

import java.util.Objects;

/** The proposals on an agenda: what happens to them when their item leaves it, before or in the meeting. */
@Component
class AgendaProposals {

    private final ProposalService proposals;

    AgendaProposals(ProposalService proposals) {
        this.proposals = proposals;
    }

    /**
     * Returns the proposal of an item that leaves this agenda to SUBMITTED — unless it has left the agenda on its
     * own meanwhile: withdrawn by its group or returned by the body (both allowed while SCHEDULED, DESIGN.md §3),
     * or, returned and submitted again, scheduled for another meeting.
     *
     * @param meeting the typed reference to the meeting, named in the proposal's timeline
     */
    void unscheduleIfHere(long proposalId, UnscheduleReason why, String reason, TypedReference meeting) {
        if (proposals.get(proposalId).status() != ProposalStatus.SCHEDULED) {
            return;
        }
        boolean scheduledHere = proposals.timeline(proposalId).stream()
                .filter(entry -> "SCHEDULE".equals(entry.action()))
                .findFirst()
                .map(entry -> entry.cause() != null && MeetingService.KIND.equals(entry.cause().kind())
                        && Objects.equals(entry.cause().id(), meeting.id()))
                .orElse(false);
        if (scheduledHere) {
            proposals.unschedule(proposalId, why, reason, meeting);
        }
    }
}
