package de.lenkrunde.base.format;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * How Lenkrunde writes dates and money: {@code dd.MM.yyyy HH:mm} in Europe/Berlin and {@code 1.234,56 €}.
 * Stored times are UTC instants; only the display is local.
 */
public final class Formats {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private Formats() {
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ZONE));
    }

    /** Today in Berlin: validity of memberships, due dates. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.GERMANY);
        format.setCurrency(Currency.getInstance("EUR"));
        // The JDK writes a non-breaking space before €; that is what German typography wants.
        return format.format(amount);
    }
}
