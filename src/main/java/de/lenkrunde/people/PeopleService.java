package de.lenkrunde.people;

import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.InputValidator;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.people.AccountEvent.Type;
import de.lenkrunde.people.PersonDetails.AccountDetails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Managing people and their accounts (admins), and looking people up (everyone signed in). */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class PeopleService {

    private static final int MAX_SEARCH_RESULTS = 50;

    private final PersonRepository persons;
    private final AccountRepository accounts;
    private final PersonQueries queries;
    private final LoginStateStore loginStates;
    private final PasswordEncoder passwordEncoder;
    private final InputValidator validator;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final List<RegionCatalog> regionCatalogs;

    PeopleService(PersonRepository persons, AccountRepository accounts, PersonQueries queries,
                  LoginStateStore loginStates, PasswordEncoder passwordEncoder, InputValidator validator,
                  CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
                  List<RegionCatalog> regionCatalogs) {
        this.regionCatalogs = regionCatalogs;
        this.persons = persons;
        this.accounts = accounts;
        this.queries = queries;
        this.loginStates = loginStates;
        this.passwordEncoder = passwordEncoder;
        this.validator = validator;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PersonListItem> list(PersonFilter filter, Pageable page) {
        return queries.list(filter, (int) page.getOffset(), page.getPageSize());
    }

    @Transactional(readOnly = true)
    public int count(PersonFilter filter) {
        return queries.count(filter);
    }

    @Transactional(readOnly = true)
    public PersonDetails get(long personId) {
        Person person = persons.findById(personId).orElseThrow(() -> new RecordNotFoundException("person " + personId));
        AccountDetails account = accounts.findByPersonId(personId)
                .map(a -> new AccountDetails(a.id(), a.version(), a.data(), a.mustChangePassword(),
                        loginStates.lockedUntil(a.id()).filter(until -> until.isAfter(clock.instant())).orElse(null)))
                .orElse(null);
        return new PersonDetails(person.id(), person.version(), person.data(), account);
    }

    public long create(PersonData data) {
        validator.check(data);
        Person person = persons.save(new Person(data, clock.instant()));
        publish(Type.PERSON_CREATED, person.id(), person.displayName(), null);
        return person.id();
    }

    public void update(long personId, long version, PersonData data) {
        validator.check(data);
        Person person = persons.findById(personId).orElseThrow(() -> new EditConflictException("person " + personId, null));
        requireVersion(person.version(), version, "person " + personId);
        person.apply(data, clock.instant());
        save(() -> persons.save(person), "person " + personId);
        publish(Type.PERSON_UPDATED, personId, person.displayName(), null);
    }

    /** Gives a person an account with a one-time password that must be changed at the first login. */
    public OneTimePassword createAccount(long personId, AccountData data) {
        String password = PasswordPolicy.generate();
        createAccount(personId, data, password, true);
        return new OneTimePassword(data.login(), password);
    }

    /**
     * An account with a password the admin chose (demo data, migrations). The password policy applies;
     * {@code mustChange} forces a change at the first login.
     */
    public void createAccountWithPassword(long personId, AccountData data, String password, boolean mustChange) {
        PasswordPolicy.check("password", password);
        createAccount(personId, data, password, mustChange);
    }

    private void createAccount(long personId, AccountData data, String password, boolean mustChange) {
        validator.check(data);
        Person person = persons.findById(personId).orElseThrow(() -> new EditConflictException("person " + personId, null));
        if (accounts.findByPersonId(personId).isPresent()) {
            throw InvalidInputException.of(null, "validation.account.exists");
        }
        requireUniqueLogin(data.login(), null);
        Account account = new Account(personId, data, passwordEncoder.encode(password), clock.instant());
        if (!mustChange) {
            account.changePassword(account.passwordHash(), clock.instant());
        }
        try {
            account = accounts.save(account);
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("login", "validation.login.duplicate");
        }
        loginStates.create(account.id());
        publish(Type.ACCOUNT_CREATED, personId, person.displayName(), "login=" + data.login() + " roles=" + data.roles());
    }

    public void updateAccount(long accountId, long version, AccountData data) {
        validator.check(data);
        Account account = accounts.findById(accountId).orElseThrow(() -> new EditConflictException("account " + accountId, null));
        requireVersion(account.version(), version, "account " + accountId);
        requireUniqueLogin(data.login(), accountId);
        AccountData before = account.data();
        if (Objects.equals(currentUser.require().accountId(), accountId) && !data.roles().contains(GlobalRole.ADMIN)) {
            // An admin must not lock everyone out by taking away their own admin role.
            throw InvalidInputException.of("roles", "validation.account.ownAdminRole");
        }
        account.apply(data);
        save(() -> accounts.save(account), "account " + accountId);
        String name = persons.findById(account.personId()).map(Person::displayName).orElse(account.login());
        if (!before.roles().equals(data.roles()) || !before.regionIds().equals(data.regionIds())) {
            publish(Type.ROLES_CHANGED, account.personId(), name,
                    "roles " + before.roles() + " -> " + data.roles() + ", regions " + before.regionIds() + " -> " + data.regionIds());
        }
        publish(Type.ACCOUNT_UPDATED, account.personId(), name, "login=" + data.login() + " enabled=" + data.enabled());
    }

    /** A new one-time password, shown once; the old password stops working at once. */
    public OneTimePassword resetPassword(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new EditConflictException("account " + accountId, null));
        String password = PasswordPolicy.generate();
        account.setOneTimePassword(passwordEncoder.encode(password), clock.instant());
        accounts.save(account);
        loginStates.unlock(accountId);
        publish(Type.PASSWORD_RESET, account.personId(), account.login(), null);
        return new OneTimePassword(account.login(), password);
    }

    public void unlock(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new EditConflictException("account " + accountId, null));
        loginStates.unlock(accountId);
        publish(Type.ACCOUNT_UNLOCKED, account.personId(), account.login(), null);
    }

    /** The Planregionen a coordinator account can be given. */
    @Transactional(readOnly = true)
    public List<RegionCatalog.Region> regions() {
        return regionCatalogs.stream().flatMap(c -> c.regions().stream()).toList();
    }

    /** People for pickers, e.g. when adding a member to a body. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PersonReference> search(String text, int offset, int limit) {
        return queries.search(text, offset, Math.min(limit, MAX_SEARCH_RESULTS));
    }

    /** Names for other modules' lists: one query per page of rows, never one per row. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, PersonReference> references(Collection<Long> personIds) {
        return queries.references(personIds).stream().collect(Collectors.toMap(PersonReference::id, Function.identity()));
    }

    /**
     * E-mail addresses and languages: one query for all ids; unknown ids are left out. Personal data, so
     * admins only (the class default). Delivery reads them through {@link ContactDirectory} instead.
     */
    @Transactional(readOnly = true)
    public List<PersonContact> contacts(Collection<Long> personIds) {
        return queries.contacts(personIds);
    }

    private void requireUniqueLogin(String login, Long ownAccountId) {
        accounts.findByLogin(login).filter(other -> !other.id().equals(ownAccountId)).ifPresent(other -> {
            throw InvalidInputException.of("login", "validation.login.duplicate");
        });
    }

    private static void requireVersion(Long actual, long expected, String what) {
        if (actual == null || actual != expected) {
            throw new EditConflictException(what, null);
        }
    }

    private static void save(Runnable save, String what) {
        try {
            save.run();
        } catch (OptimisticLockingFailureException e) {
            throw new EditConflictException(what, e);
        }
    }

    private void publish(Type type, Long personId, String subject, String details) {
        SignedInUser actor = currentUser.get().orElse(null);
        Instant now = clock.instant();
        events.publishEvent(new AccountEvent(now, actor == null ? null : actor.accountId(),
                actor == null ? null : actor.login(), type, personId, subject, details));
    }
}
