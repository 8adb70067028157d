package de.lenkrunde.bodies;

import de.lenkrunde.base.validation.BusinessRuleException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A place in the tree district > Planregion > town > Sozialraum. */
@Table("area")
class Area {

    @Id
    private Long id;
    @Version
    private Long version;
    private Long parentId;
    private AreaKind kind;
    private String name;

    @PersistenceCreator
    private Area() {
    }

    /** A district has no parent; every other kind sits directly below the kind above it. */
    Area(Area parent, AreaKind kind, String name) {
        if (parent == null && kind != AreaKind.DISTRICT) {
            throw new BusinessRuleException("area.rule.parentRequired");
        }
        if (parent != null && parent.kind.childKind() != kind) {
            throw new BusinessRuleException("area.rule.wrongLevel");
        }
        this.parentId = parent == null ? null : parent.id;
        this.kind = kind;
        this.name = name;
    }

    void rename(String name) {
        this.name = name;
    }

    Long id() {
        return id;
    }

    Long version() {
        return version;
    }

    Long parentId() {
        return parentId;
    }

    AreaKind kind() {
        return kind;
    }

    String name() {
        return name;
    }
}
