package de.lenkrunde.meetings;

import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.InvalidInputException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/**
 * One person's attendance in a meeting: a small aggregate of its own (with its own version), so that the
 * minute-taker's check-ins do not collide with the chair moving through the agenda of the {@link Meeting}.
 * Guests never vote; a registered member without a vote of their own may stand in for an absent voting member
 * (Stellvertretung).
 */
@Table("meeting_attendance")
class Attendance {

    static final int MAX_NAME = 200;

    @Id
    private Long id;
    @Version
    private Long version;
    private long meetingId;
    private Long personId;
    private String name;
    private String role;
    private boolean votingRight;
    private boolean guest;
    /** A guest added in the meeting, not one of the invitees. */
    private boolean onTheSpot;
    private AttendanceStatus status;
    private Instant arrivedAt;
    private Instant leftAt;
    /** The absent voting member's entry this person stands in for. */
    private Long substituteForId;
    private Instant updatedAt;
    private String updatedByName;

    @PersistenceCreator
    private Attendance() {
    }

    Attendance(long meetingId, Long personId, String name, String role, boolean votingRight, boolean guest, Instant now) {
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("name", "validation.required");
        }
        if (name.strip().length() > MAX_NAME) {
            throw InvalidInputException.of("name", "validation.maxLength");
        }
        if (guest && votingRight) {
            throw new BusinessRuleException("meeting.rule.guestNoVote", name.strip());
        }
        this.meetingId = meetingId;
        this.personId = personId;
        this.name = name.strip();
        this.role = role;
        this.votingRight = votingRight;
        this.guest = guest;
        this.status = AttendanceStatus.EXPECTED;
        this.updatedAt = now;
    }

    /** An invitee as the invitation named them: expected until checked in. */
    static Attendance of(long meetingId, Invitee invitee, Instant now) {
        boolean guest = invitee.personId() == null || "GUEST".equals(invitee.role());
        return new Attendance(meetingId, invitee.personId(), invitee.name(), invitee.role(), invitee.votingRight() && !guest, guest, now);
    }

    /** A guest who came without invitation: present from now on, never voting. */
    static Attendance guestOnTheSpot(long meetingId, String name, Instant now) {
        Attendance guest = new Attendance(meetingId, null, name, Invitee.EXTERNAL_GUEST, false, true, now);
        guest.onTheSpot = true;
        guest.mark(AttendanceStatus.PRESENT, now);
        return guest;
    }

    /**
     * PRESENT (arrival now, unless known; back after leaving), LEFT (only from PRESENT: leaving now), or EXCUSED,
     * ABSENT, EXPECTED — a correction that forgets arrival and leaving.
     */
    void mark(AttendanceStatus newStatus, Instant now) {
        switch (newStatus) {
            case PRESENT -> {
                if (arrivedAt == null) {
                    arrivedAt = now;
                }
                leftAt = null;
            }
            case LEFT -> {
                if (status != AttendanceStatus.PRESENT) {
                    throw new BusinessRuleException("meeting.rule.leaveNotPresent", name);
                }
                leftAt = now;
            }
            case EXCUSED, ABSENT, EXPECTED -> {
                arrivedAt = null;
                leftAt = null;
            }
        }
        this.status = newStatus;
    }

    /**
     * This person stands in for {@code absent}, a voting member who is not present, and is present from now on.
     * Refused for a guest (guests never vote), for someone with a vote of their own, and for a present or
     * non-voting member.
     */
    void standIn(Attendance absent, Instant now) {
        if (guest) {
            throw new BusinessRuleException("meeting.rule.guestNoVote", name);
        }
        if (votingRight) {
            throw new BusinessRuleException("meeting.rule.substituteHasOwnVote", name);
        }
        if (absent.guest || !absent.votingRight) {
            throw new BusinessRuleException("meeting.rule.substituteNotVoting", absent.name);
        }
        if (absent.status == AttendanceStatus.PRESENT) {
            throw new BusinessRuleException("meeting.rule.substituteForPresent", absent.name);
        }
        if (substituteForId != null && !substituteForId.equals(absent.id)) {
            throw new BusinessRuleException("meeting.rule.alreadySubstituting", name);
        }
        this.substituteForId = absent.id;
        if (status != AttendanceStatus.PRESENT) {
            mark(AttendanceStatus.PRESENT, now);
        }
    }

    /** The member stood in for is back: the substitute no longer votes for them (and stays, without a vote). */
    void endSubstitution() {
        this.substituteForId = null;
    }

    void savedBy(String userName, Instant now) {
        this.updatedByName = userName;
        this.updatedAt = now;
    }

    Long id() {
        return id;
    }

    long version() {
        return version == null ? 0 : version;
    }

    long meetingId() {
        return meetingId;
    }

    Long personId() {
        return personId;
    }

    String name() {
        return name;
    }

    String role() {
        return role;
    }

    boolean votingRight() {
        return votingRight;
    }

    boolean guest() {
        return guest;
    }

    boolean onTheSpot() {
        return onTheSpot;
    }

    AttendanceStatus status() {
        return status;
    }

    boolean present() {
        return status == AttendanceStatus.PRESENT;
    }

    Instant arrivedAt() {
        return arrivedAt;
    }

    Instant leftAt() {
        return leftAt;
    }

    Long substituteForId() {
        return substituteForId;
    }

    String updatedByName() {
        return updatedByName;
    }
}
