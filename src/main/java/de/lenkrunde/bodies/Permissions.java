package de.lenkrunde.bodies;

import de.lenkrunde.base.format.Formats;
import de.lenkrunde.people.CurrentUser;
import de.lenkrunde.people.GlobalRole;
import de.lenkrunde.people.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one permission service (DESIGN.md §5): "may this user do X on body B?" and "on which bodies may
 * this user do X?" — the latter as ids for lazy list queries. Memberships are read live, so a change
 * applies at once; every service method of every module asks here.
 */
@Service("permissions")
@Transactional(readOnly = true)
public class Permissions {

    private final CurrentUser currentUser;
    private final BodyRepository bodies;
    private final AreaRepository areas;
    private final MembershipRepository memberships;

    Permissions(CurrentUser currentUser, BodyRepository bodies, AreaRepository areas, MembershipRepository memberships) {
        this.currentUser = currentUser;
        this.bodies = bodies;
        this.areas = areas;
        this.memberships = memberships;
    }

    public boolean may(BodyAction action, long bodyId) {
        SignedInUser user = currentUser.get().orElse(null);
        if (user == null) {
            return false;
        }
        Body body = bodies.findById(bodyId).orElse(null);
        if (body == null) {
            return false;
        }
        return PermissionRules.allows(action, user.roles(), coordinates(user, body.areaId()), rolesIn(user, bodyId));
    }

    /** @throws AccessDeniedException when the current user may not */
    public void require(BodyAction action, long bodyId) {
        if (!may(action, bodyId)) {
            throw new AccessDeniedException(action + " on body " + bodyId);
        }
    }

    public boolean may(GlobalAction action) {
        return currentUser.get().map(user -> PermissionRules.allows(action, user.roles())).orElse(false);
    }

    public void require(GlobalAction action) {
        if (!may(action)) {
            throw new AccessDeniedException(action.name());
        }
    }

    /** May the current user create or move a body into this area? Admins anywhere, coordinators in theirs. */
    public boolean mayUseArea(long areaId) {
        SignedInUser user = currentUser.get().orElse(null);
        return user != null && (user.isAdmin() || (user.has(GlobalRole.COORDINATOR) && coordinates(user, areaId)));
    }

    /** The areas the current user may place bodies in: every area for admins, their Planregionen for coordinators. */
    public Set<Long> usableAreaIds() {
        SignedInUser user = currentUser.get().orElse(null);
        if (user == null) {
            return Set.of();
        }
        if (user.isAdmin()) {
            return areas.findAll().stream().map(Area::id).collect(Collectors.toUnmodifiableSet());
        }
        if (user.has(GlobalRole.COORDINATOR) && !user.regionIds().isEmpty()) {
            return areas.selfAndDescendants(user.regionIds());
        }
        return Set.of();
    }

    /** All bodies on which the current user may do {@code action}, for list queries. */
    public BodyScope bodiesWhere(BodyAction action) {
        return bodiesWhere(java.util.EnumSet.of(action)).get(action);
    }

    /**
     * {@link #bodiesWhere(BodyAction)} for several actions at once, reading the user's memberships at
     * most once (list pages ask for two scopes and should cost one query, not two).
     */
    public Map<BodyAction, BodyScope> bodiesWhere(Set<BodyAction> actions) {
        SignedInUser user = currentUser.get().orElse(null);
        Map<BodyAction, BodyScope> scopes = new java.util.EnumMap<>(BodyAction.class);
        Set<BodyRole> noRoles = Set.of();
        Set<Long> coordinated = null;
        Map<Long, Set<BodyRole>> rolesByBody = null;
        for (BodyAction action : actions) {
            if (user == null) {
                scopes.put(action, BodyScope.only(Set.of()));
                continue;
            }
            if (PermissionRules.allows(action, user.roles(), false, noRoles)) {
                scopes.put(action, BodyScope.everything());
                continue;
            }
            Set<Long> ids = new HashSet<>();
            if (user.has(GlobalRole.COORDINATOR) && PermissionRules.allows(action, user.roles(), true, noRoles)
                    && !user.regionIds().isEmpty()) {
                if (coordinated == null) {
                    coordinated = bodies.idsInAreas(areas.selfAndDescendants(user.regionIds()));
                }
                ids.addAll(coordinated);
            }
            if (rolesByBody == null) {
                rolesByBody = memberships.findCurrentByPerson(user.personId(), Formats.today()).stream()
                        .collect(Collectors.groupingBy(Membership::bodyId, Collectors.mapping(Membership::role, Collectors.toSet())));
            }
            rolesByBody.forEach((bodyId, roles) -> {
                if (PermissionRules.allows(action, user.roles(), false, roles)) {
                    ids.add(bodyId);
                }
            });
            scopes.put(action, BodyScope.only(ids));
        }
        return scopes;
    }

    /** The current user's roles in a body today. */
    public Set<BodyRole> rolesIn(long bodyId) {
        return currentUser.get().map(user -> rolesIn(user, bodyId)).orElse(Set.of());
    }

    private Set<BodyRole> rolesIn(SignedInUser user, long bodyId) {
        return memberships.findByBodyIdAndPersonId(bodyId, user.personId()).stream()
                .filter(m -> m.isCurrentOn(Formats.today()))
                .map(Membership::role)
                .collect(Collectors.toUnmodifiableSet());
    }

    private boolean coordinates(SignedInUser user, long areaId) {
        if (!user.has(GlobalRole.COORDINATOR) || user.regionIds().isEmpty()) {
            return false;
        }
        Set<Long> selfAndAncestors = areas.selfAndAncestors(areaId);
        return user.regionIds().stream().anyMatch(selfAndAncestors::contains);
    }
}
