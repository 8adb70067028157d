package de.lenkrunde.live;

import de.lenkrunde.meetings.MeetingRunChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the browsers of a meeting when its run changed in meetings (which cannot call live). A plain
 * listener in the changing transaction: the broadcaster delivers after the commit and never on a rollback.
 */
@Component
class MeetingRunForwarder {

    private final LiveBroadcaster broadcaster;
    private final java.time.Clock clock;

    MeetingRunForwarder(LiveBroadcaster broadcaster, java.time.Clock clock) {
        this.broadcaster = broadcaster;
        this.clock = clock;
    }

    @EventListener
    void on(MeetingRunChanged changed) {
        LiveEvent.Kind kind = changed.what() == MeetingRunChanged.What.ATTENDANCE ? LiveEvent.Kind.ATTENDANCE_CHANGED
                : LiveEvent.Kind.STATE_CHANGED;
        broadcaster.publish(new LiveEvent(changed.meetingId(), kind, null, clock.instant()));
    }
}
