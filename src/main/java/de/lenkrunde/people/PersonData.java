package de.lenkrunde.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a form may change on a person. Messages are translation keys. */
public record PersonData(
        @NotBlank(message = "validation.required") @Size(max = 100, message = "validation.maxLength") String firstName,
        @NotBlank(message = "validation.required") @Size(max = 100, message = "validation.maxLength") String lastName,
        @Email(message = "validation.email") @Size(max = 254, message = "validation.maxLength") String email,
        @Size(max = 50, message = "validation.maxLength")
        @Pattern(regexp = "^[0-9+()/ .-]*$", message = "validation.phone") String phone,
        @Size(max = 200, message = "validation.maxLength") String organisation,
        @Size(max = 200, message = "validation.maxLength") String functionTitle) {

    public PersonData {
        firstName = trim(firstName);
        lastName = trim(lastName);
        email = blankToNull(email);
        phone = blankToNull(phone);
        organisation = blankToNull(organisation);
        functionTitle = blankToNull(functionTitle);
    }

    static String trim(String value) {
        return value == null ? null : value.strip();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
