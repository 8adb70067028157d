package de.lenkrunde.meetings;

import de.lenkrunde.bodies.BodyType;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A meeting as its reader may see it: {@code agenda} holds the non-public items only when
 * {@code nonPublicVisible}; {@code invitees} and {@code guests} only for those who plan the meeting.
 */
public record MeetingDetails(long id, long version, long bodyId, String bodyName, BodyType bodyType, MeetingData data,
                             MeetingStatus status, Instant startsAt, Instant endsAt, int noticePeriodDays, int agendaRevision,
                             boolean amendmentPending, Instant publishedAt, boolean shortNotice, String cancelReason,
                             Instant cancelledAt, List<AgendaEntry> agenda, boolean nonPublicVisible, int plannedMinutes,
                             List<MeetingData.Guest> guests, List<InviteeInfo> invitees, Set<MeetingAction> actions,
                             String updatedByName) {

    public boolean may(MeetingAction action) {
        return actions.contains(action);
    }

    /** Where the agenda's planned minutes end, counted from the start. */
    public Instant plannedAgendaEnd() {
        return startsAt.plusSeconds(plannedMinutes * 60L);
    }

    /** Minutes the agenda runs over the planned end (0 when it fits). */
    public long overrunMinutes() {
        return Math.max(0, java.time.Duration.between(endsAt, plannedAgendaEnd()).toMinutes());
    }
}
