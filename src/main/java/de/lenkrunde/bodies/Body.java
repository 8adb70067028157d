package de.lenkrunde.bodies;

import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A focus group, steering round or conference, with its settings and its agenda template. The template
 * is part of the aggregate, so the body's version guards it like the other settings.
 */
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
    @MappedCollection(idColumn = "body_id", keyColumn = "position")
    private List<TemplateItem> agendaTemplate = new ArrayList<>();

    @PersistenceCreator
    private Body() {
    }

    /** A new body, starting with the standard agenda template. */
    Body(BodyData data) {
        apply(data);
        replaceAgendaTemplate(AgendaTemplateItem.standard());
    }

    /** The name and settings; the agenda template stays as it is. */
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

    /**
     * Replaces the agenda template. Items that stay at the end must come after all others, and a template
     * holds at most {@link AgendaTemplateItem#MAX_ITEMS} items. Each item itself is checked by the service.
     */
    void replaceAgendaTemplate(List<AgendaTemplateItem> items) {
        if (items.size() > AgendaTemplateItem.MAX_ITEMS) {
            throw new InvalidInputException(List.of(new FieldError(null, "agendaTemplate.rule.tooMany",
                    Map.of("max", AgendaTemplateItem.MAX_ITEMS))));
        }
        for (int i = 1; i < items.size(); i++) {
            if (items.get(i - 1).atEnd() && !items.get(i).atEnd()) {
                throw InvalidInputException.of(AgendaTemplateItem.field(i, "atEnd"), "agendaTemplate.rule.atEndLast");
            }
        }
        agendaTemplate = new ArrayList<>(items.stream().map(TemplateItem::of).toList());
    }

    List<AgendaTemplateItem> agendaTemplate() {
        return agendaTemplate.stream().map(TemplateItem::toItem).toList();
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

    @Table("body_agenda_template_item")
    record TemplateItem(String title, AgendaItemKind kind, int plannedMinutes, boolean nonPublic, boolean atEnd) {

        static TemplateItem of(AgendaTemplateItem item) {
            return new TemplateItem(item.title(), item.kind(), item.plannedMinutes(), item.nonPublic(), item.atEnd());
        }

        AgendaTemplateItem toItem() {
            return new AgendaTemplateItem(title, kind, plannedMinutes, nonPublic, atEnd);
        }
    }
}
