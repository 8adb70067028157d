package de.lenkrunde.meetings;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Someone invited with the last published revision: a member ({@code personId}, role from the body)
 * or a guest ({@code personId} null, name and address). {@code nonPublic}: receives the non-public part.
 * <p>
 * No {@code @Version} of its own: a child of its {@link Meeting}, written only by saving the meeting, whose
 * {@code @Version} guards concurrent edits (ADR 012).
 */
@Table("meeting_invitee")
class Invitee {

    /** Role of a guest invited by name and address; the others are {@link de.lenkrunde.bodies.BodyRole} names. */
    static final String EXTERNAL_GUEST = "EXTERNAL_GUEST";

    private Long personId;
    private String name;
    private String email;
    private String role;
    private boolean votingRight;
    private boolean nonPublic;

    @PersistenceCreator
    private Invitee() {
    }

    Invitee(Long personId, String name, String email, String role, boolean votingRight, boolean nonPublic) {
        this.personId = personId;
        this.name = name;
        this.email = email;
        this.role = role;
        this.votingRight = votingRight;
        this.nonPublic = nonPublic;
    }

    Long personId() {
        return personId;
    }

    String name() {
        return name;
    }

    String email() {
        return email;
    }

    String role() {
        return role;
    }

    boolean votingRight() {
        return votingRight;
    }

    boolean nonPublic() {
        return nonPublic;
    }
}
