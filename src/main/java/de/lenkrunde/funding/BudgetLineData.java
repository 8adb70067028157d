package de.lenkrunde.funding;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** A budget line as its form edits it; {@code areaId} restricts it to proposals of that area (and below), or none. */
public record BudgetLineData(
        @NotBlank(message = "validation.required") @Size(max = 40, message = "validation.maxLength") String code,
        @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.maxLength") String name,
        @NotNull(message = "validation.required") @Min(value = 2000, message = "funding.validation.year")
        @Max(value = 2100, message = "funding.validation.year") Integer budgetYear,
        @NotNull(message = "validation.required") @DecimalMin(value = "0.00", message = "validation.money")
        @DecimalMax(value = "100000000.00", message = "validation.money") @Digits(integer = 10, fraction = 2, message = "validation.money")
        BigDecimal total,
        Long areaId) {

    public BudgetLineData {
        code = code == null ? null : code.strip();
        name = name == null ? null : name.strip();
    }
}
