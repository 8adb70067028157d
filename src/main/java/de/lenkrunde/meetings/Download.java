package de.lenkrunde.meetings;

/** A file the reader downloads (invitation PDF, calendar entry). */
public record Download(String fileName, String contentType, byte[] content) {
}
