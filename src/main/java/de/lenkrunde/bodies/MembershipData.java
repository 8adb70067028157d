package de.lenkrunde.bodies;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/**
 * A person's membership in a body: role, voting right, the focus group a representative speaks for
 * ({@code onBehalfOfBodyId}), and the period.
 */
public record MembershipData(
        @NotNull(message = "validation.required") Long personId,
        @NotNull(message = "validation.required") BodyRole role,
        boolean votingRight,
        Long onBehalfOfBodyId,
        @NotNull(message = "validation.required") LocalDate validFrom,
        LocalDate validTo) {
}
