package de.lenkrunde.meetings;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A guest the chair invites by name and e-mail address. No {@code @Version} of its own: a child of its
 * {@link Meeting}, written only by saving the meeting, whose {@code @Version} guards concurrent edits (ADR 012).
 */
@Table("meeting_guest")
class MeetingGuest {

    private String name;
    private String email;

    @PersistenceCreator
    private MeetingGuest() {
    }

    MeetingGuest(MeetingData.Guest guest) {
        this.name = guest.name();
        this.email = guest.email();
    }

    MeetingData.Guest data() {
        return new MeetingData.Guest(name, email);
    }
}
