package de.lenkrunde.base.i18n;

import java.util.List;
import java.util.Locale;

/** The languages of the UI: German is the default, English the second. */
public final class Languages {

    public static final Locale GERMAN = Locale.GERMANY;
    public static final Locale ENGLISH = Locale.UK;
    public static final List<Locale> SUPPORTED = List.of(GERMAN, ENGLISH);

    private Languages() {
    }

    /** The supported locale with the same language, or German. */
    public static Locale supportedOrDefault(Locale locale) {
        if (locale != null && ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return ENGLISH;
        }
        return GERMAN;
    }

    /** From the two-letter code stored on an account. */
    public static Locale fromCode(String code) {
        return "en".equals(code) ? ENGLISH : GERMAN;
    }

    public static String code(Locale locale) {
        return supportedOrDefault(locale).getLanguage();
    }
}
