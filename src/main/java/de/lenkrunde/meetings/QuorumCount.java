package de.lenkrunde.meetings;

import de.lenkrunde.bodies.QuorumRule;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The arithmetic of the quorum, on its own so it can be checked without a database. Every invited member with a
 * vote holds a seat. A seat counts as present when its holder is present, or when a present substitute stands in
 * for its absent holder. A member biased for the item (befangen) takes no part in it: their seat counts neither
 * among the voting members nor among those present; a biased substitute does not fill the seat they stand in for.
 * Guests and members without a vote hold no seat.
 */
final class QuorumCount {

    private QuorumCount() {
    }

    /**
     * One row of the attendance list as the count sees it.
     *
     * @param entryId       the row's id
     * @param personId      the person (null for guests invited by address or added on the spot)
     * @param votingRight   holds a seat (an invited member with a vote)
     * @param guest         a guest: never holds a seat
     * @param present       present now
     * @param substituteFor the entry id of the absent member this person stands in for, or null
     */
    record Attendee(long entryId, Long personId, boolean votingRight, boolean guest, boolean present, Long substituteFor) {

        static Attendee of(Attendance attendance) {
            return new Attendee(attendance.id() == null ? 0 : attendance.id(), attendance.personId(), attendance.votingRight(),
                    attendance.guest(), attendance.present(), attendance.substituteForId());
        }
    }

    static Quorum of(QuorumRule rule, Collection<Attendee> attendees, Set<Long> biasedPersons) {
        Map<Long, Attendee> standingIn = new HashMap<>();
        for (Attendee attendee : attendees) {
            if (attendee.substituteFor() != null && attendee.present() && !attendee.guest() && !biased(attendee, biasedPersons)) {
                standingIn.putIfAbsent(attendee.substituteFor(), attendee);
            }
        }
        int members = 0;
        int present = 0;
        for (Attendee attendee : attendees) {
            if (!attendee.votingRight() || attendee.guest() || biased(attendee, biasedPersons)) {
                continue;
            }
            members++;
            if (attendee.present() || standingIn.containsKey(attendee.entryId())) {
                present++;
            }
        }
        int required = rule.requiredPresent(members);
        return new Quorum(members, present, required, rule.isMet(members, present));
    }

    private static boolean biased(Attendee attendee, Set<Long> biasedPersons) {
        return attendee.personId() != null && biasedPersons.contains(attendee.personId());
    }
}
