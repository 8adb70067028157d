package de.lenkrunde.bodies;

import java.time.LocalDate;

/** A row of a body's member list. */
public record MembershipListItem(long id, long version, long personId, String personName, String organisation,
                                 BodyRole role, boolean votingRight, Long onBehalfOfBodyId, String onBehalfOfName,
                                 LocalDate validFrom, LocalDate validTo, boolean current) {
}
