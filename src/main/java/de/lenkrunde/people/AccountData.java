package de.lenkrunde.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * What an admin may set on an account. {@code regionIds} are the Planregionen (areas of the bodies
 * module) a coordinator is responsible for.
 */
public record AccountData(
        @NotBlank(message = "validation.required") @Size(min = 3, max = 100, message = "validation.lengthRange")
        @Pattern(regexp = "^[A-Za-z0-9._@-]*$", message = "validation.login") String login,
        @NotNull Set<GlobalRole> roles,
        @NotNull Set<Long> regionIds,
        @NotNull @Pattern(regexp = "de|en", message = "validation.language") String language,
        boolean enabled) {

    public AccountData {
        login = login == null ? null : login.strip();
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        regionIds = regionIds == null ? Set.of() : Set.copyOf(regionIds);
        language = language == null ? "de" : language;
    }
}
