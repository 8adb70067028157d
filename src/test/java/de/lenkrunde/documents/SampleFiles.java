package de.lenkrunde.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Minimal but real sample files, built in memory for the tests. */
public final class SampleFiles {

    private SampleFiles() {
    }

    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        return new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};
    }

    public static byte[] jpeg() {
        return new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0,
                0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9};
    }

    /** A Windows executable's start: "MZ" and some bytes. */
    public static byte[] exe() {
        byte[] bytes = new byte[128];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[2] = (byte) 0x90;
        return bytes;
    }

    public static byte[] docx() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        entries.put("_rels/.rels", "<?xml version=\"1.0\"?><Relationships/>");
        entries.put("word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"w\"/>");
        return zip(null, entries);
    }

    public static byte[] xlsx() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>");
        entries.put("_rels/.rels", "<?xml version=\"1.0\"?><Relationships/>");
        entries.put("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook/>");
        return zip(null, entries);
    }

    public static byte[] odt() {
        return odf("application/vnd.oasis.opendocument.text");
    }

    public static byte[] ods() {
        return odf("application/vnd.oasis.opendocument.spreadsheet");
    }

    public static byte[] odf(String mimetype) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("META-INF/manifest.xml", "<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest=\"m\"/>");
        entries.put("content.xml", "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"o\"/>");
        return zip(mimetype, entries);
    }

    /** A plain ZIP archive that is neither ODF nor OOXML. */
    public static byte[] plainZip() {
        return zip(null, Map.of("notes.txt", "nothing to see"));
    }

    /** A ZIP whose first entry is an uncompressed "mimetype" (as ODF requires), then the given entries. */
    public static byte[] zip(String mimetype, Map<String, String> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (mimetype != null) {
                byte[] data = mimetype.getBytes(StandardCharsets.US_ASCII);
                ZipEntry entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(data.length);
                CRC32 crc = new CRC32();
                crc.update(data);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
            }
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
