package de.lenkrunde.bodies;

/** An area as the tree and the pickers show it. */
public record AreaNode(long id, long version, Long parentId, AreaKind kind, String name) {
}
