package de.lenkrunde.notifications;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What to tell: a translation key and its arguments ({0}, {1} … in the text). It is stored, not the text,
 * so that each reader sees it in their own language.
 */
public record NotificationMessage(String key, List<String> arguments) {

    public NotificationMessage {
        Objects.requireNonNull(key, "key");
        arguments = arguments == null ? List.of() : List.copyOf(arguments.stream().map(a -> a == null ? "" : a).toList());
    }

    public static NotificationMessage of(String key, String... arguments) {
        return new NotificationMessage(key, arguments == null ? List.of() : Arrays.asList(arguments));
    }
}
