package de.lenkrunde.meetings;

import de.lenkrunde.base.TypedReference;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Carry-over from the body's previous meeting: the items it deferred (vertagt) come back — except those whose title
 * the new agenda already has, as the standing items of the body's template.
 */
@Component
class DeferredItemSuggestions implements AgendaSuggestions {

    static final String KEY_PREFIX = "deferred:";

    private final MeetingQueries queries;
    private final MeetingRepository meetings;

    DeferredItemSuggestions(MeetingQueries queries, MeetingRepository meetings) {
        this.queries = queries;
        this.meetings = meetings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgendaSuggestion> suggestionsFor(long bodyId, long meetingId, Instant meetingStart) {
        Set<String> onAgenda = meetings.findById(meetingId).map(meeting -> meeting.items().stream()
                .map(item -> normalized(item.data().title())).collect(Collectors.toSet())).orElse(Set.of());
        return queries.previousHeld(bodyId, meetingStart).flatMap(meetings::findById)
                .map(previous -> {
                    List<String> numbers = previous.numbers();
                    List<AgendaItem> items = previous.items();
                    // a standing item the chair skipped ("Eröffnung und Begrüßung") is on the new agenda by its template
                    return java.util.stream.IntStream.range(0, items.size())
                            .filter(i -> items.get(i).state() == AgendaItemState.DEFERRED)
                            .filter(i -> !onAgenda.contains(normalized(items.get(i).data().title())))
                            .mapToObj(i -> suggestion(previous, items.get(i), numbers.get(i)))
                            .toList();
                })
                .orElse(List.of());
    }

    private static String normalized(String title) {
        return title.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static AgendaSuggestion suggestion(Meeting previous, AgendaItem item, String number) {
        AgendaItemData data = item.data();
        TypedReference origin = TypedReference.of("AGENDA_ITEM", item.itemId(),
                "TOP " + number + " · " + MeetingService.label(previous), MeetingService.route(previous.id()));
        return new AgendaSuggestion(KEY_PREFIX + item.itemId(), "meeting.suggestion.deferred", data.title(), data.kind(),
                data.plannedMinutes(), data.nonPublic(), item.proposalId(), data.description(), origin);
    }
}
