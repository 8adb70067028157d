package de.lenkrunde.base.validation;

import java.util.List;
import java.util.stream.Collectors;

/** The server refused input; each error names its field so that the form can show it there. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.messageKey()).collect(Collectors.joining(", ")));
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException(List.of(FieldError.of(field, messageKey)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
