package de.lenkrunde.documents;

import java.time.Instant;

/** An attachment as lists show it: everything but the content. */
public record DocumentInfo(long id, String ownerKind, long ownerId, String fileName, String contentType,
                           long sizeBytes, Instant uploadedAt, Long uploadedByPersonId, String uploadedByName) {
}
