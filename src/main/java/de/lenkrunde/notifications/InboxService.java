package de.lenkrunde.notifications;

import de.lenkrunde.people.CurrentUser;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** The signed-in user's own notifications: nobody reads or marks anybody else's. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class InboxService {

    private final Inbox inbox;
    private final CurrentUser currentUser;
    private final Clock clock;

    InboxService(Inbox inbox, CurrentUser currentUser, Clock clock) {
        this.inbox = inbox;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public int unreadCount() {
        return inbox.unreadCount(me());
    }

    /** Newest first, lazily paged. */
    public List<InboxItem> list(Pageable page) {
        return inbox.page(me(), (int) page.getOffset(), page.getPageSize());
    }

    public int count() {
        return inbox.count(me());
    }

    /** Marks one of the user's own notifications read; another person's id changes nothing. */
    @Transactional
    public void markRead(long notificationId) {
        inbox.markRead(me(), notificationId, clock.instant());
    }

    /** @return how many were unread */
    @Transactional
    public int markAllRead() {
        return inbox.markAllRead(me(), clock.instant());
    }

    private long me() {
        return currentUser.require().personId();
    }
}
