package de.lenkrunde.actions;

import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An action item (Aufgabe): what is to be done, by whom, by when. Born OPEN in a meeting; it always has exactly
 * one owner (a person or a body) and a due date that was not in the past when it was set.
 */
@Table("action_item")
class ActionItem {

    static final int MAX_DESCRIPTION = 2000;

    @Id
    private Long id;
    @Version
    private Long version;
    private long bodyId;
    private Long meetingId;
    private Long itemId;
    private Long decisionId;
    private Long proposalId;
    private String description;
    private Long ownerPersonId;
    private Long ownerBodyId;
    private String ownerName;
    private LocalDate dueDate;
    private ActionStatus status;
    private int progress;
    private Instant createdAt;
    private String createdByName;
    private Instant updatedAt;
    private String updatedByName;

    @PersistenceCreator
    private ActionItem() {
    }

    /** Where it was born: the body whose meeting assigned it, the meeting and item, the decision. */
    record Origin(long bodyId, Long meetingId, Long itemId, Long decisionId) {
    }

    /**
     * A new OPEN item. {@code ownerName}: the owner's name as looked up by the caller ({@code null}: the owner does
     * not exist). {@code today}: the date in Berlin, for the due date check.
     */
    static ActionItem assign(Origin origin, ActionItemData data, String ownerName, LocalDate today, String byName, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        String text = data.description() == null || data.description().isBlank() ? null : data.description().strip();
        if (text == null) {
            errors.add(FieldError.of("description", "validation.required"));
        } else if (text.length() > MAX_DESCRIPTION) {
            errors.add(new FieldError("description", "validation.maxLength", Map.of("max", MAX_DESCRIPTION)));
        }
        ActionOwner owner = data.owner();
        if (owner == null || (owner.personId() == null) == (owner.bodyId() == null) || ownerName == null) {
            errors.add(FieldError.of("owner", "action.owner.required"));
        }
        if (data.dueDate() == null) {
            errors.add(FieldError.of("dueDate", "validation.required"));
        } else if (data.dueDate().isBefore(today)) {
            errors.add(FieldError.of("dueDate", "action.dueDate.past"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ActionItem item = new ActionItem();
        item.bodyId = origin.bodyId();
        item.meetingId = origin.meetingId();
        item.itemId = origin.itemId();
        item.decisionId = origin.decisionId();
        item.proposalId = data.proposalId();
        item.description = text;
        item.ownerPersonId = owner.personId();
        item.ownerBodyId = owner.bodyId();
        item.ownerName = ownerName;
        item.dueDate = data.dueDate();
        item.status = ActionStatus.OPEN;
        item.progress = 0;
        item.createdAt = now;
        item.createdByName = byName;
        item.updatedAt = now;
        item.updatedByName = byName;
        return item;
    }

    ActionItemView view(LocalDate today) {
        return new ActionItemView(id == null ? 0 : id, version == null ? 0 : version, bodyId, meetingId, itemId, decisionId, proposalId, description,
                new ActionOwner(ownerPersonId, ownerBodyId, ownerName), dueDate, status, progress,
                status.pending() && dueDate.isBefore(today), createdAt, createdByName);
    }

    Long id() {
        return id;
    }

    Long meetingId() {
        return meetingId;
    }

    String description() {
        return description;
    }

    String ownerName() {
        return ownerName;
    }

    LocalDate dueDate() {
        return dueDate;
    }
}
