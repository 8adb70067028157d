package de.lenkrunde.live;

import de.lenkrunde.actions.ActionItemAssigned;
import de.lenkrunde.decisions.DecisionRecorded;
import de.lenkrunde.decisions.MotionRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Tells the browsers of a meeting that a decision, motion or action item was recorded on an item, so the members'
 * view and the projector show the decision just taken. A plain listener in the recording transaction: the
 * broadcaster delivers after the commit and never on a rollback (as {@link MeetingRunForwarder}).
 */
@Component
class DecisionForwarder {

    private final LiveBroadcaster broadcaster;
    private final Clock clock;

    DecisionForwarder(LiveBroadcaster broadcaster, Clock clock) {
        this.broadcaster = broadcaster;
        this.clock = clock;
    }

    @EventListener
    void on(DecisionRecorded recorded) {
        forward(recorded.meetingId(), recorded.itemId());
    }

    @EventListener
    void on(MotionRecorded recorded) {
        forward(recorded.meetingId(), recorded.itemId());
    }

    @EventListener
    void on(ActionItemAssigned assigned) {
        if (assigned.meetingId() != null) {
            forward(assigned.meetingId(), assigned.itemId());
        }
    }

    private void forward(long meetingId, Long itemId) {
        broadcaster.publish(new LiveEvent(meetingId, LiveEvent.Kind.DECISION_RECORDED, itemId, clock.instant()));
    }
}
