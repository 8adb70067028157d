package de.lenkrunde.bodies;

import java.util.Set;

/**
 * The bodies a user may do something on, for the {@code WHERE} of lazy list queries: either all of
 * them, or exactly these ids (possibly none).
 */
public record BodyScope(boolean all, Set<Long> bodyIds) {

    public BodyScope {
        bodyIds = Set.copyOf(bodyIds);
    }

    public static BodyScope everything() {
        return new BodyScope(true, Set.of());
    }

    public static BodyScope only(Set<Long> bodyIds) {
        return new BodyScope(false, bodyIds);
    }

    public boolean includes(long bodyId) {
        return all || bodyIds.contains(bodyId);
    }

    public boolean isEmpty() {
        return !all && bodyIds.isEmpty();
    }
}
