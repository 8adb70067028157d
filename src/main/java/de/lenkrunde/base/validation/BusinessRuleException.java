package de.lenkrunde.base.validation;

/**
 * An aggregate refused a change because of its state (e.g. an illegal transition). The message is a
 * translation key with arguments, so the UI can say it in the user's language.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessRuleException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + java.util.Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
