package de.lenkrunde.base.i18n;

/**
 * An argument of a message that must itself be translated (e.g. a status name), so that the message
 * can be said in the reader's language: the UI translates it before formatting the message.
 */
public record Translatable(String key) {

    public static Translatable of(String key) {
        return new Translatable(key);
    }

    @Override
    public String toString() {
        return key;
    }
}
