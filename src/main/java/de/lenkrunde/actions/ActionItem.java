package de.lenkrunde.actions;

import de.lenkrunde.base.validation.BusinessRuleException;
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
    static final int MAX_NOTE = 2000;
    static final int MAX_REASON = 1000;

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
    private String cancelReason;

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

    // ---- follow-up: each change returns the entry it adds to the item's story ------------------------------

    /** Progress in percent with an optional note; an OPEN item is then IN_PROGRESS. */
    ActionItemEvent reportProgress(Integer percent, String note, String byName, Instant now) {
        requirePending();
        List<FieldError> errors = new ArrayList<>();
        if (percent == null || percent < 0 || percent > 100) {
            errors.add(new FieldError("progress", "action.progress.range", Map.of("min", 0, "max", 100)));
        }
        String text = strip(note);
        checkLength(errors, "note", text, MAX_NOTE);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ActionStatus before = status;
        this.status = ActionStatus.IN_PROGRESS;
        this.progress = percent;
        touched(byName, now);
        return ActionItemEvent.progress(before, status, percent, text);
    }

    /** Done: from OPEN or IN_PROGRESS only (a cancelled item is not closed as done), progress 100 %. */
    ActionItemEvent complete(String note, String byName, Instant now) {
        if (status == ActionStatus.CANCELLED) {
            throw new BusinessRuleException("action.rule.cancelledCannotClose");
        }
        requirePending();
        String text = strip(note);
        List<FieldError> errors = new ArrayList<>();
        checkLength(errors, "note", text, MAX_NOTE);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ActionStatus before = status;
        this.status = ActionStatus.DONE;
        this.progress = 100;
        touched(byName, now);
        return ActionItemEvent.status(before, status, progress, text);
    }

    /** Cancelled, with a reason (required): it will not be done. */
    ActionItemEvent cancel(String reason, String byName, Instant now) {
        requirePending();
        String why = strip(reason);
        List<FieldError> errors = new ArrayList<>();
        if (why == null) {
            errors.add(FieldError.of("reason", "action.cancel.reasonRequired"));
        }
        checkLength(errors, "reason", why, MAX_REASON);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ActionStatus before = status;
        this.status = ActionStatus.CANCELLED;
        this.cancelReason = why;
        touched(byName, now);
        return ActionItemEvent.status(before, status, progress, why);
    }

    /** A new due date (not in the past, not the same) with a reason (required). */
    ActionItemEvent reschedule(LocalDate newDueDate, String reason, LocalDate today, String byName, Instant now) {
        requirePending();
        List<FieldError> errors = new ArrayList<>();
        if (newDueDate == null) {
            errors.add(FieldError.of("dueDate", "validation.required"));
        } else if (newDueDate.isBefore(today)) {
            errors.add(FieldError.of("dueDate", "action.dueDate.past"));
        } else if (newDueDate.equals(dueDate)) {
            errors.add(FieldError.of("dueDate", "action.dueDate.unchanged"));
        }
        String why = strip(reason);
        if (why == null) {
            errors.add(FieldError.of("reason", "action.dueDate.reasonRequired"));
        }
        checkLength(errors, "reason", why, MAX_REASON);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDate old = dueDate;
        this.dueDate = newDueDate;
        touched(byName, now);
        return ActionItemEvent.dueDate(old, newDueDate, why);
    }

    private void requirePending() {
        if (!status.pending()) {
            throw new BusinessRuleException(status == ActionStatus.DONE ? "action.rule.alreadyDone" : "action.rule.cancelled");
        }
    }

    private void touched(String byName, Instant now) {
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void checkLength(List<FieldError> errors, String field, String text, int max) {
        if (text != null && text.length() > max) {
            errors.add(new FieldError(field, "validation.maxLength", Map.of("max", max)));
        }
    }

    boolean overdue(LocalDate today) {
        return status.pending() && dueDate.isBefore(today);
    }

    ActionItemView view(LocalDate today) {
        return new ActionItemView(id == null ? 0 : id, version == null ? 0 : version, bodyId, meetingId, itemId, decisionId, proposalId, description,
                new ActionOwner(ownerPersonId, ownerBodyId, ownerName), dueDate, status, progress,
                status.pending() && dueDate.isBefore(today), createdAt, createdByName);
    }

    Long id() {
        return id;
    }

    long version() {
        return version == null ? 0 : version;
    }

    long bodyId() {
        return bodyId;
    }

    Long decisionId() {
        return decisionId;
    }

    Long proposalId() {
        return proposalId;
    }

    Long ownerPersonId() {
        return ownerPersonId;
    }

    Long ownerBodyId() {
        return ownerBodyId;
    }

    ActionStatus status() {
        return status;
    }

    int progress() {
        return progress;
    }

    String cancelReason() {
        return cancelReason;
    }

    Long itemId() {
        return itemId;
    }

    Long meetingId() {
        return meetingId;
    }

    String description() {
        return description;
    }

    String updatedByName() {
        return updatedByName;
    }

    String ownerName() {
        return ownerName;
    }

    LocalDate dueDate() {
        return dueDate;
    }
}
