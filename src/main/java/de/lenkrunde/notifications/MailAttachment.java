package de.lenkrunde.notifications;

import java.util.Objects;

/**
 * A file that goes with a mail, e.g. a meeting's agenda as PDF or its {@code .ics} invitation. The content
 * type is used as given, parameters included (for an invitation e.g.
 * {@code text/calendar; charset=UTF-8; method=REQUEST}). The bytes are copied in and out, so the record stays
 * unchanged; the outbox stores equal bytes once, however many mails carry them.
 *
 * @param fileName    the name the recipient sees, at most 200 characters
 * @param contentType a MIME type, at most 200 characters
 * @param content     the bytes (may be empty, not {@code null})
 */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    static final int MAX_FILE_NAME = 200;
    static final int MAX_CONTENT_TYPE = 200;

    public MailAttachment {
        fileName = required(fileName, "fileName", MAX_FILE_NAME);
        contentType = required(contentType, "contentType", MAX_CONTENT_TYPE);
        content = Objects.requireNonNull(content, "content").clone();
    }

    /** A copy of the bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The number of bytes, without copying them. */
    public int size() {
        return content.length;
    }

    /** The bytes themselves, for the outbox that neither changes nor hands them on. */
    byte[] contentUnshared() {
        return content;
    }

    @Override
    public String toString() {
        return "MailAttachment[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
    }

    private static String required(String value, String name, int max) {
        Objects.requireNonNull(value, name);
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        if (stripped.length() > max || stripped.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw new IllegalArgumentException(name + " must be one line of at most " + max + " characters");
        }
        return stripped;
    }
}
