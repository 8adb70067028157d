package de.lenkrunde.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded payment. */
public record PaymentItem(long id, LocalDate paidOn, BigDecimal amount, String note, String recordedByName, Instant recordedAt) {
}
