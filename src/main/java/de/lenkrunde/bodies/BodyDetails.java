package de.lenkrunde.bodies;

/** A body as its form loads it, with the version the save must match and what the user may do. */
public record BodyDetails(long id, long version, BodyData data, String areaName, boolean mayManageBody,
                          boolean mayManageMemberships) {
}
