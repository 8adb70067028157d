package de.lenkrunde.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short notifications in the same place and style everywhere. */
public final class Toasts {

    private Toasts() {
    }

    public static void success(String text) {
        show(text, NotificationVariant.LUMO_SUCCESS, 3000);
    }

    public static void error(String text) {
        // Errors stay until read; screen readers get them through the notification's live region.
        show(text, NotificationVariant.LUMO_ERROR, 8000);
    }

    private static void show(String text, NotificationVariant variant, int durationMs) {
        Notification notification = Notification.show(text, durationMs, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }
}
