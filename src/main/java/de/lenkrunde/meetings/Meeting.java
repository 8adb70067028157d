package de.lenkrunde.meetings;

import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A meeting of one body with its agenda, guests and invitees (DESIGN.md §3): PLANNED → INVITED →
 * IN_PROGRESS → CLOSED → MINUTES_APPROVED, or CANCELLED before it starts. The agenda can change until the
 * meeting starts; once published, numbers are frozen and every change waits, as an amendment, to be sent.
 * While it runs, the meeting knows its current item (always an OPEN one) and since when, and each item the
 * time spent on it; items are done, withdrawn or deferred, and urgent items are taken up.
 */
@Table("meeting")
class Meeting {

    static final int MAX_MINUTES = 600;
    static final int MAX_ITEMS = 80;

    @Id
    private Long id;
    @Version
    private Long version;
    private long bodyId;
    private String title;
    private Instant startsAt;
    private Instant endsAt;
    private String room;
    private String address;
    private String onlineLink;
    private MeetingStatus status;
    private int noticePeriodDays;
    private int agendaRevision;
    private boolean amendmentPending;
    private Instant publishedAt;
    private boolean shortNotice;
    private String cancelReason;
    private Instant cancelledAt;
    private Instant createdAt;
    private Instant updatedAt;
    private String updatedByName;
    private Instant startedAt;
    private Instant closedAt;
    /** The item under discussion (its {@code itemId}), always an OPEN one; {@code null} when none is. */
    private Long currentItemId;
    /** Since when the current item is under discussion (this time round). */
    private Instant currentItemSince;
    @MappedCollection(idColumn = "meeting_id", keyColumn = "position")
    private List<AgendaItem> items = new ArrayList<>();
    @MappedCollection(idColumn = "meeting_id", keyColumn = "position")
    private List<MeetingGuest> guests = new ArrayList<>();
    @MappedCollection(idColumn = "meeting_id", keyColumn = "position")
    private List<Invitee> invitees = new ArrayList<>();

    @PersistenceCreator
    private Meeting() {
    }

    Meeting(long bodyId, MeetingData data, int noticePeriodDays, List<AgendaItem> templateItems, Instant now) {
        this.bodyId = bodyId;
        this.noticePeriodDays = noticePeriodDays;
        this.status = MeetingStatus.PLANNED;
        this.createdAt = now;
        this.updatedAt = now;
        setDetails(data);
        this.items.addAll(templateItems);
    }

    // ---- details ------------------------------------------------------------------------------------

    void update(MeetingData data, Instant now) {
        requireAgendaEditable();
        boolean changed = !data.equals(details());
        setDetails(data);
        if (changed) {
            changed();
        }
        this.updatedAt = now;
    }

    private void setDetails(MeetingData data) {
        List<FieldError> errors = new ArrayList<>();
        Instant start = start(data);
        Instant end = end(data);
        if (!end.isAfter(start)) {
            errors.add(FieldError.of("endTime", "meeting.validation.endBeforeStart"));
        } else if (Duration.between(start, end).toMinutes() > MAX_MINUTES) {
            errors.add(FieldError.of("endTime", "meeting.validation.tooLong"));
        }
        if (data.room() == null && data.onlineLink() == null) {
            errors.add(FieldError.of("room", "meeting.validation.place"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.title = data.title();
        this.startsAt = start;
        this.endsAt = end;
        this.room = data.room();
        this.address = data.address();
        this.onlineLink = data.onlineLink();
    }

    private static Instant start(MeetingData data) {
        return ZonedDateTime.of(data.date(), data.startTime(), Formats.ZONE).toInstant();
    }

    private static Instant end(MeetingData data) {
        return ZonedDateTime.of(data.date(), data.endTime(), Formats.ZONE).toInstant();
    }

    MeetingData details() {
        ZonedDateTime start = startsAt.atZone(Formats.ZONE);
        return new MeetingData(title, start.toLocalDate(), start.toLocalTime(), endsAt.atZone(Formats.ZONE).toLocalTime(),
                room, address, onlineLink);
    }

    /** After publication a changed guest list waits, as an amendment, to be sent: only then are new guests invited. */
    void replaceGuests(List<MeetingData.Guest> newGuests) {
        requireAgendaEditable();
        if (!guests().equals(newGuests)) {
            changed();
        }
        guests.clear();
        newGuests.forEach(g -> guests.add(new MeetingGuest(g)));
    }

    // ---- agenda -------------------------------------------------------------------------------------

    /**
     * Adds an item at {@code position} (0-based), or, when {@code null}, where its part of the agenda ends
     * (see {@link #defaultInsertIndex}).
     */
    void add(AgendaItem item, Integer position, int depth) {
        requireAgendaEditable();
        if (items.size() >= MAX_ITEMS) {
            throw new BusinessRuleException("meeting.rule.tooManyItems", MAX_ITEMS);
        }
        int index = position == null ? defaultInsertIndex(item.nonPublic()) : Math.max(0, Math.min(position, items.size()));
        item.depth(index == 0 ? 0 : Math.max(0, Math.min(depth, AgendaNumbering.MAX_DEPTH)));
        if (published()) {
            AgendaItem predecessor = index == 0 ? null : items.get(index - 1);
            item.number(AgendaNumbering.afterPublication(items.stream().map(AgendaItem::number).filter(Objects::nonNull).toList(),
                    predecessor == null ? null : predecessor.number(), predecessor == null ? 0 : predecessor.depth(), item.depth()));
            item.revisions(agendaRevision + 1, agendaRevision + 1);
            amendmentPending = true;
        }
        items.add(index, item);
    }

    /**
     * Where a new item goes: a public one behind the last public item that does not stay at the end (before
     * "Verschiedenes" and the non-public part), a non-public one at the very end — councils hold the
     * non-public part last, so the public part is numbered without gaps.
     */
    private int defaultInsertIndex(boolean nonPublic) {
        int index = items.size();
        if (nonPublic) {
            return index;
        }
        while (index > 0 && (items.get(index - 1).atEnd() || items.get(index - 1).nonPublic())) {
            index--;
        }
        return index;
    }

    void updateItem(long itemId, AgendaItemData data) {
        requireAgendaEditable();
        AgendaItem item = item(itemId);
        requireOpen(item);
        if (!item.data().equals(data)) {
            item.apply(data);
            if (published()) {
                item.changedIn(agendaRevision + 1);
                amendmentPending = true;
            }
        }
    }

    /**
     * Takes an item off the agenda. Before publication it disappears; after, it stays with its number
     * as "entfällt" (members know it from the invitation) — unless it was added since the last sending.
     */
    AgendaItem remove(long itemId) {
        requireAgendaEditable();
        AgendaItem item = item(itemId);
        requireOpen(item);
        if (published() && item.addedInRevision() <= agendaRevision) {
            item.state(AgendaItemState.WITHDRAWN);
            item.changedIn(agendaRevision + 1);
            amendmentPending = true;
        } else {
            items.remove(item);
            normalizeDepths();
        }
        return item;
    }

    /** Moves an item to {@code toIndex} (0-based, in the order after the move). */
    void move(long itemId, int toIndex) {
        requireAgendaEditable();
        AgendaItem item = item(itemId);
        int target = Math.max(0, Math.min(toIndex, items.size() - 1));
        if (items.indexOf(item) == target) {
            return;
        }
        items.remove(item);
        items.add(target, item);
        normalizeDepths();
        if (published()) {
            item.changedIn(agendaRevision + 1);
            amendmentPending = true;
        }
    }

    void indent(long itemId) {
        changeDepth(itemId, +1);
    }

    void outdent(long itemId) {
        changeDepth(itemId, -1);
    }

    private void changeDepth(long itemId, int delta) {
        requireAgendaEditable();
        if (published()) {
            throw new BusinessRuleException("meeting.rule.numbersFrozen");
        }
        AgendaItem item = item(itemId);
        int index = items.indexOf(item);
        int depth = item.depth() + delta;
        if (depth < 0 || depth > AgendaNumbering.MAX_DEPTH || (index == 0 && depth > 0)) {
            throw new BusinessRuleException(delta > 0 ? "meeting.rule.cannotIndent" : "meeting.rule.cannotOutdent");
        }
        item.depth(depth);
    }

    /** The first item is always a main item. */
    private void normalizeDepths() {
        if (!items.isEmpty() && items.get(0).depth() > 0 && !published()) {
            items.get(0).depth(0);
        }
    }

    /** The numbers in agenda order: derived while planned, frozen once published. */
    List<String> numbers() {
        if (!published()) {
            return AgendaNumbering.derive(items.stream().map(AgendaItem::depth).toList());
        }
        return items.stream().map(AgendaItem::number).toList();
    }

    /** Planned minutes of the items still on the agenda. */
    int plannedMinutes() {
        return items.stream().filter(i -> i.state() != AgendaItemState.WITHDRAWN).mapToInt(AgendaItem::plannedMinutes).sum();
    }

    // ---- publishing and cancelling -----------------------------------------------------------------

    /** Whether the invitation would reach members later than the body's notice period (Ladungsfrist) asks. */
    boolean insideNoticePeriod(LocalDate today) {
        LocalDate meetingDay = startsAt.atZone(Formats.ZONE).toLocalDate();
        return today.plusDays(noticePeriodDays).isAfter(meetingDay);
    }

    /** PLANNED → INVITED: the numbering is frozen and the invitees are those who get the invitation now. */
    void publish(List<Invitee> newInvitees, boolean shortNoticeConfirmed, Instant now) {
        if (status != MeetingStatus.PLANNED) {
            throw new BusinessRuleException("meeting.rule.illegalTransition", "publish", status.name());
        }
        if (items.isEmpty()) {
            throw new BusinessRuleException("meeting.rule.emptyAgenda");
        }
        if (!startsAt.isAfter(now)) {
            throw new BusinessRuleException("meeting.rule.inThePast");
        }
        if (insideNoticePeriod(now.atZone(Formats.ZONE).toLocalDate()) && !shortNoticeConfirmed) {
            throw new BusinessRuleException("meeting.rule.shortNoticeUnconfirmed", noticePeriodDays);
        }
        List<String> numbers = numbers();
        for (int i = 0; i < items.size(); i++) {
            items.get(i).number(numbers.get(i));
            items.get(i).revisions(1, 1);
        }
        this.shortNotice = insideNoticePeriod(now.atZone(Formats.ZONE).toLocalDate());
        this.status = MeetingStatus.INVITED;
        this.agendaRevision = 1;
        this.amendmentPending = false;
        this.publishedAt = now;
        replaceInvitees(newInvitees);
    }

    /** The changes since the last sending go out as "Änderung der Tagesordnung". */
    void publishAmendment(List<Invitee> newInvitees, Instant now) {
        if (status != MeetingStatus.INVITED) {
            throw new BusinessRuleException("meeting.rule.illegalTransition", "amend", status.name());
        }
        if (!amendmentPending) {
            throw new BusinessRuleException("meeting.rule.noAmendment");
        }
        this.agendaRevision++;
        this.amendmentPending = false;
        replaceInvitees(newInvitees);
        this.updatedAt = now;
    }

    void cancel(String reason, Instant now) {
        if (!status.agendaEditable()) {
            throw new BusinessRuleException("meeting.rule.illegalTransition", "cancel", status.name());
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "validation.required");
        }
        this.status = MeetingStatus.CANCELLED;
        this.cancelReason = reason.strip();
        this.cancelledAt = now;
    }

    private void replaceInvitees(List<Invitee> newInvitees) {
        invitees.clear();
        invitees.addAll(newInvitees);
    }

    private void changed() {
        if (published()) {
            amendmentPending = true;
        }
    }

    private boolean published() {
        return agendaRevision > 0;
    }

    // ---- running the meeting ---------------------------------------------------------------------------

    /** Whether {@code now} falls on the meeting's day in Berlin. */
    boolean onMeetingDay(Instant now) {
        return now.atZone(Formats.ZONE).toLocalDate().equals(startsAt.atZone(Formats.ZONE).toLocalDate());
    }

    /** INVITED → IN_PROGRESS, only on the meeting's day; the first open item becomes current. */
    void start(Instant now) {
        if (status != MeetingStatus.INVITED) {
            throw new BusinessRuleException("meeting.rule.startNotInvited", status.name());
        }
        if (!onMeetingDay(now)) {
            throw new BusinessRuleException("meeting.rule.startNotToday", Formats.date(startsAt));
        }
        this.status = MeetingStatus.IN_PROGRESS;
        this.startedAt = now;
        AgendaItem first = firstOpenFrom(0);
        if (first != null) {
            call(first, now);
        }
    }

    /** Makes an OPEN item current; the time of the item left is added to its elapsed time. */
    void goTo(long itemId, Instant now) {
        requireRunning();
        AgendaItem item = item(itemId);
        requireOpenInMeeting(item);
        if (Objects.equals(currentItemId, itemId)) {
            return;
        }
        leaveCurrent(now);
        call(item, now);
    }

    /**
     * The current item is DONE and the next OPEN item after it becomes current (none left after it: no item is
     * current). Without a current item, the first OPEN item of the agenda becomes current.
     */
    void next(Instant now) {
        requireRunning();
        AgendaItem current = current();
        if (current != null) {
            settle(current, AgendaItemState.DONE, null, now);
            return;
        }
        AgendaItem first = firstOpenFrom(0);
        if (first == null) {
            throw new BusinessRuleException("meeting.rule.noNextItem");
        }
        call(first, now);
    }

    /**
     * Back to the item before the current one (before the end of the agenda when none is current), skipping
     * items withdrawn or deferred; a DONE item is opened again. The item left stays OPEN.
     */
    void previous(Instant now) {
        requireRunning();
        AgendaItem current = current();
        int before = current == null ? items.size() : items.indexOf(current);
        AgendaItem target = null;
        for (int i = before - 1; i >= 0 && target == null; i--) {
            AgendaItemState state = items.get(i).state();
            if (state == AgendaItemState.OPEN || state == AgendaItemState.DONE) {
                target = items.get(i);
            }
        }
        if (target == null) {
            throw new BusinessRuleException("meeting.rule.noPreviousItem");
        }
        leaveCurrent(now);
        target.reopen();
        call(target, now);
    }

    /** An OPEN item is DONE; when it was current, the next OPEN item after it becomes current. */
    AgendaItem finish(long itemId, Instant now) {
        return settle(itemId, AgendaItemState.DONE, null, now);
    }

    /** Abgesetzt in the meeting: an OPEN item is WITHDRAWN; when it was current, the next OPEN item becomes current. */
    AgendaItem withdrawInMeeting(long itemId, String reason, Instant now) {
        return settle(itemId, AgendaItemState.WITHDRAWN, reason, now);
    }

    /** Vertagt: an OPEN item is DEFERRED (offered for the next agenda); when it was current, the next OPEN item becomes current. */
    AgendaItem defer(long itemId, String reason, Instant now) {
        return settle(itemId, AgendaItemState.DEFERRED, reason, now);
    }

    private AgendaItem settle(long itemId, AgendaItemState state, String reason, Instant now) {
        requireRunning();
        AgendaItem item = item(itemId);
        requireOpenInMeeting(item);
        return settle(item, state, reason == null || reason.isBlank() ? null : reason.strip(), now);
    }

    private AgendaItem settle(AgendaItem item, AgendaItemState state, String reason, Instant now) {
        boolean wasCurrent = Objects.equals(currentItemId, item.itemId());
        if (wasCurrent) {
            leaveCurrent(now);
        }
        item.settle(state, reason);
        if (wasCurrent) {
            AgendaItem following = firstOpenFrom(items.indexOf(item) + 1);
            if (following != null) {
                call(following, now);
            }
        }
        return item;
    }

    /**
     * Dringlichkeit: an item the body takes up in the meeting, with the reason. It goes right after the current
     * item (and its sub-items) when that is in the same part of the agenda (public or non-public), otherwise where
     * its part ends; its number fits in without renumbering (after 4 comes 4a).
     */
    void addUrgent(AgendaItem item, String reason) {
        requireRunning();
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "meeting.validation.urgentReason");
        }
        if (items.size() >= MAX_ITEMS) {
            throw new BusinessRuleException("meeting.rule.tooManyItems", MAX_ITEMS);
        }
        AgendaItem current = current();
        int index;
        if (current != null && current.nonPublic() == item.nonPublic()) {
            index = items.indexOf(current) + 1;
            while (index < items.size() && items.get(index).depth() > 0) {
                index++;
            }
        } else {
            index = defaultInsertIndex(item.nonPublic());
        }
        AgendaItem predecessor = index == 0 ? null : items.get(index - 1);
        item.depth(0);
        item.number(AgendaNumbering.afterPublication(items.stream().map(AgendaItem::number).filter(Objects::nonNull).toList(),
                predecessor == null ? null : predecessor.number(), predecessor == null ? 0 : predecessor.depth(), 0));
        // new since the invitation, but no amendment to send: the body took it up in the meeting
        item.revisions(agendaRevision + 1, agendaRevision);
        item.markUrgent(reason.strip());
        items.add(index, item);
    }

    /** Closing a meeting in which nothing was decided. */
    List<AgendaItem> close(Instant now, boolean deferOpen) {
        return close(now, deferOpen, Set.of());
    }

    /**
     * IN_PROGRESS → CLOSED. A TOP still OPEN but with a decision ({@code decidedItemIds}) was dealt with: it becomes
     * DONE and is never deferred. The other OPEN ones are refused (by number) unless {@code deferOpen}; then they are
     * DEFERRED and returned (their proposals go back to waiting).
     */
    List<AgendaItem> close(Instant now, boolean deferOpen, Set<Long> decidedItemIds) {
        requireRunning();
        List<String> numbers = numbers();
        List<AgendaItem> open = new ArrayList<>();
        List<String> openNumbers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            if (item.state() == AgendaItemState.OPEN && !decidedItemIds.contains(item.itemId())) {
                open.add(item);
                openNumbers.add(numbers.get(i));
            }
        }
        if (!open.isEmpty() && !deferOpen) {
            throw new BusinessRuleException("meeting.rule.openItems", String.join(", ", openNumbers));
        }
        leaveCurrent(now);
        items.stream().filter(item -> item.state() == AgendaItemState.OPEN && decidedItemIds.contains(item.itemId()))
                .forEach(item -> item.settle(AgendaItemState.DONE, null));
        open.forEach(item -> item.settle(AgendaItemState.DEFERRED, null));
        this.status = MeetingStatus.CLOSED;
        this.closedAt = now;
        return open;
    }

    /**
     * CLOSED → MINUTES_APPROVED, when the body approved the minutes (decided by {@code minutes}). Approving a later
     * corrected edition of the minutes finds the meeting approved already: nothing changes then.
     */
    void minutesApproved() {
        if (status == MeetingStatus.MINUTES_APPROVED) {
            return;
        }
        if (status != MeetingStatus.CLOSED) {
            throw new BusinessRuleException("minutes.rule.meetingNotClosed");
        }
        this.status = MeetingStatus.MINUTES_APPROVED;
    }

    /** MINUTES_APPROVED → CLOSED: the approval of its minutes was withdrawn (the approving decision was corrected). */
    void minutesApprovalWithdrawn() {
        if (status == MeetingStatus.CLOSED) {
            return;
        }
        if (status != MeetingStatus.MINUTES_APPROVED) {
            throw new BusinessRuleException("meeting.rule.illegalTransition", "minutesApprovalWithdrawn", status.name());
        }
        this.status = MeetingStatus.CLOSED;
    }

    /** Refuses anything but a meeting in progress: a closed one says so. */
    void requireRunning() {
        if (status == MeetingStatus.IN_PROGRESS) {
            return;
        }
        if (status == MeetingStatus.CLOSED || status == MeetingStatus.MINUTES_APPROVED) {
            throw new BusinessRuleException("meeting.rule.meetingClosed");
        }
        throw new BusinessRuleException("meeting.rule.notRunning");
    }

    private void requireOpenInMeeting(AgendaItem item) {
        if (item.state() != AgendaItemState.OPEN) {
            throw new BusinessRuleException("meeting.rule.itemNotOpen");
        }
    }

    AgendaItem current() {
        return currentItemId == null ? null : items.stream().filter(i -> i.itemId() == currentItemId).findFirst().orElse(null);
    }

    private AgendaItem firstOpenFrom(int index) {
        for (int i = Math.max(0, index); i < items.size(); i++) {
            if (items.get(i).state() == AgendaItemState.OPEN) {
                return items.get(i);
            }
        }
        return null;
    }

    private void call(AgendaItem item, Instant now) {
        this.currentItemId = item.itemId();
        this.currentItemSince = now;
        item.called(now);
    }

    private void leaveCurrent(Instant now) {
        AgendaItem current = current();
        if (current != null && currentItemSince != null) {
            current.addElapsed(Duration.between(currentItemSince, now).getSeconds());
        }
        this.currentItemId = null;
        this.currentItemSince = null;
    }

    private void requireAgendaEditable() {
        if (!status.agendaEditable()) {
            throw new BusinessRuleException("meeting.rule.agendaClosed", status.name());
        }
    }

    private static void requireOpen(AgendaItem item) {
        if (item.state() == AgendaItemState.WITHDRAWN) {
            throw new BusinessRuleException("meeting.rule.itemWithdrawn");
        }
    }

    AgendaItem item(long itemId) {
        return items.stream().filter(i -> i.itemId() == itemId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("meeting.rule.itemGone"));
    }

    void savedBy(String name, Instant now) {
        this.updatedByName = name;
        this.updatedAt = now;
    }

    // ---- reading ------------------------------------------------------------------------------------

    Long id() {
        return id;
    }

    long version() {
        return version == null ? 0 : version;
    }

    long bodyId() {
        return bodyId;
    }

    String title() {
        return title;
    }

    Instant startsAt() {
        return startsAt;
    }

    Instant endsAt() {
        return endsAt;
    }

    String room() {
        return room;
    }

    String address() {
        return address;
    }

    String onlineLink() {
        return onlineLink;
    }

    MeetingStatus status() {
        return status;
    }

    int noticePeriodDays() {
        return noticePeriodDays;
    }

    int agendaRevision() {
        return agendaRevision;
    }

    boolean amendmentPending() {
        return amendmentPending;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    boolean shortNotice() {
        return shortNotice;
    }

    String cancelReason() {
        return cancelReason;
    }

    Instant cancelledAt() {
        return cancelledAt;
    }

    String updatedByName() {
        return updatedByName;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant closedAt() {
        return closedAt;
    }

    Long currentItemId() {
        return currentItemId;
    }

    Instant currentItemSince() {
        return currentItemSince;
    }

    List<AgendaItem> items() {
        return Collections.unmodifiableList(items);
    }

    List<MeetingData.Guest> guests() {
        return guests.stream().map(MeetingGuest::data).toList();
    }

    List<Invitee> invitees() {
        return Collections.unmodifiableList(invitees);
    }
}
