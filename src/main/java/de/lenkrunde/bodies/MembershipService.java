package de.lenkrunde.bodies;

import de.lenkrunde.audit.AuditTrail;
import de.lenkrunde.base.TypedReference;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.InputValidator;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.people.CurrentUser;
import de.lenkrunde.people.PeopleService;
import de.lenkrunde.people.PersonReference;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who belongs to a body, in which role, since when and until when. Managed by admins, coordinators of
 * the body's area, and the body's chair or deputy; ending keeps the history.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class MembershipService {

    private final MembershipRepository memberships;
    private final MembershipQueries queries;
    private final BodyRepository bodies;
    private final Permissions permissions;
    private final PeopleService people;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final AuditTrail audit;

    MembershipService(MembershipRepository memberships, MembershipQueries queries, BodyRepository bodies,
                      Permissions permissions, PeopleService people, CurrentUser currentUser, InputValidator validator,
                      AuditTrail audit) {
        this.memberships = memberships;
        this.queries = queries;
        this.bodies = bodies;
        this.permissions = permissions;
        this.people = people;
        this.currentUser = currentUser;
        this.validator = validator;
        this.audit = audit;
    }

    /** Members of a body, current ones only or with history; names come in one query per page. */
    @Transactional(readOnly = true)
    public List<MembershipListItem> list(long bodyId, boolean includeEnded, Pageable page) {
        List<MembershipQueries.Row> rows = queries.list(bodyId, includeEnded, Formats.today(), (int) page.getOffset(), page.getPageSize());
        Map<Long, PersonReference> persons = people.references(rows.stream().map(MembershipQueries.Row::personId).collect(Collectors.toSet()));
        return rows.stream().map(r -> r.toListItem(persons.get(r.personId()), Formats.today())).toList();
    }

    @Transactional(readOnly = true)
    public int count(long bodyId, boolean includeEnded) {
        return queries.count(bodyId, includeEnded, Formats.today());
    }

    public long add(long bodyId, MembershipData data) {
        permissions.require(BodyAction.MANAGE_MEMBERSHIPS, bodyId);
        validator.check(data);
        checkRepresentation(data);
        requireNoOverlap(bodyId, data.personId(), data.validFrom(), data.validTo(), null);
        Membership membership = memberships.save(new Membership(bodyId, data));
        audit.record("MEMBERSHIP_ADDED", reference(bodyId), describe(membership, data));
        return membership.id();
    }

    /** Corrects a membership in place (role, voting right, representation, period). */
    public void update(long membershipId, long version, MembershipData data) {
        validator.check(data);
        Membership membership = load(membershipId, version);
        permissions.require(BodyAction.MANAGE_MEMBERSHIPS, membership.bodyId());
        if (membership.personId() != data.personId()) {
            throw InvalidInputException.of("personId", "membership.rule.personFixed");
        }
        checkRepresentation(data);
        requireNoOverlap(membership.bodyId(), data.personId(), data.validFrom(), data.validTo(), membershipId);
        MembershipData before = membership.data();
        membership.apply(data);
        save(membership);
        audit.record(before.role() != data.role() ? "MEMBERSHIP_ROLE_CHANGED" : "MEMBERSHIP_UPDATED",
                reference(membership.bodyId()), describe(membership, before) + " -> " + describe(membership, data));
    }

    /** Ends a membership on its last day; it stays in the body's history. */
    public void end(long membershipId, long version, LocalDate lastDay, String reason) {
        if (lastDay == null) {
            throw InvalidInputException.of("validTo", "validation.required");
        }
        if (reason != null && reason.length() > 500) {
            throw InvalidInputException.of("endReason", "validation.maxLength");
        }
        Membership membership = load(membershipId, version);
        permissions.require(BodyAction.MANAGE_MEMBERSHIPS, membership.bodyId());
        membership.end(lastDay, reason == null || reason.isBlank() ? null : reason.strip());
        save(membership);
        audit.record("MEMBERSHIP_ENDED", reference(membership.bodyId()),
                describe(membership, membership.data()) + (reason == null ? "" : ", reason: " + reason));
    }

    /** The people who hold one of {@code roles} in a body today, e.g. chair and deputy to notify them. */
    @Transactional(readOnly = true)
    public Set<Long> currentPersonIds(long bodyId, Set<BodyRole> roles) {
        return queries.currentPersons(bodyId, roles, Formats.today());
    }

    /** The bodies the current user belongs to today, with roles: for the start page. */
    @Transactional(readOnly = true)
    public List<MyBody> myBodies() {
        long personId = currentUser.require().personId();
        return queries.currentBodiesOf(personId, Formats.today()).stream()
                .collect(Collectors.groupingBy(MembershipQueries.MyBodyRow::bodyId))
                .values().stream()
                .map(rows -> {
                    MembershipQueries.MyBodyRow first = rows.get(0);
                    Set<BodyRole> roles = rows.stream().map(MembershipQueries.MyBodyRow::role).collect(Collectors.toSet());
                    return new MyBody(first.bodyId(), first.type(), first.name(), first.areaName(), roles);
                })
                .sorted(Comparator.comparing(MyBody::type).thenComparing(MyBody::name))
                .toList();
    }

    private void checkRepresentation(MembershipData data) {
        if (data.onBehalfOfBodyId() == null) {
            return;
        }
        Body represented = bodies.findById(data.onBehalfOfBodyId())
                .orElseThrow(() -> InvalidInputException.of("onBehalfOfBodyId", "validation.required"));
        if (represented.type() != BodyType.FOCUS_GROUP) {
            throw InvalidInputException.of("onBehalfOfBodyId", "membership.rule.onBehalfOfFocusGroup");
        }
    }

    private void requireNoOverlap(long bodyId, long personId, LocalDate from, LocalDate to, Long ownId) {
        boolean overlapping = memberships.findByBodyIdAndPersonId(bodyId, personId).stream()
                .filter(m -> !m.id().equals(ownId))
                .anyMatch(m -> m.overlaps(from, to));
        if (overlapping) {
            throw InvalidInputException.of("personId", "membership.rule.overlap");
        }
    }

    private Membership load(long membershipId, long version) {
        Membership membership = memberships.findById(membershipId)
                .orElseThrow(() -> new EditConflictException("membership " + membershipId, null));
        if (membership.version() != version) {
            throw new EditConflictException("membership " + membershipId, null);
        }
        return membership;
    }

    private void save(Membership membership) {
        try {
            memberships.save(membership);
        } catch (OptimisticLockingFailureException e) {
            throw new EditConflictException("membership " + membership.id(), e);
        }
    }

    private String describe(Membership membership, MembershipData data) {
        String name = people.references(Set.of(membership.personId())).values().stream()
                .map(PersonReference::displayName).findFirst().orElse("#" + membership.personId());
        return name + " " + data.role() + (data.votingRight() ? " (stimmberechtigt)" : "")
                + " " + Formats.date(data.validFrom()) + "–" + Formats.date(data.validTo());
    }

    private TypedReference reference(long bodyId) {
        String name = bodies.findById(bodyId).map(Body::name).orElse("#" + bodyId);
        return TypedReference.of("BODY", bodyId, name, "verwaltung/gremien/" + bodyId + "/mitglieder");
    }
}
