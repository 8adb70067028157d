package de.lenkrunde;

import de.lenkrunde.bodies.AreaData;
import de.lenkrunde.bodies.AreaKind;
import de.lenkrunde.bodies.AreaService;
import de.lenkrunde.bodies.BodyData;
import de.lenkrunde.bodies.BodyRole;
import de.lenkrunde.bodies.BodyService;
import de.lenkrunde.bodies.BodyType;
import de.lenkrunde.bodies.MembershipData;
import de.lenkrunde.bodies.MembershipService;
import de.lenkrunde.bodies.QuorumRule;
import de.lenkrunde.people.AccountData;
import de.lenkrunde.people.GlobalRole;
import de.lenkrunde.people.PeopleService;
import de.lenkrunde.people.PersonData;
import de.lenkrunde.people.SystemUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Set;

/**
 * Builds test worlds through the real services (as "system"): areas, bodies, people with accounts and
 * memberships. Every account gets {@link #PASSWORD}.
 */
@Component
public class TestData {

    public static final String PASSWORD = "richtig-langes-passwort";

    private final PeopleService people;
    private final AreaService areas;
    private final BodyService bodies;
    private final MembershipService memberships;
    private final UserDetailsService userDetails;

    TestData(PeopleService people, AreaService areas, BodyService bodies, MembershipService memberships,
             UserDetailsService userDetails) {
        this.people = people;
        this.areas = areas;
        this.bodies = bodies;
        this.memberships = memberships;
        this.userDetails = userDetails;
    }

    /** A district with two Planregionen, a town in each, and a steering round and focus group per town. */
    public World world() {
        return SystemUser.call(() -> {
            long district = areas.create(new AreaData(null, AreaKind.DISTRICT, "Testkreis"));
            long north = areas.create(new AreaData(district, AreaKind.PLAN_REGION, "Nord"));
            long south = areas.create(new AreaData(district, AreaKind.PLAN_REGION, "Süd"));
            long townNorth = areas.create(new AreaData(north, AreaKind.TOWN, "Nordstadt"));
            long townSouth = areas.create(new AreaData(south, AreaKind.TOWN, "Südstadt"));
            long steeringNorth = bodies.create(body(BodyType.STEERING_ROUND, "Lenkrunde Nordstadt", "LR-NOR", townNorth));
            long focusNorth = bodies.create(body(BodyType.FOCUS_GROUP, "Fokusgruppe Jugend Nord", "FG-JUN", townNorth));
            long steeringSouth = bodies.create(body(BodyType.STEERING_ROUND, "Lenkrunde Südstadt", "LR-SUD", townSouth));
            return new World(district, north, south, townNorth, townSouth, steeringNorth, focusNorth, steeringSouth);
        });
    }

    public static BodyData body(BodyType type, String name, String code, long areaId) {
        return new BodyData(type, name, code, type == BodyType.FOCUS_GROUP ? "Jugend" : null, areaId, true, 7,
                QuorumRule.MORE_THAN_HALF, false);
    }

    /** A person with an account and the given global roles (regions for coordinators). */
    public long account(String login, Set<GlobalRole> roles, Set<Long> regionIds) {
        return SystemUser.call(() -> {
            long personId = people.create(new PersonData(capitalize(login), "Test", login + "@example.org", null, null, null));
            people.createAccountWithPassword(personId, new AccountData(login, roles, regionIds, "de", true), PASSWORD, false);
            return personId;
        });
    }

    public long person(String firstName, String lastName) {
        return SystemUser.call(() -> people.create(new PersonData(firstName, lastName, null, null, null, null)));
    }

    public long member(long bodyId, long personId, BodyRole role) {
        return SystemUser.call(() -> memberships.add(bodyId, new MembershipData(personId, role, role.mayHaveVotingRight(), null,
                LocalDate.now().minusYears(1), null)));
    }

    /** A membership for an explicit period, e.g. one that has already ended ({@code validTo} in the past). */
    public long membership(long bodyId, long personId, BodyRole role, LocalDate validFrom, LocalDate validTo) {
        return SystemUser.call(() -> memberships.add(bodyId, new MembershipData(personId, role, role.mayHaveVotingRight(), null,
                validFrom, validTo)));
    }

    /** A person with an account whose password ({@link #PASSWORD}) must be changed at the next login. */
    public long accountThatMustChangePassword(String login, Set<GlobalRole> roles) {
        return SystemUser.call(() -> {
            long personId = people.create(new PersonData(capitalize(login), "Test", login + "@example.org", null, null, null));
            people.createAccountWithPassword(personId, new AccountData(login, roles, Set.of(), "de", true), PASSWORD, true);
            return personId;
        });
    }

    /** The id of the account with this login, e.g. for admin actions on it. */
    public long accountId(long personId) {
        return SystemUser.call(() -> people.get(personId).account().id());
    }

    /**
     * The cast of a proposal story in {@code world}: "mitglied" (member of the focus group), "vorsitz"
     * (chair of the steering round) and an outsider with the given login, all with accounts.
     *
     * @return the person id of "mitglied"
     */
    public long proposalCast(World world, String outsider) {
        long member = account("mitglied", Set.of(), Set.of());
        member(world.focusNorth(), member, BodyRole.MEMBER);
        long chair = account("vorsitz", Set.of(), Set.of());
        member(world.steeringNorth(), chair, BodyRole.CHAIR);
        account(outsider, Set.of(), Set.of());
        return member;
    }

    /** Puts the account's real principal (as loaded at login) into the security context. */
    public UserDetails signInAs(String login) {
        UserDetails principal = userDetails.loadUserByUsername(login);
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        return principal;
    }

    /**
     * Runs {@code work} signed in as another existing account (e.g. a second admin acting "meanwhile"),
     * then restores whoever was signed in before.
     */
    public <T> T as(String login, java.util.function.Supplier<T> work) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        signInAs(login);
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    /** Runs {@code work} signed in as another existing account, then restores the previous sign-in. */
    public void as(String login, Runnable work) {
        as(login, () -> {
            work.run();
            return null;
        });
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Ids of the standard test world. */
    public record World(long district, long regionNorth, long regionSouth, long townNorth, long townSouth,
                        long steeringNorth, long focusNorth, long steeringSouth) {
    }
}
