package de.lenkrunde.proposals;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** How a proposal addresses one of Hinte's principles. */
public record CriterionData(@NotNull HintePrinciple principle, boolean addressed,
                            @Size(max = 2000, message = "validation.maxLength") String justification) {

    public CriterionData {
        justification = justification == null || justification.isBlank() ? null : justification.strip();
    }

    /** Addressed and explained: what submitting needs at least once. */
    public boolean isJustified() {
        return addressed && justification != null;
    }
}
