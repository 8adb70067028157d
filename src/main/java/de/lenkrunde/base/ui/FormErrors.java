package de.lenkrunde.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Shows the server's verdict on a form at the fields it concerns; errors without a field go to the
 * form-level message. The input itself is never touched, so nothing typed is lost.
 */
public class FormErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Component translator;
    private final Consumer<String> formMessage;

    /**
     * @param translator  any component of the form, used for translations
     * @param formMessage shows a message that belongs to no single field
     */
    public FormErrors(Component translator, Consumer<String> formMessage) {
        this.translator = translator;
        this.formMessage = formMessage;
    }

    public FormErrors field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    /** Removes the server's verdict; a field's own message (e.g. the e-mail format hint) stays set up. */
    public void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    /**
     * Sends the form: runs {@code action}; bad input goes to the fields, a broken business rule to an error
     * notification. Returns whether it went through (then the verdict is cleared).
     */
    public boolean submit(Runnable action) {
        try {
            action.run();
            clear();
            return true;
        } catch (InvalidInputException e) {
            show(e);
        } catch (BusinessRuleException e) {
            Toasts.error(translator.getTranslation(e.messageKey(), e.arguments()));
        }
        return false;
    }

    public void show(InvalidInputException exception) {
        clear();
        boolean focused = false;
        for (FieldError error : exception.errors()) {
            String message = message(error);
            HasValidation field = error.field() == null ? null : fields.get(error.field());
            if (field == null) {
                formMessage.accept(message);
                continue;
            }
            field.setErrorMessage(message);
            field.setInvalid(true);
            if (!focused && field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                focusable.focus();
                focused = true;
            }
        }
    }

    private String message(FieldError error) {
        return message(translator, error);
    }

    /** An error as text, for places without a field to show it at (e.g. a notification in the live console). */
    public static String message(Component translator, FieldError error) {
        Object max = error.arguments().getOrDefault("max", "");
        Object min = error.arguments().getOrDefault("min", "");
        return translator.getTranslation(error.messageKey(), max, min);
    }
}
