package de.lenkrunde.people.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import de.lenkrunde.people.CurrentUser;
import de.lenkrunde.people.MyAccountService;
import de.lenkrunde.people.ui.LoginView;
import de.lenkrunde.people.ui.PasswordChangeView;
import org.springframework.stereotype.Component;

/**
 * For every UI of a signed-in user: the account's language, and no way past the password page while
 * a one-time password is still in use.
 */
@Component
class SessionSetup implements VaadinServiceInitListener {

    private static final String LOCALE_APPLIED = "lenkrunde.accountLocaleApplied";

    private final CurrentUser currentUser;
    private final MyAccountService myAccount;

    SessionSetup(CurrentUser currentUser, MyAccountService myAccount) {
        this.currentUser = currentUser;
        this.myAccount = myAccount;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> {
            UI ui = uiInit.getUI();
            applyAccountLocale(ui);
            ui.addBeforeEnterListener(this::requirePasswordChange);
        });
    }

    private void applyAccountLocale(UI ui) {
        VaadinSession session = ui.getSession();
        currentUser.get().ifPresent(user -> {
            if (session.getAttribute(LOCALE_APPLIED) == null) {
                session.setLocale(user.locale());
                session.setAttribute(LOCALE_APPLIED, Boolean.TRUE);
            }
        });
        ui.setLocale(session.getLocale());
    }

    private void requirePasswordChange(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == PasswordChangeView.class || target == LoginView.class || currentUser.get().isEmpty()) {
            return;
        }
        if (myAccount.mustChangePassword()) {
            event.rerouteTo(PasswordChangeView.class);
        }
    }
}
