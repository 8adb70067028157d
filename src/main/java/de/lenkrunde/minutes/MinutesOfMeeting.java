package de.lenkrunde.minutes;

import de.lenkrunde.bodies.BodyAction;
import de.lenkrunde.bodies.Permissions;
import de.lenkrunde.meetings.MeetingMinutes;
import de.lenkrunde.meetings.MeetingService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * The meeting page's view of the minutes, through meetings' {@link MeetingMinutes} SPI: the latest edition's state for
 * the body's insiders; for everyone else only that approved minutes exist.
 */
@Component
class MinutesOfMeeting implements MeetingMinutes {

    private final MinutesRepository repository;
    private final Permissions permissions;

    MinutesOfMeeting(MinutesRepository repository, Permissions permissions) {
        this.repository = repository;
        this.permissions = permissions;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Summary> summary(long meetingId) {
        List<Minutes> editions = repository.findByMeetingIdOrderByEdition(meetingId);
        if (editions.isEmpty()) {
            return Optional.empty();
        }
        Minutes latest = editions.get(editions.size() - 1);
        String route = MeetingService.minutesRoute(meetingId);
        if (permissions.may(BodyAction.READ_NON_PUBLIC, latest.bodyId())) {
            return Optional.of(new Summary(stateKey(latest), route));
        }
        return editions.stream().anyMatch(m -> m.status() == MinutesStatus.APPROVED)
                ? Optional.of(new Summary("minutes.status.APPROVED", route)) : Optional.empty();
    }

    static String stateKey(Minutes m) {
        if (m.status() == MinutesStatus.RELEASED && !m.signed()) {
            return "minutes.status.RELEASED_UNSIGNED";
        }
        return "minutes.status." + m.status().name();
    }
}
