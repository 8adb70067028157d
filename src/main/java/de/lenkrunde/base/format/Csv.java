package de.lenkrunde.base.format;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * CSV that German Excel opens as it is: {@code ;} between fields, decimal comma, UTF-8 with BOM,
 * CRLF line ends, quotes where needed.
 */
public final class Csv {

    private static final String BOM = "\uFEFF";

    private Csv() {
    }

    public static byte[] write(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(BOM);
        csv.append(line(header));
        rows.forEach(row -> csv.append(line(row)));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code 1234.5} → {@code 1234,50}: a number Excel computes with, without thousands separators. */
    public static String number(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        return format.format(amount);
    }

    private static String line(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(";")) + "\r\n";
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        // A leading = + - @ would make Excel evaluate a formula (CSV injection): quote and prefix it.
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r") || !safe.equals(value)) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
