package de.lenkrunde.documents;

import java.time.Instant;

/** An attachment was removed from an owner's object. {@code personId} is null when the system removed it. */
public record DocumentRemoved(String ownerKind, long ownerId, long documentId, String fileName, Long personId,
                              Instant at) {
}
