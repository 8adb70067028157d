package de.lenkrunde.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of files that may be attached, with the content type we serve and the extensions that fit. */
public enum FileType {

    PDF("PDF", "application/pdf", "pdf"),
    ODT("ODT", "application/vnd.oasis.opendocument.text", "odt"),
    ODS("ODS", "application/vnd.oasis.opendocument.spreadsheet", "ods"),
    DOCX("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PNG("PNG", "image/png", "png"),
    JPEG("JPEG", "image/jpeg", "jpg", "jpeg");

    private final String label;
    private final String contentType;
    private final List<String> extensions;

    FileType(String label, String contentType, String... extensions) {
        this.label = label;
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    /** A short, language-neutral name such as "PDF". */
    public String label() {
        return label;
    }

    public String contentType() {
        return contentType;
    }

    /** Lower-case extensions without the dot. */
    public List<String> extensions() {
        return extensions;
    }

    public static Optional<FileType> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(t -> t.contentType.equals(contentType)).findFirst();
    }

    /** "PDF, ODT, ODS, DOCX, XLSX, PNG, JPEG" for messages. */
    public static String allLabels() {
        return String.join(", ", Arrays.stream(values()).map(FileType::label).toList());
    }

    /** Extensions and content types for the browser's file chooser (a mirror only; the server checks). */
    public static List<String> acceptedInBrowser() {
        return Arrays.stream(values())
                .flatMap(t -> java.util.stream.Stream.concat(t.extensions.stream().map(e -> "." + e), java.util.stream.Stream.of(t.contentType)))
                .toList();
    }
}
