package de.lenkrunde.bodies;

import de.lenkrunde.audit.AuditTrail;
import de.lenkrunde.base.TypedReference;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InputValidator;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.base.validation.RecordNotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * Bodies, their settings and their agenda templates. Admins anywhere; coordinators in their Planregionen;
 * chairs read their bodies' settings and edit their agenda templates.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class BodyService {

    private final BodyRepository bodies;
    private final BodyQueries queries;
    private final Permissions permissions;
    private final InputValidator validator;
    private final AuditTrail audit;

    BodyService(BodyRepository bodies, BodyQueries queries, Permissions permissions, InputValidator validator,
                AuditTrail audit) {
        this.bodies = bodies;
        this.queries = queries;
        this.permissions = permissions;
        this.validator = validator;
        this.audit = audit;
    }

    /** The bodies the current user may manage (settings or memberships), for the admin screen. */
    @Transactional(readOnly = true)
    public List<BodyListItem> listManageable(BodyFilter filter, Pageable page) {
        return queries.list(permissions.bodiesWhere(BodyAction.MANAGE_MEMBERSHIPS), filter, Formats.today(),
                (int) page.getOffset(), page.getPageSize());
    }

    @Transactional(readOnly = true)
    public int countManageable(BodyFilter filter) {
        return queries.count(permissions.bodiesWhere(BodyAction.MANAGE_MEMBERSHIPS), filter);
    }

    @Transactional(readOnly = true)
    public BodyDetails get(long bodyId) {
        Body body = bodies.findById(bodyId).orElseThrow(() -> new RecordNotFoundException("body " + bodyId));
        return new BodyDetails(body.id(), body.version(), body.data(), queries.areaName(body.areaId()),
                permissions.may(BodyAction.MANAGE_BODY, bodyId), permissions.may(BodyAction.MANAGE_MEMBERSHIPS, bodyId),
                permissions.may(BodyAction.EDIT_AGENDA_TEMPLATE, bodyId));
    }

    public boolean mayCreateBodies() {
        return permissions.may(GlobalAction.CREATE_BODIES);
    }

    /** Active bodies for pickers, e.g. the focus group a representative speaks for. */
    @Transactional(readOnly = true)
    public List<BodyReference> options(BodyType type) {
        return queries.references(type);
    }

    /** Names for other modules' lists: one query per page of rows, never one per row. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, BodyReference> references(java.util.Collection<Long> bodyIds) {
        return queries.references(bodyIds).stream()
                .collect(java.util.stream.Collectors.toMap(BodyReference::id, java.util.function.Function.identity()));
    }

    /**
     * A body's name for a display without a login (the meeting's projector link, which checked its token first).
     * Names are no secret: they head every public invitation.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public String publicName(long bodyId) {
        return queries.references(java.util.List.of(bodyId)).stream().findFirst().map(BodyReference::name)
                .orElseThrow(() -> new RecordNotFoundException("body " + bodyId));
    }

    public long create(BodyData data) {
        permissions.require(GlobalAction.CREATE_BODIES);
        check(data, 0);
        if (!permissions.mayUseArea(data.areaId())) {
            throw new AccessDeniedException("area " + data.areaId());
        }
        Body body = saveUnique(new Body(data));
        audit.record("BODY_CREATED", reference(body), describe(data));
        return body.id();
    }

    public void update(long bodyId, long version, BodyData data) {
        permissions.require(BodyAction.MANAGE_BODY, bodyId);
        check(data, bodyId);
        Body body = bodies.findById(bodyId).orElseThrow(() -> new EditConflictException("body " + bodyId, null));
        if (body.version() != version) {
            throw new EditConflictException("body " + bodyId, null);
        }
        if (!body.areaId().equals(data.areaId()) && !permissions.mayUseArea(data.areaId())) {
            throw new AccessDeniedException("area " + data.areaId());
        }
        String before = describe(body.data());
        body.apply(data);
        saveUnique(body);
        audit.record("BODY_UPDATED", reference(body), before + " -> " + describe(data));
    }

    /**
     * The items a new meeting of the body starts with, in order. For those who plan the body's meetings
     * or manage the body.
     */
    @Transactional(readOnly = true)
    public List<AgendaTemplateItem> agendaTemplate(long bodyId) {
        if (!permissions.may(BodyAction.PLAN_MEETING, bodyId) && !permissions.may(BodyAction.MANAGE_BODY, bodyId)) {
            throw new AccessDeniedException("agenda template of body " + bodyId);
        }
        Body body = bodies.findById(bodyId).orElseThrow(() -> new RecordNotFoundException("body " + bodyId));
        return body.agendaTemplate();
    }

    /**
     * Replaces the body's agenda template. {@code version} is the body's version as loaded
     * ({@link BodyDetails#version()}); errors of an item are reported at
     * {@link AgendaTemplateItem#field(int, String) templateItems[i].property}.
     */
    public void updateAgendaTemplate(long bodyId, long version, List<AgendaTemplateItem> items) {
        permissions.require(BodyAction.EDIT_AGENDA_TEMPLATE, bodyId);
        checkTemplate(items);
        Body body = bodies.findById(bodyId).orElseThrow(() -> new EditConflictException("body " + bodyId, null));
        if (body.version() != version) {
            throw new EditConflictException("body " + bodyId, null);
        }
        int before = body.agendaTemplate().size();
        body.replaceAgendaTemplate(items);
        saveUnique(body);
        audit.record("BODY_AGENDA_TEMPLATE_UPDATED", reference(body), before + " -> " + describe(items));
    }

    private void checkTemplate(List<AgendaTemplateItem> items) {
        if (items == null) {
            throw InvalidInputException.of(null, "validation.required");
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            AgendaTemplateItem item = items.get(i);
            if (item == null) {
                errors.add(FieldError.of(AgendaTemplateItem.field(i, "title"), "validation.required"));
                continue;
            }
            try {
                validator.check(item);
            } catch (InvalidInputException e) {
                int index = i;
                e.errors().forEach(error -> errors.add(new FieldError(AgendaTemplateItem.field(index, error.field()),
                        error.messageKey(), error.arguments())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static String describe(List<AgendaTemplateItem> items) {
        StringBuilder text = new StringBuilder().append(items.size()).append(" items:");
        for (int i = 0; i < items.size(); i++) {
            AgendaTemplateItem item = items.get(i);
            text.append(' ').append(i + 1).append(". '").append(item.title()).append("' ").append(item.kind())
                    .append(' ').append(item.plannedMinutes()).append("min")
                    .append(item.nonPublic() ? " non-public" : "").append(item.atEnd() ? " at end" : "").append(';');
        }
        return text.toString();
    }

    private void check(BodyData data, long ownId) {
        validator.check(data);
        List<FieldError> errors = new ArrayList<>();
        if (bodies.existsByAreaIdAndNameAndIdNot(data.areaId(), data.name(), ownId)) {
            errors.add(FieldError.of("name", "validation.name.duplicate"));
        }
        if (bodies.existsByShortCodeAndIdNot(data.shortCode(), ownId)) {
            errors.add(FieldError.of("shortCode", "validation.shortCode.duplicate"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private Body saveUnique(Body body) {
        try {
            return bodies.save(body);
        } catch (OptimisticLockingFailureException e) {
            throw new EditConflictException("body " + body.id(), e);
        } catch (DuplicateKeyException e) {
            // Two admins creating the same name or code at once: the database constraint decides.
            String field = e.getMessage() != null && e.getMessage().contains("uk_body_short_code") ? "shortCode" : "name";
            throw InvalidInputException.of(field, field.equals("shortCode") ? "validation.shortCode.duplicate" : "validation.name.duplicate");
        }
    }

    private static String describe(BodyData d) {
        return d.type() + " '" + d.name() + "' (" + d.shortCode() + "), area " + d.areaId() + ", active " + d.active()
                + ", notice " + d.noticePeriodDays() + "d, quorum " + d.quorumRule() + ", circulation " + d.circulationAllowed();
    }

    private static TypedReference reference(Body body) {
        return TypedReference.of("BODY", body.id(), body.name(), "verwaltung/gremien/" + body.id() + "/mitglieder");
    }
}
