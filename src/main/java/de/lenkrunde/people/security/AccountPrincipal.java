package de.lenkrunde.people.security;

import de.lenkrunde.people.SignedInUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

/** The Spring Security principal of a signed-in account; its snapshot is taken at login. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final SignedInUser user;
    private String passwordHash;
    private final boolean enabled;
    private final boolean nonLocked;
    private final List<GrantedAuthority> authorities;

    public AccountPrincipal(SignedInUser user, String passwordHash, boolean enabled, boolean nonLocked,
                            List<GrantedAuthority> authorities) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.nonLocked = nonLocked;
        this.authorities = List.copyOf(authorities);
    }

    public SignedInUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.login();
    }

    @Override
    public boolean isAccountNonLocked() {
        return nonLocked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
