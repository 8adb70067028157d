package de.lenkrunde.live;

import java.time.Instant;

/** A projector link of a meeting: its route is {@link #route()}; whoever has the token sees the meeting's public picture. */
public record ProjectorLink(String token, long meetingId, Instant createdAt, String createdByName) {

    /** The route a room PC opens (relative to the portal's address). */
    public String route() {
        return ProjectorService.ROUTE_PREFIX + token;
    }
}
