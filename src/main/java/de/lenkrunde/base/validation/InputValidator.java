package de.lenkrunde.base.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bean Validation of the data records that services receive. Constraint messages in this project are
 * translation keys (e.g. {@code validation.required}); the constraint's attributes become arguments.
 */
@Component
public class InputValidator {

    private final Validator validator;

    public InputValidator(Validator validator) {
        this.validator = validator;
    }

    /** @throws InvalidInputException naming every refused field */
    public <T> T check(T data) {
        Set<ConstraintViolation<T>> violations = validator.validate(data);
        if (!violations.isEmpty()) {
            List<FieldError> errors = violations.stream()
                    .map(InputValidator::toFieldError)
                    .sorted(Comparator.comparing(FieldError::field, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .toList();
            throw new InvalidInputException(errors);
        }
        return data;
    }

    private static FieldError toFieldError(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        return new FieldError(path.isEmpty() ? null : path, violation.getMessageTemplate(),
                Map.of("max", attributes.getOrDefault("max", ""), "min", attributes.getOrDefault("min", "")));
    }
}
