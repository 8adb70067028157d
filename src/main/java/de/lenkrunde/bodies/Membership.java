package de.lenkrunde.bodies;

import de.lenkrunde.base.validation.InvalidInputException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;

/**
 * A person in a body for a period. Ending a membership sets its end date and keeps it, so the body's
 * history stays readable; a role change ends one membership and starts the next.
 */
@Table("membership")
class Membership {

    @Id
    private Long id;
    @Version
    private Long version;
    private Long bodyId;
    private Long personId;
    private BodyRole role;
    private boolean votingRight;
    private Long onBehalfOfBodyId;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String endReason;

    @PersistenceCreator
    private Membership() {
    }

    Membership(long bodyId, MembershipData data) {
        this.bodyId = bodyId;
        this.personId = data.personId();
        apply(data);
    }

    /** Corrections of role, voting right, representation and period. */
    void apply(MembershipData data) {
        if (data.votingRight() && !data.role().mayHaveVotingRight()) {
            throw InvalidInputException.of("votingRight", "membership.rule.noVote");
        }
        if (data.validTo() != null && data.validTo().isBefore(data.validFrom())) {
            throw InvalidInputException.of("validTo", "membership.rule.endBeforeStart");
        }
        this.role = data.role();
        this.votingRight = data.votingRight();
        this.onBehalfOfBodyId = data.onBehalfOfBodyId();
        this.validFrom = data.validFrom();
        this.validTo = data.validTo();
    }

    /** Ends the membership on {@code lastDay}; the record stays as history. */
    void end(LocalDate lastDay, String reason) {
        if (lastDay.isBefore(validFrom)) {
            throw InvalidInputException.of("validTo", "membership.rule.endBeforeStart");
        }
        if (validTo != null && validTo.isBefore(lastDay)) {
            throw InvalidInputException.of("validTo", "membership.rule.alreadyEnded");
        }
        this.validTo = lastDay;
        this.endReason = reason;
    }

    boolean isCurrentOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    /** Whether the two periods share at least one day. */
    boolean overlaps(LocalDate from, LocalDate to) {
        boolean startsBeforeOtherEnds = to == null || !validFrom.isAfter(to);
        boolean endsAfterOtherStarts = validTo == null || !validTo.isBefore(from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    MembershipData data() {
        return new MembershipData(personId, role, votingRight, onBehalfOfBodyId, validFrom, validTo);
    }

    Long id() {
        return id;
    }

    Long version() {
        return version;
    }

    long bodyId() {
        return bodyId;
    }

    long personId() {
        return personId;
    }

    BodyRole role() {
        return role;
    }
}
