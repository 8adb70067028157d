package de.lenkrunde.people;

import de.lenkrunde.base.i18n.Languages;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.people.AccountEvent.Type;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Locale;

/** What every signed-in user may do with their own account. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class MyAccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MyAccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
                     ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Needs the current password; the new one follows {@link PasswordPolicy}. */
    public void changePassword(String currentPassword, String newPassword) {
        SignedInUser user = currentUser.require();
        Account account = accounts.findById(user.accountId()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw InvalidInputException.of("currentPassword", "validation.password.wrong");
        }
        PasswordPolicy.check("newPassword", newPassword);
        if (newPassword.equals(currentPassword)) {
            throw InvalidInputException.of("newPassword", "validation.password.unchanged");
        }
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        accounts.save(account);
        events.publishEvent(new AccountEvent(clock.instant(), user.accountId(), user.login(), Type.PASSWORD_CHANGED,
                user.personId(), user.displayName(), null));
    }

    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return accessState() == AccessState.MUST_CHANGE_PASSWORD;
    }

    /** Read live, so that a disabled account or a reset password takes effect at the next navigation. */
    @Transactional(readOnly = true)
    public AccessState accessState() {
        SignedInUser user = currentUser.require();
        if (SystemUser.LOGIN.equals(user.login())) {
            return AccessState.OK;
        }
        return accounts.findById(user.accountId())
                .map(a -> !a.enabled() ? AccessState.DISABLED
                        : a.mustChangePassword() ? AccessState.MUST_CHANGE_PASSWORD : AccessState.OK)
                .orElse(AccessState.DISABLED);
    }

    /** Stores the preferred language; it is used from the next page on and at every login. */
    public void changeLanguage(Locale locale) {
        Account account = accounts.findById(currentUser.require().accountId()).orElseThrow();
        account.setLanguage(Languages.code(locale));
        accounts.save(account);
    }
}
