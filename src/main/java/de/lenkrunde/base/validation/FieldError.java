package de.lenkrunde.base.validation;

import java.util.Map;

/**
 * One refused value: the field it belongs to (or {@code null} for the whole form), a translation key
 * and the arguments of the message (e.g. {@code max} of a size limit).
 */
public record FieldError(String field, String messageKey, Map<String, Object> arguments) {

    public FieldError {
        arguments = arguments == null ? Map.of() : Map.copyOf(arguments);
    }

    public static FieldError of(String field, String messageKey) {
        return new FieldError(field, messageKey, Map.of());
    }
}
