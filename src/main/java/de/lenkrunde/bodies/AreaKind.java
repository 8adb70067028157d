package de.lenkrunde.bodies;

/** The levels of the area tree, top down. Each level's parent is the level above. */
public enum AreaKind {
    DISTRICT, PLAN_REGION, TOWN, SOCIAL_SPACE;

    /** The kind a child of this kind has, or {@code null} for the lowest level. */
    public AreaKind childKind() {
        int next = ordinal() + 1;
        return next < values().length ? values()[next] : null;
    }
}
