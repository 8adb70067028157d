package de.lenkrunde.audit;

import java.time.LocalDate;

/** Filter of the audit list; {@code null} fields do not filter. Dates are Berlin calendar days. */
public record AuditFilter(String text, String action, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null);
    }
}
