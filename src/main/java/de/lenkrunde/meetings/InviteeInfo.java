package de.lenkrunde.meetings;

/**
 * Someone invited: a member (with the role from the body, e.g. "CHAIR") or a guest by address
 * (role "EXTERNAL_GUEST", {@code personId} null). {@code nonPublic}: gets the non-public part.
 */
public record InviteeInfo(Long personId, String name, String role, boolean votingRight, boolean nonPublic) {

    public boolean externalGuest() {
        return personId == null;
    }
}
