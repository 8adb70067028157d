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
 * @param fills      beginning of the title of a standing item of the body's template that this suggestion makes
 *                   concrete (e.g. "Genehmigung der Niederschrift"): taking it fills that item instead of adding a
 *                   second one; {@code null} when it is always a new item
 */
public record AgendaSuggestion(String key, String sourceKey, String title, AgendaItemKind kind, int plannedMinutes,
                               boolean nonPublic, Long proposalId, String description, TypedReference origin, String fills) {

    public AgendaSuggestion(String key, String sourceKey, String title, AgendaItemKind kind, int plannedMinutes,
                            boolean nonPublic, Long proposalId, String description, TypedReference origin) {
        this(key, sourceKey, title, kind, plannedMinutes, nonPublic, proposalId, description, origin, null);
    }

    /** Whether {@code item} is the standing template item this suggestion fills. */
    boolean fills(AgendaItem item) {
        return fills != null && item.suggestionKey() == null && item.proposalId() == null
                && item.state() == AgendaItemState.OPEN
                && item.data().title().toLowerCase(java.util.Locale.GERMAN).startsWith(fills.toLowerCase(java.util.Locale.GERMAN));
    }

    public AgendaItemData itemData() {
        return new AgendaItemData(title, kind, plannedMinutes, null, nonPublic, description);
    }
}
