package de.lenkrunde.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * All UI text, German first and English second, from {@code vaadin-i18n/translations*.properties}.
 * A missing key shows as {@code !key} so that it is noticed, never as an empty label.
 */
@Component
public class TranslationProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final String BUNDLE = "vaadin-i18n.translations";

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translate(key, locale, params);
    }

    /** Translation outside a component (services, mails, log lines shown to users). */
    public static String translate(String key, Locale locale, Object... params) {
        Locale effective = Languages.supportedOrDefault(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, effective, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, effective);
            return "!" + key;
        }
        if (params == null || params.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, effective).format(params);
    }
}
