package de.lenkrunde.bodies;

/** Fokusgruppe, Lenkrunde, Sozialraumkonferenz. */
public enum BodyType {
    FOCUS_GROUP, STEERING_ROUND, CONFERENCE
}
