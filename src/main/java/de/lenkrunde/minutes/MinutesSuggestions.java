package de.lenkrunde.minutes;

import de.lenkrunde.base.TypedReference;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.bodies.AgendaItemKind;
import de.lenkrunde.meetings.AgendaSuggestion;
import de.lenkrunde.meetings.AgendaSuggestions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * Offers the agenda builder "Genehmigung der Niederschrift der Sitzung vom …" for every edition of the body's minutes
 * that is released, signed by both and not approved, of a meeting before the one being planned. The key
 * {@code minutes:<id>} stays on the agenda item; the decision on it approves the minutes ({@link MinutesApprovalListener}).
 * The title is the agenda's data, in German like the invitation.
 */
@Component
class MinutesSuggestions implements AgendaSuggestions {

    private final MinutesRepository repository;

    MinutesSuggestions(MinutesRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgendaSuggestion> suggestionsFor(long bodyId, long meetingId, Instant meetingStart) {
        return repository.findByBodyIdAndStatusOrderByMeetingStartsAt(bodyId, MinutesStatus.RELEASED).stream()
                .filter(m -> m.signed() && m.meetingId() != meetingId && m.meetingStartsAt().isBefore(meetingStart))
                .map(MinutesSuggestions::suggestion)
                .toList();
    }

    /** The agenda template's standing item that the approval makes concrete (DESIGN.md: Genehmigung der Niederschrift). */
    static final String STANDING_ITEM = "Genehmigung der Niederschrift";

    private static AgendaSuggestion suggestion(Minutes m) {
        String date = Formats.date(m.meetingStartsAt());
        String title = "Genehmigung der Niederschrift der Sitzung vom " + date + (m.edition() > 1 ? " (" + m.edition() + ". Fassung)" : "");
        TypedReference origin = MinutesService.reference(m);
        return new AgendaSuggestion(MinutesApprovalListener.KEY_PREFIX + m.id(), "minutes.suggestion", title, AgendaItemKind.DECISION,
                5, false, null, "Die Niederschrift der Sitzung „" + m.meetingTitle() + "“ vom " + date
                + " wird genehmigt.", origin, STANDING_ITEM);
    }
}
