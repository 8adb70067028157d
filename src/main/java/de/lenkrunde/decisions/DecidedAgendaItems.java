package de.lenkrunde.decisions;

import de.lenkrunde.meetings.DecidedItems;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.stream.Collectors;

/** Tells {@code meetings} which TOPs were decided, so closing the meeting settles them as done. */
@Component
class DecidedAgendaItems implements DecidedItems {

    private final DecisionRepository decisions;

    DecidedAgendaItems(DecisionRepository decisions) {
        this.decisions = decisions;
    }

    @Override
    public Set<Long> decidedItemIds(long meetingId) {
        return decisions.findByMeetingIdOrderByDecidedAtAscIdAsc(meetingId).stream().map(Decision::itemId).collect(Collectors.toSet());
    }
}
