package de.lenkrunde.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import de.lenkrunde.base.i18n.Languages;
import org.springframework.stereotype.Component;

/**
 * German for every new session (whatever the browser says), the friendly error handler, and the connection
 * indicator in the session's language: a dropped connection shows "Verbindung unterbrochen …" at the top of every
 * page (the live views of a meeting recover on their own when push reconnects).
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessionInit -> {
            sessionInit.getSession().setLocale(Languages.GERMAN);
            sessionInit.getSession().setErrorHandler(new FriendlyErrorHandler());
        });
        event.getSource().addUIInitListener(uiInit -> {
            var ui = uiInit.getUI();
            ui.getPage().executeJs("""
                    const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
                    if (indicator) { indicator.onlineText = $0; indicator.offlineText = $1; indicator.reconnectingText = $2; }
                    """, ui.getTranslation("connection.online"), ui.getTranslation("connection.lost"),
                    ui.getTranslation("connection.reconnecting"));
        });
    }
}
