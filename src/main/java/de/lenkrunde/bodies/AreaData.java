package de.lenkrunde.bodies;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new area: its parent ({@code null} only for a district), its level and name. */
public record AreaData(Long parentId, @NotNull(message = "validation.required") AreaKind kind,
                       @NotBlank(message = "validation.required") @Size(max = 150, message = "validation.maxLength") String name) {

    public AreaData {
        name = name == null ? null : name.strip();
    }
}
