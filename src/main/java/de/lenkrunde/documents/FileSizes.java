package de.lenkrunde.documents;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** File sizes the German way: "512 B", "12,3 kB", "1,2 MB" (binary units, as the upload limit). */
public final class FileSizes {

    private static final long KB = 1024;
    private static final long MB = KB * 1024;
    private static final long GB = MB * 1024;

    private FileSizes() {
    }

    public static String format(long bytes) {
        DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        if (bytes < KB) {
            return bytes + " B";
        } else if (bytes < MB) {
            return format.format(bytes / (double) KB) + " kB";
        } else if (bytes < GB) {
            return format.format(bytes / (double) MB) + " MB";
        }
        return format.format(bytes / (double) GB) + " GB";
    }
}
