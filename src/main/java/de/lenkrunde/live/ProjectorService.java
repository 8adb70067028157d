package de.lenkrunde.live;

import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.bodies.BodyAction;
import de.lenkrunde.bodies.Permissions;
import de.lenkrunde.meetings.MeetingDetails;
import de.lenkrunde.meetings.MeetingRunService;
import de.lenkrunde.meetings.MeetingService;
import de.lenkrunde.meetings.MeetingStatus;
import de.lenkrunde.meetings.RunState;
import de.lenkrunde.people.CurrentUser;
import de.lenkrunde.people.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The projector link (Beamer-Link): the chair or deputy makes a link with a random token that a room PC opens without
 * a member login; it shows only the meeting's public picture ({@link MeetingRunService#publicState}) and follows the
 * chair by push. A new link revokes the old one; revoking ends it at once — an open projector shows that it was
 * revoked. The link of a cancelled meeting shows nothing; that of a closed one its public agenda as held.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ProjectorService {

    static final String ROUTE_PREFIX = "beamer/";

    /** 32 random bytes in base64url without padding: 43 characters of A–Z, a–z, 0–9, '-' and '_'. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Set<MeetingStatus> LINKABLE = EnumSet.of(MeetingStatus.INVITED, MeetingStatus.IN_PROGRESS);

    private final SecureRandom random = new SecureRandom();
    private final LiveMeetings live;
    private final MeetingService meetings;
    private final MeetingRunService run;
    private final Permissions permissions;
    private final ProjectorLinkStore store;
    private final LiveBroadcaster broadcaster;
    private final CurrentUser currentUser;

    private final de.lenkrunde.decisions.DecisionService decisions;

    ProjectorService(LiveMeetings live, MeetingService meetings, MeetingRunService run, Permissions permissions,
                     ProjectorLinkStore store, LiveBroadcaster broadcaster, CurrentUser currentUser,
                     de.lenkrunde.decisions.DecisionService decisions) {
        this.decisions = decisions;
        this.live = live;
        this.meetings = meetings;
        this.run = run;
        this.permissions = permissions;
        this.store = store;
        this.broadcaster = broadcaster;
        this.currentUser = currentUser;
    }

    /** The meeting's current link, for the chair and deputy. */
    @Transactional(readOnly = true)
    public Optional<ProjectorLink> activeLink(long meetingId) {
        runnable(meetingId);
        return store.active(meetingId);
    }

    /** Makes a new link for an invited or running meeting; an older link stops working. */
    public ProjectorLink createLink(long meetingId) {
        MeetingDetails meeting = runnable(meetingId);
        if (!LINKABLE.contains(meeting.status())) {
            throw new BusinessRuleException("live.projector.rule.notLinkable");
        }
        boolean replaced = store.revokeAll(meetingId, live.now()) > 0;
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        ProjectorLink link = new ProjectorLink(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), meetingId, live.now(),
                currentUser.get().map(SignedInUser::displayName).orElse(null));
        store.insert(link);
        live.audit(replaced ? "PROJECTOR_LINK_RENEWED" : "PROJECTOR_LINK_CREATED", meeting, "projector link made");
        if (replaced) {
            announce(meetingId);
        }
        return link;
    }

    /** Revokes the meeting's link: an open projector shows at once that it no longer follows the meeting. */
    public void revokeLink(long meetingId) {
        MeetingDetails meeting = runnable(meetingId);
        if (store.revokeAll(meetingId, live.now()) > 0) {
            live.audit("PROJECTOR_LINK_REVOKED", meeting, "projector link revoked");
            announce(meetingId);
        }
    }

    /**
     * What a projector with this token shows; empty for an unknown, malformed or revoked token. Open to anyone: the
     * token is the credential (the room PC has no login).
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<RunState> projection(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return store.meetingOf(token).flatMap(run::publicState);
    }

    /** The decisions a projector with this token shows: those on the meeting's public items, current versions only. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public java.util.List<de.lenkrunde.decisions.DecisionView> projectedDecisions(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return java.util.List.of();
        }
        return store.meetingOf(token).map(decisions::publicOfMeeting).orElse(java.util.List.of());
    }

    private MeetingDetails runnable(long meetingId) {
        MeetingDetails meeting = meetings.get(meetingId);
        permissions.require(BodyAction.RUN_MEETING, meeting.bodyId());
        return meeting;
    }

    private void announce(long meetingId) {
        broadcaster.publish(new LiveEvent(meetingId, LiveEvent.Kind.PROJECTOR_LINK_CHANGED, null, live.now()));
    }
}
