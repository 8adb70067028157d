package de.lenkrunde.people;

import de.lenkrunde.people.AccountEvent.Type;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Set;

/**
 * Creates the first admin of a production installation from {@code LENKRUNDE_ADMIN_LOGIN} and
 * {@code LENKRUNDE_ADMIN_PASSWORD}, once: only while no admin exists and the login is free. The
 * password must be changed at the first login.
 */
@Component
@Order(20)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountRepository accounts;
    private final PersonRepository persons;
    private final LoginStateStore loginStates;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String login;
    private final String password;

    FirstAdmin(AccountRepository accounts, PersonRepository persons, LoginStateStore loginStates,
               PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock,
               @Value("${lenkrunde.admin.login:}") String login, @Value("${lenkrunde.admin.password:}") String password) {
        this.accounts = accounts;
        this.persons = persons;
        this.loginStates = loginStates;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.login = login.strip();
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (login.isEmpty() || password.isBlank()) {
            return;
        }
        if (accounts.anyAdminExists() || accounts.existsByLogin(login)) {
            log.info("First admin '{}' not created: an admin or that login already exists", login);
            return;
        }
        Person person = persons.save(new Person(new PersonData("Erste", "Administration", null, null, null, "Administration"), clock.instant()));
        Account account = accounts.save(new Account(person.id(),
                new AccountData(login, Set.of(GlobalRole.ADMIN), Set.of(), "de", true),
                passwordEncoder.encode(password), clock.instant()));
        loginStates.create(account.id());
        events.publishEvent(new AccountEvent(clock.instant(), null, null, Type.ACCOUNT_CREATED, person.id(),
                person.displayName(), "first admin from configuration, login=" + login));
        log.info("First admin '{}' created from configuration; the password must be changed at the first login", login);
    }
}
