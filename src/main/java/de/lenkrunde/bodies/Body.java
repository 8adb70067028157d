package de.lenkrunde.bodies;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A focus group, steering round or conference, with its settings. */
@Table("body")
class Body {

    @Id
    private Long id;
    @Version
    private Long version;
    private BodyType type;
    private String name;
    private String shortCode;
    private String topic;
    private Long areaId;
    private boolean active;
    private int noticePeriodDays;
    private QuorumRule quorumRule;
    private boolean circulationAllowed;

    @PersistenceCreator
    private Body() {
    }

    Body(BodyData data) {
        apply(data);
    }

    void apply(BodyData data) {
        this.type = data.type();
        this.name = data.name();
        this.shortCode = data.shortCode();
        this.topic = data.topic();
        this.areaId = data.areaId();
        this.active = data.active();
        this.noticePeriodDays = data.noticePeriodDays();
        this.quorumRule = data.quorumRule();
        this.circulationAllowed = data.circulationAllowed();
    }

    BodyData data() {
        return new BodyData(type, name, shortCode, topic, areaId, active, noticePeriodDays, quorumRule, circulationAllowed);
    }

    Long id() {
        return id;
    }

    Long version() {
        return version;
    }

    BodyType type() {
        return type;
    }

    String name() {
        return name;
    }

    Long areaId() {
        return areaId;
    }
}
