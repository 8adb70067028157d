package de.lenkrunde.actions;

import de.lenkrunde.base.TypedReference;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.bodies.AgendaItemKind;
import de.lenkrunde.meetings.AgendaSuggestion;
import de.lenkrunde.meetings.AgendaSuggestions;
import de.lenkrunde.base.i18n.Languages;
import de.lenkrunde.base.i18n.TranslationProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Carry-over (ADR 012, 017): while a body has pending action items, its next agenda is offered one information item
 * "Bericht zu offenen Aufgaben" listing them (overdue ones marked), earliest due first. The key is the same for every
 * meeting ({@code actions:open}); the agenda builder offers it again to each new meeting until it is taken there.
 */
@Component
class OpenActionItemSuggestions implements AgendaSuggestions {

    static final String KEY = "actions:open";
    static final int LISTED = 20;

    private final ActionQueries queries;
    private final Clock clock;

    OpenActionItemSuggestions(ActionQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgendaSuggestion> suggestionsFor(long bodyId, long meetingId, Instant meetingStart) {
        int pending = queries.countPendingOfBody(bodyId);
        if (pending == 0) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        List<ActionQueries.Row> rows = queries.pendingOfBody(bodyId, LISTED);
        long overdue = rows.stream().filter(r -> r.dueDate().isBefore(today)).count();
        String lines = rows.stream().map(r -> "- " + r.description() + " (" + r.ownerName() + ", "
                        + text("register.suggestion.due", Formats.date(r.dueDate()))
                        + (r.dueDate().isBefore(today) ? ", " + text("register.suggestion.overdue") : "") + ", " + r.progress() + " %)")
                .collect(Collectors.joining("\n"));
        if (pending > rows.size()) {
            lines += "\n" + text("register.suggestion.more", pending - rows.size());
        }
        String description = text("register.suggestion.summary", pending, overdue) + "\n" + lines;
        TypedReference origin = TypedReference.of(ActionItemService.KIND, null, text("register.suggestion.origin", pending), "aufgaben");
        return List.of(new AgendaSuggestion(KEY, "register.suggestion.source", text("register.suggestion.title"),
                AgendaItemKind.INFORMATION, 10, false, null, description.length() > 4000 ? description.substring(0, 3999) + "…" : description,
                origin));
    }

    private String text(String key, Object... args) {
        // agenda items are written in German, like the invitation they end up in
        return TranslationProvider.translate(key, Languages.GERMAN, args);
    }
}
