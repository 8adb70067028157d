/**
 * Attachments of other modules' objects (proposals now, agenda items and minutes later): upload checks by
 * content, storage in the database with a SHA-512 checksum, download. Who may read, attach or remove is
 * the owner's business: owner modules implement {@link de.lenkrunde.documents.DocumentAccessPolicy}.
 * Publishes {@link de.lenkrunde.documents.DocumentAttached}.
 */
@ApplicationModule(displayName = "Documents")
package de.lenkrunde.documents;

import org.springframework.modulith.ApplicationModule;
