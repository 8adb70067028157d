package de.lenkrunde.funding;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment finance records against an approved request. */
public record PaymentData(
        @NotNull(message = "validation.required") LocalDate paidOn,
        @NotNull(message = "validation.required") BigDecimal amount,
        @Size(max = 500, message = "validation.maxLength") String note) {

    public PaymentData {
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
