package de.lenkrunde.documents;

/** A document opened for download: its name, content type and the verified content. */
public record DocumentContent(long id, String fileName, String contentType, byte[] content) {

    public long sizeBytes() {
        return content.length;
    }
}
