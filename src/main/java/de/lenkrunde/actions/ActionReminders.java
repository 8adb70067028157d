package de.lenkrunde.actions;

import de.lenkrunde.base.format.Formats;
import de.lenkrunde.notifications.NotificationMessage;
import de.lenkrunde.notifications.Notifier;
import de.lenkrunde.people.SystemUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The daily reminders of action items: the owner (a person, or the current members of an owning body) is told
 * {@code lenkrunde.actions.reminder-days-before} days before the due date, and once when the item is overdue.
 * Safe to run twice (a second node, a restart, a manual run): each reminder is first recorded in
 * {@code action_reminder} under (item, kind, due date) and sent only when that insert was new, in the same
 * transaction as the notification. A moved due date is a new key and reminds again.
 */
@Service
public class ActionReminders {

    static final String DUE_SOON = "DUE_SOON";
    static final String OVERDUE = "OVERDUE";

    private final ActionQueries queries;
    private final ActionItemRepository items;
    private final ActionItemService service;
    private final Notifier notifier;
    private final Clock clock;
    private final int daysBefore;

    ActionReminders(ActionQueries queries, ActionItemRepository items, ActionItemService service, Notifier notifier, Clock clock,
                    @Value("${lenkrunde.actions.reminder-days-before:3}") int daysBefore) {
        this.queries = queries;
        this.items = items;
        this.service = service;
        this.notifier = notifier;
        this.clock = clock;
        this.daysBefore = daysBefore;
    }

    @Scheduled(cron = "${lenkrunde.actions.reminder-cron:0 0 7 * * *}", zone = "Europe/Berlin")
    void daily() {
        SystemUser.call(this::sendDue);
    }

    /** Sends the reminders due today; returns how many items were reminded by this run. Admins and the job only. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int sendDue() {
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        Instant now = clock.instant();
        int sent = 0;
        sent += remind(queries.dueOn(today.plusDays(daysBefore)), DUE_SOON, "action.notification.dueSoon", now);
        sent += remind(queries.overdue(today), OVERDUE, "action.notification.overdue", now);
        return sent;
    }

    int daysBefore() {
        return daysBefore;
    }

    private int remind(List<Long> ids, String kind, String messageKey, Instant now) {
        int sent = 0;
        for (ActionItem action : items.findAllById(ids)) {
            if (queries.markReminded(action.id(), kind, action.dueDate(), now)) {
                notifier.notify(service.recipientsOf(action), new NotificationMessage(messageKey,
                        List.of(action.description(), Formats.date(action.dueDate()))), ActionItemService.reference(action));
                sent++;
            }
        }
        return sent;
    }
}
