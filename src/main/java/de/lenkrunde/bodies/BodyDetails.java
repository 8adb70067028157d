package de.lenkrunde.bodies;

/**
 * A body as its form loads it, with the version the save must match (of its settings and of its agenda
 * template alike) and what the user may do.
 */
public record BodyDetails(long id, long version, BodyData data, String areaName, boolean mayManageBody,
                          boolean mayManageMemberships, boolean mayEditAgendaTemplate) {
}
