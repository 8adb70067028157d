package de.lenkrunde.bodies;

/**
 * What an agenda item (TOP) is for: to inform, to discuss, or to decide (UI: Information, Beratung,
 * Beschluss). It lives in bodies because a body's agenda template already needs it; the meetings
 * module, which sits above, uses it for the items of its agendas.
 */
public enum AgendaItemKind {
    INFORMATION,
    DISCUSSION,
    DECISION
}
