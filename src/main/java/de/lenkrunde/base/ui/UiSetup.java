package de.lenkrunde.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import de.lenkrunde.base.i18n.Languages;
import org.springframework.stereotype.Component;

/** German for every new session (whatever the browser says) and the friendly error handler. */
@Component
class UiSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessionInit -> {
            sessionInit.getSession().setLocale(Languages.GERMAN);
            sessionInit.getSession().setErrorHandler(new FriendlyErrorHandler());
        });
    }
}
