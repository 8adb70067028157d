package de.lenkrunde.documents;

import java.time.Instant;

/**
 * A file was attached to an owner's object (published in the attaching transaction; owners such as
 * proposals record it in their timeline). {@code personId} is null when the system attached it.
 */
public record DocumentAttached(String ownerKind, long ownerId, long documentId, String fileName, Long personId,
                               Instant at) {
}
