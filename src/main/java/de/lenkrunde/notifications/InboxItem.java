package de.lenkrunde.notifications;

import de.lenkrunde.base.TypedReference;
import de.lenkrunde.base.i18n.TranslationProvider;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** One notification in the signed-in user's inbox. */
public record InboxItem(long id, Instant createdAt, Instant readAt, String messageKey, List<String> arguments,
                        TypedReference subject) {

    public boolean unread() {
        return readAt == null;
    }

    /** The message in the reader's language. */
    public String text(Locale locale) {
        return TranslationProvider.translate(messageKey, locale, arguments.toArray());
    }

    /**
     * The message's first paragraph: long messages (an invitation with its whole agenda) are written for the
     * mail; the inbox lists what they are about and links to the subject.
     */
    public String summary(Locale locale) {
        String text = text(locale);
        int end = text.indexOf("\n\n");
        return end < 0 ? text : text.substring(0, end);
    }
}
