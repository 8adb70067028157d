package de.lenkrunde.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import de.lenkrunde.base.i18n.Translatable;
import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.base.validation.RecordNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

import java.util.UUID;

/**
 * Every error that reaches the UI becomes a friendly notification. Known refusals say what happened;
 * anything unexpected gets a short error id that is also in the log, so support can find it.
 */
public class FriendlyErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = meaningfulCause(event.getThrowable());
        UI ui = UI.getCurrent();
        String message;
        if (cause instanceof AccessDeniedException) {
            message = translate(ui, "error.accessDenied");
        } else if (cause instanceof EditConflictException) {
            message = translate(ui, "error.editConflict");
        } else if (cause instanceof BusinessRuleException rule) {
            message = translate(ui, rule.messageKey(), translatedArguments(ui, rule.arguments()));
        } else if (cause instanceof RecordNotFoundException) {
            message = translate(ui, "error.notFound.record");
        } else if (cause instanceof InvalidInputException) {
            message = translate(ui, "error.invalidInput");
        } else {
            String errorId = newErrorId();
            log.error("Unexpected error [error id {}]", errorId, event.getThrowable());
            message = translate(ui, "error.unexpected", errorId);
        }
        if (ui != null) {
            ui.access(() -> Toasts.error(message));
        }
    }

    public static String newErrorId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static Throwable meaningfulCause(Throwable throwable) {
        Throwable current = throwable;
        while (current != null) {
            if (current instanceof AccessDeniedException || current instanceof EditConflictException
                    || current instanceof BusinessRuleException || current instanceof InvalidInputException
                    || current instanceof RecordNotFoundException) {
                return current;
            }
            current = current.getCause();
        }
        return throwable;
    }

    /** Arguments that are themselves translation keys (e.g. a status) are said in the user's language. */
    public static Object[] translatedArguments(UI ui, Object[] arguments) {
        return java.util.Arrays.stream(arguments == null ? new Object[0] : arguments)
                .map(a -> a instanceof Translatable t ? translate(ui, t.key()) : a)
                .toArray();
    }

    private static String translate(UI ui, String key, Object... args) {
        return ui == null ? key : ui.getTranslation(key, args);
    }
}
