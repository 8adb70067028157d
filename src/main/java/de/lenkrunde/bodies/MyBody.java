package de.lenkrunde.bodies;

import java.util.Set;

/** A body the current user belongs to today, with their roles in it. */
public record MyBody(long id, BodyType type, String name, String areaName, Set<BodyRole> roles) {
}
