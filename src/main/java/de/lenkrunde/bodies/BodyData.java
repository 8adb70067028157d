package de.lenkrunde.bodies;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a form may set on a body, settings included. The short code appears in decision numbers
 * (e.g. {@code LR-TEL} in {@code LR-TEL-2026/014}) and is unique.
 */
public record BodyData(
        @NotNull(message = "validation.required") BodyType type,
        @NotBlank(message = "validation.required") @Size(max = 150, message = "validation.maxLength") String name,
        @NotBlank(message = "validation.required") @Size(min = 2, max = 12, message = "validation.lengthRange")
        @Pattern(regexp = "^[A-Z0-9-]*$", message = "validation.shortCode") String shortCode,
        @Size(max = 150, message = "validation.maxLength") String topic,
        @NotNull(message = "validation.required") Long areaId,
        boolean active,
        @Min(value = 0, message = "validation.range") @Max(value = 90, message = "validation.range") int noticePeriodDays,
        @NotNull(message = "validation.required") QuorumRule quorumRule,
        boolean circulationAllowed) {

    public BodyData {
        name = name == null ? null : name.strip();
        shortCode = shortCode == null ? null : shortCode.strip().toUpperCase(java.util.Locale.ROOT);
        topic = topic == null || topic.isBlank() ? null : topic.strip();
    }

    /** A new body's defaults: active, one week's notice, more than half present. */
    public static BodyData defaults(BodyType type, Long areaId) {
        return new BodyData(type, "", "", null, areaId, true, 7, QuorumRule.MORE_THAN_HALF, false);
    }
}
