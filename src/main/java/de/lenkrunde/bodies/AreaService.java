package de.lenkrunde.bodies;

import de.lenkrunde.audit.AuditTrail;
import de.lenkrunde.base.TypedReference;
import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.InputValidator;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.people.RegionCatalog;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The area tree: read by everyone signed in, changed by admins. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AreaService implements RegionCatalog {

    private final AreaRepository areas;
    private final Permissions permissions;
    private final InputValidator validator;
    private final AuditTrail audit;

    AreaService(AreaRepository areas, Permissions permissions, InputValidator validator, AuditTrail audit) {
        this.areas = areas;
        this.permissions = permissions;
        this.validator = validator;
        this.audit = audit;
    }

    /** All areas, parents before children, siblings by name. The tree is small (hundreds of nodes). */
    @Transactional(readOnly = true)
    public List<AreaNode> all() {
        return areas.findAll().stream()
                .sorted(Comparator.comparing((Area a) -> a.kind().ordinal()).thenComparing(Area::name, String.CASE_INSENSITIVE_ORDER))
                .map(AreaService::node)
                .toList();
    }

    /** The areas the current user may place a body in: all for admins, their Planregionen for coordinators. */
    @Transactional(readOnly = true)
    public List<AreaNode> usableForBodies() {
        Set<Long> usable = permissions.usableAreaIds();
        return all().stream().filter(a -> usable.contains(a.id())).toList();
    }

    @Transactional(readOnly = true)
    public AreaNode get(long areaId) {
        return areas.findById(areaId).map(AreaService::node).orElseThrow(() -> new RecordNotFoundException("area " + areaId));
    }

    public long create(AreaData data) {
        permissions.require(GlobalAction.MANAGE_AREAS);
        validator.check(data);
        Area parent = data.parentId() == null ? null : areas.findById(data.parentId())
                .orElseThrow(() -> InvalidInputException.of("parentId", "validation.required"));
        requireUniqueName(data.parentId(), data.name(), 0);
        Area area;
        try {
            area = areas.save(new Area(parent, data.kind(), data.name()));
        } catch (BusinessRuleException e) {
            throw InvalidInputException.of("kind", e.messageKey());
        }
        audit.record("AREA_CREATED", reference(area), data.kind() + " " + data.name());
        return area.id();
    }

    public void rename(long areaId, long version, String name) {
        permissions.require(GlobalAction.MANAGE_AREAS);
        validator.check(new AreaData(null, AreaKind.DISTRICT, name));
        Area area = areas.findById(areaId).orElseThrow(() -> new EditConflictException("area " + areaId, null));
        if (area.version() != version) {
            throw new EditConflictException("area " + areaId, null);
        }
        requireUniqueName(area.parentId(), name.strip(), areaId);
        String before = area.name();
        area.rename(name.strip());
        try {
            areas.save(area);
        } catch (OptimisticLockingFailureException e) {
            throw new EditConflictException("area " + areaId, e);
        }
        audit.record("AREA_RENAMED", reference(area), before + " -> " + area.name());
    }

    /** {@link RegionCatalog}: the Planregionen, for coordinator accounts. */
    @Override
    @Transactional(readOnly = true)
    public List<Region> regions() {
        return areas.findByKindOrderByName(AreaKind.PLAN_REGION).stream().map(a -> new Region(a.id(), a.name())).toList();
    }

    private void requireUniqueName(Long parentId, String name, long ownId) {
        boolean taken = parentId == null ? areas.existsRootWithName(name, ownId)
                : areas.existsByParentIdAndNameAndIdNot(parentId, name, ownId);
        if (taken) {
            throw InvalidInputException.of("name", "validation.name.duplicate");
        }
    }

    private static AreaNode node(Area a) {
        return new AreaNode(a.id(), a.version(), a.parentId(), a.kind(), a.name());
    }

    private static TypedReference reference(Area area) {
        return TypedReference.of("AREA", area.id(), area.name(), "verwaltung/gebiete");
    }
}
