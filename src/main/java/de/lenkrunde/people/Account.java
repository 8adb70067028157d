package de.lenkrunde.people;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person's login. Failed logins and lock-outs live in {@code account_login_state}, outside this
 * aggregate, so that a login attempt never collides with an admin editing the account.
 */
@Table("account")
class Account {

    @Id
    private Long id;
    @Version
    private Long version;
    private Long personId;
    private String login;
    private String passwordHash;
    private String language;
    private boolean enabled;
    private boolean mustChangePassword;
    private Instant passwordChangedAt;
    @MappedCollection(idColumn = "account_id")
    private Set<AccountRole> roles = new HashSet<>();
    @MappedCollection(idColumn = "account_id")
    private Set<CoordinatedRegion> regions = new HashSet<>();

    @PersistenceCreator
    private Account() {
    }

    /** A new account always starts with a one-time password that must be changed at the first login. */
    Account(long personId, AccountData data, String oneTimePasswordHash, Instant now) {
        this.personId = personId;
        apply(data);
        setOneTimePassword(oneTimePasswordHash, now);
    }

    void apply(AccountData data) {
        this.login = data.login();
        this.language = data.language();
        this.enabled = data.enabled();
        this.roles = data.roles().stream().map(AccountRole::new).collect(Collectors.toCollection(HashSet::new));
        this.regions = data.roles().contains(GlobalRole.COORDINATOR)
                ? data.regionIds().stream().map(CoordinatedRegion::new).collect(Collectors.toCollection(HashSet::new))
                : new HashSet<>();
    }

    void setOneTimePassword(String hash, Instant now) {
        this.passwordHash = hash;
        this.mustChangePassword = true;
        this.passwordChangedAt = now;
    }

    void changePassword(String hash, Instant now) {
        this.passwordHash = hash;
        this.mustChangePassword = false;
        this.passwordChangedAt = now;
    }

    void setLanguage(String language) {
        this.language = language;
    }

    AccountData data() {
        return new AccountData(login, roleSet(), regionIds(), language, enabled);
    }

    Set<GlobalRole> roleSet() {
        return roles.stream().map(AccountRole::role).collect(Collectors.toUnmodifiableSet());
    }

    Set<Long> regionIds() {
        return regions.stream().map(CoordinatedRegion::areaId).collect(Collectors.toUnmodifiableSet());
    }

    Long id() {
        return id;
    }

    Long version() {
        return version;
    }

    long personId() {
        return personId;
    }

    String login() {
        return login;
    }

    String passwordHash() {
        return passwordHash;
    }

    String language() {
        return language;
    }

    boolean enabled() {
        return enabled;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Table("account_role")
    record AccountRole(GlobalRole role) {
    }

    @Table("account_region")
    record CoordinatedRegion(Long areaId) {
    }
}
