package de.lenkrunde.proposals;

import java.time.Instant;

/** One stored version of a proposal's text: its number, when and by whom. */
public record TextVersionInfo(int versionNo, Instant createdAt, String authorName) {
}
