package de.lenkrunde.bodies;

import de.lenkrunde.base.format.Formats;
import de.lenkrunde.people.AuthorityContributor;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * At login, a chair or deputy of any body gets {@code ROLE_BODY_MANAGER}, which opens the
 * "Verwaltung > Gremien" page for their own bodies. The services still check every call live.
 */
@Component
class BodyAuthorities implements AuthorityContributor {

    static final String BODY_MANAGER = "ROLE_BODY_MANAGER";

    private final MembershipRepository memberships;

    BodyAuthorities(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    @Override
    public Set<String> authoritiesFor(long personId) {
        boolean chairsABody = memberships.findCurrentByPerson(personId, Formats.today()).stream()
                .anyMatch(m -> m.role().actsAsChair());
        return chairsABody ? Set.of(BODY_MANAGER) : Set.of();
    }
}
