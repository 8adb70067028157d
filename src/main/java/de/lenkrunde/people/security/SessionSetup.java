package de.lenkrunde.people.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.lenkrunde.people.AccessState;
import de.lenkrunde.people.CurrentUser;
import de.lenkrunde.people.MyAccountService;
import de.lenkrunde.people.ui.LoginView;
import de.lenkrunde.people.ui.PasswordChangeView;
import org.springframework.stereotype.Component;

/**
 * For every UI of a signed-in user: the account's language, no way past the password page while a
 * one-time password is still in use, and logout at the next navigation once an admin disabled the account.
 */
@Component
class SessionSetup implements VaadinServiceInitListener {

    private static final String LOCALE_APPLIED = "lenkrunde.accountLocaleApplied";

    private final CurrentUser currentUser;
    private final MyAccountService myAccount;
    private final AuthenticationContext authenticationContext;

    SessionSetup(CurrentUser currentUser, MyAccountService myAccount, AuthenticationContext authenticationContext) {
        this.currentUser = currentUser;
        this.myAccount = myAccount;
        this.authenticationContext = authenticationContext;
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
        if (target == LoginView.class || currentUser.get().isEmpty()) {
            return;
        }
        AccessState state = myAccount.accessState();
        if (state == AccessState.DISABLED) {
            authenticationContext.logout();
        } else if (state == AccessState.MUST_CHANGE_PASSWORD && target != PasswordChangeView.class) {
            event.rerouteTo(PasswordChangeView.class);
        }
    }
}
