package de.lenkrunde.people;

import de.lenkrunde.people.AccountEvent.Type;
import de.lenkrunde.people.security.AccountPrincipal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts failed logins and locks an account for a while after too many in a row; every attempt is
 * audited. The limits are configurable: {@code lenkrunde.security.max-failed-logins}, {@code lock-duration}.
 */
@Component
class LoginAttempts {

    private static final int MAX_LOGIN_LENGTH_IN_AUDIT = 100;

    private final AccountRepository accounts;
    private final LoginStateStore loginStates;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginAttempts(AccountRepository accounts, LoginStateStore loginStates, ApplicationEventPublisher events, Clock clock,
                  @Value("${lenkrunde.security.max-failed-logins:5}") int maxFailures,
                  @Value("${lenkrunde.security.lock-duration:15m}") Duration lockDuration) {
        this.accounts = accounts;
        this.loginStates = loginStates;
        this.events = events;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            SignedInUser user = principal.user();
            loginStates.recordSuccess(user.accountId(), clock.instant());
            publish(user.accountId(), user.login(), Type.LOGIN_SUCCEEDED, user.personId(), user.displayName(), null);
        }
    }

    @EventListener
    @Transactional
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String attemptedLogin = attemptedLogin(event.getAuthentication().getName());
        Instant now = clock.instant();
        accounts.findByLogin(attemptedLogin).ifPresentOrElse(account -> {
            int failures = loginStates.recordFailure(account.id(), now);
            publish(null, null, Type.LOGIN_FAILED, account.personId(), account.login(), "failures=" + failures);
            if (failures >= maxFailures) {
                Instant until = now.plus(lockDuration);
                loginStates.lock(account.id(), until);
                publish(null, null, Type.ACCOUNT_LOCKED, account.personId(), account.login(), "until=" + until);
            }
        }, () -> publish(null, null, Type.LOGIN_FAILED, null, attemptedLogin, "unknown login"));
    }

    @EventListener
    @Transactional
    public void onLocked(AuthenticationFailureLockedEvent event) {
        String login = attemptedLogin(event.getAuthentication().getName());
        Long personId = accounts.findByLogin(login).map(Account::personId).orElse(null);
        publish(null, null, Type.LOGIN_REFUSED_LOCKED, personId, login, null);
    }

    @EventListener
    @Transactional
    public void onDisabled(AuthenticationFailureDisabledEvent event) {
        String login = attemptedLogin(event.getAuthentication().getName());
        Long personId = accounts.findByLogin(login).map(Account::personId).orElse(null);
        publish(null, null, Type.LOGIN_FAILED, personId, login, "account disabled");
    }

    private void publish(Long actorId, String actorLogin, Type type, Long personId, String subject, String details) {
        events.publishEvent(new AccountEvent(clock.instant(), actorId, actorLogin, type, personId, subject, details));
    }

    private static String attemptedLogin(String name) {
        String login = name == null ? "" : name.strip();
        return login.length() > MAX_LOGIN_LENGTH_IN_AUDIT ? login.substring(0, MAX_LOGIN_LENGTH_IN_AUDIT) : login;
    }
}
