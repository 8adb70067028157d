package de.lenkrunde.meetings;

import de.lenkrunde.base.TypedReference;
import de.lenkrunde.bodies.AgendaItemKind;

/**
 * An item offered for a new agenda.
 *
 * @param key        unique among all suggestions, e.g. "deferred:42"; stored on the item it becomes
 * @param sourceKey  translation key naming where it comes from, e.g. "meeting.suggestion.deferred"
 * @param proposalId a proposal the item carries (scheduled when the item is taken), or {@code null}
 * @param origin     what it came from (a meeting's TOP, an action item …), shown with a link
 */
public record AgendaSuggestion(String key, String sourceKey, String title, AgendaItemKind kind, int plannedMinutes,
                               boolean nonPublic, Long proposalId, String description, TypedReference origin) {

    public AgendaItemData itemData() {
        return new AgendaItemData(title, kind, plannedMinutes, null, nonPublic, description);
    }
}
