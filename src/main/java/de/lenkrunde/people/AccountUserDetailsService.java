package de.lenkrunde.people;

import de.lenkrunde.base.i18n.Languages;
import de.lenkrunde.people.security.AccountPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Loads an account for Spring Security, with its global roles and contributed authorities. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final PersonRepository persons;
    private final LoginStateStore loginStates;
    private final List<AuthorityContributor> contributors;
    private final Clock clock;

    AccountUserDetailsService(AccountRepository accounts, PersonRepository persons, LoginStateStore loginStates,
                              List<AuthorityContributor> contributors, Clock clock) {
        this.accounts = accounts;
        this.persons = persons;
        this.loginStates = loginStates;
        this.contributors = contributors;
        this.clock = clock;
    }

    /** Runs before authentication: open to anyone, as every login form must be. */
    @Override
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public AccountPrincipal loadUserByUsername(String login) {
        Account account = accounts.findByLogin(login == null ? "" : login.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
        Person person = persons.findById(account.personId()).orElseThrow();
        boolean nonLocked = loginStates.lockedUntil(account.id())
                .map(until -> !until.isAfter(clock.instant())).orElse(true);
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
        account.roleSet().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        contributors.forEach(c -> c.authoritiesFor(person.id()).forEach(a -> authorities.add(new SimpleGrantedAuthority(a))));
        SignedInUser user = new SignedInUser(account.id(), person.id(), account.login(), person.displayName(),
                account.roleSet(), account.regionIds(), Languages.fromCode(account.language()));
        return new AccountPrincipal(user, account.passwordHash(), account.enabled(), nonLocked, authorities);
    }
}
