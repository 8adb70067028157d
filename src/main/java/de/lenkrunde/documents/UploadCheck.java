package de.lenkrunde.documents;

import de.lenkrunde.base.validation.BusinessRuleException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The checks an upload must pass before it is stored: not empty, not larger than the limit, a permitted
 * type recognised by its content (never by the name alone), and a file name whose extension fits that
 * content. A refusal is a {@link BusinessRuleException} whose key and arguments say why, in the user's
 * language. Plain Java, no Spring: the rules are unit-tested on real sample bytes.
 */
final class UploadCheck {

    static final int MAX_NAME_LENGTH = 200;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    /** A ZIP is read only this far (entries, inflated bytes), so that a zip bomb cannot keep us busy. */
    private static final int MAX_ZIP_ENTRIES = 5_000;
    private static final long MAX_ZIP_INFLATED = 200L * 1024 * 1024;
    private static final int MAX_MIMETYPE_LENGTH = 200;

    private static final Pattern RESERVED = Pattern.compile("[<>:\"/\\\\|?*]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> WINDOWS_DEVICES = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private final long maxBytes;

    UploadCheck(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** An upload that passed: its safe name and its type as recognised from the content. */
    record Accepted(String fileName, FileType type) {
    }

    /** @throws BusinessRuleException with the reason when the upload is refused */
    Accepted check(String fileName, byte[] content) {
        String name = sanitize(fileName);
        if (name.isEmpty()) {
            throw new BusinessRuleException("documents.refused.name");
        }
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("documents.refused.empty", name);
        }
        if (content.length > maxBytes) {
            throw new BusinessRuleException("documents.refused.tooLarge", name, FileSizes.format(content.length),
                    FileSizes.format(maxBytes));
        }
        FileType type = detect(content).orElseThrow(
                () -> new BusinessRuleException("documents.refused.type", name, FileType.allLabels()));
        String extension = extension(name);
        if (!type.extensions().contains(extension)) {
            throw new BusinessRuleException("documents.refused.extension", name, type.label(),
                    "." + type.extensions().get(0));
        }
        return new Accepted(name, type);
    }

    /** The type the content is, judged by its first bytes and, for ZIP containers, by their entries. */
    static Optional<FileType> detect(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(content, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(content, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(content, ZIP)) {
            return detectZip(content);
        }
        return Optional.empty();
    }

    private static Optional<FileType> detectZip(byte[] content) {
        boolean contentTypes = false;
        boolean word = false;
        boolean excel = false;
        int entries = 0;
        long inflated = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    return Optional.empty();
                }
                String name = entry.getName();
                if (name.equals("mimetype")) {
                    String mimetype = readAtMost(zip, MAX_MIMETYPE_LENGTH).trim();
                    return switch (mimetype) {
                        case "application/vnd.oasis.opendocument.text" -> Optional.of(FileType.ODT);
                        case "application/vnd.oasis.opendocument.spreadsheet" -> Optional.of(FileType.ODS);
                        default -> Optional.empty();
                    };
                }
                contentTypes |= name.equals("[Content_Types].xml");
                word |= name.startsWith("word/");
                excel |= name.startsWith("xl/");
                if (contentTypes && (word ^ excel)) {
                    return Optional.of(word ? FileType.DOCX : FileType.XLSX);
                }
                // Reading on to the next entry inflates this one: count it against the budget.
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    inflated += read;
                    if (inflated > MAX_ZIP_INFLATED) {
                        return Optional.empty();
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String readAtMost(InputStream in, int max) throws IOException {
        byte[] bytes = in.readNBytes(max + 1);
        return bytes.length > max ? "" : new String(bytes, StandardCharsets.US_ASCII);
    }

    /**
     * A file name that is safe to store and to offer for download on any system: no path, no control or
     * invisible formatting characters, none of the characters Windows reserves, trimmed, at most
     * {@value #MAX_NAME_LENGTH} characters with the extension kept. Letters of any language stay.
     * Returns "" when nothing usable is left.
     */
    static String sanitize(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = Normalizer.normalize(fileName, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(cp -> {
            int type = Character.getType(cp);
            return type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
                    && type != Character.PRIVATE_USE && type != Character.SURROGATE
                    && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR;
        }).forEach(kept::appendCodePoint);
        name = RESERVED.matcher(kept).replaceAll("");
        name = SPACES.matcher(name).replaceAll(" ");
        name = trimDotsAndSpaces(name);
        name = name.replace(" .", ".");
        String base = baseName(name);
        if (WINDOWS_DEVICES.contains(base.toUpperCase(Locale.ROOT))) {
            name = "_" + name;
        }
        if (name.length() > MAX_NAME_LENGTH) {
            String ext = name.substring(base.length());
            if (ext.length() > 20) {
                ext = "";
            }
            int keep = MAX_NAME_LENGTH - ext.length();
            String cut = name.substring(0, keep);
            if (Character.isHighSurrogate(cut.charAt(cut.length() - 1))) {
                cut = cut.substring(0, cut.length() - 1);
            }
            name = trimDotsAndSpaces(cut) + ext;
        }
        return name;
    }

    /** The lower-case extension without the dot, or "". */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    private static String trimDotsAndSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == '.' || Character.isWhitespace(text.charAt(start)))) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == '.' || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
