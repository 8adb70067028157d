package de.lenkrunde.meetings;

import de.lenkrunde.bodies.AgendaItemKind;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/**
 * One TOP, a child of its {@link Meeting}. {@code itemId} is its lasting identity (rows are rewritten on
 * every save of the meeting); {@code number} is stored once the agenda is published.
 * <p>
 * No {@code @Version} of its own, on purpose: it is no aggregate root and is written only by saving its meeting,
 * whose {@code @Version} turns two concurrent edits of a TOP into an edit conflict (ADR 012;
 * {@code MeetingServiceTest.a_change_on_a_stale_version_is_refused_and_the_first_change_stays}).
 */
@Table("agenda_item")
class AgendaItem {

    private long itemId;
    private int depth;
    private String number;
    private String title;
    private AgendaItemKind kind;
    private int plannedMinutes;
    private String presenter;
    private boolean nonPublic;
    /** Stays at the end of the agenda (e.g. "Verschiedenes"): new items go in before it. */
    private boolean atEnd;
    private Long proposalId;
    private String proposalLabel;
    private String description;
    /** Where a carried-over item came from, so the same suggestion is not offered twice. */
    private String suggestionKey;
    private AgendaItemState state = AgendaItemState.OPEN;
    private int addedInRevision;
    private int changedInRevision;
    /** Seconds spent on the item in the meeting so far, without the running part while it is current. */
    private long elapsedSeconds;
    /** Added in the meeting as an urgent item (Dringlichkeit), with the reason the body accepted. */
    private boolean urgent;
    private String urgentReason;
    /** Why it was withdrawn or deferred in the meeting. */
    private String stateReason;
    /** When it was first called in the meeting. */
    private Instant startedAt;

    @PersistenceCreator
    private AgendaItem() {
    }

    AgendaItem(long itemId, AgendaItemData data, boolean atEnd) {
        this.itemId = itemId;
        this.atEnd = atEnd;
        apply(data);
    }

    static AgendaItem forProposal(long itemId, AgendaItemData data, long proposalId, String proposalLabel) {
        AgendaItem item = new AgendaItem(itemId, data, false);
        item.proposalId = proposalId;
        item.proposalLabel = proposalLabel;
        return item;
    }

    void apply(AgendaItemData data) {
        this.title = data.title();
        this.kind = data.kind();
        this.plannedMinutes = data.plannedMinutes();
        this.presenter = data.presenter();
        this.nonPublic = data.nonPublic();
        this.description = data.description();
    }

    AgendaItemData data() {
        return new AgendaItemData(title, kind, plannedMinutes, presenter, nonPublic, description);
    }

    void suggestedBy(String key) {
        this.suggestionKey = key;
    }

    long itemId() {
        return itemId;
    }

    int depth() {
        return depth;
    }

    void depth(int depth) {
        this.depth = depth;
    }

    String number() {
        return number;
    }

    void number(String number) {
        this.number = number;
    }

    int plannedMinutes() {
        return plannedMinutes;
    }

    boolean nonPublic() {
        return nonPublic;
    }

    boolean atEnd() {
        return atEnd;
    }

    Long proposalId() {
        return proposalId;
    }

    String proposalLabel() {
        return proposalLabel;
    }

    String suggestionKey() {
        return suggestionKey;
    }

    AgendaItemState state() {
        return state;
    }

    void state(AgendaItemState state) {
        this.state = state;
    }

    int addedInRevision() {
        return addedInRevision;
    }

    int changedInRevision() {
        return changedInRevision;
    }

    void revisions(int added, int changed) {
        this.addedInRevision = added;
        this.changedInRevision = changed;
    }

    void changedIn(int revision) {
        this.changedInRevision = revision;
    }

    // ---- in the meeting -----------------------------------------------------------------------------

    long elapsedSeconds() {
        return elapsedSeconds;
    }

    void addElapsed(long seconds) {
        this.elapsedSeconds += Math.max(0, seconds);
    }

    boolean urgent() {
        return urgent;
    }

    String urgentReason() {
        return urgentReason;
    }

    void markUrgent(String reason) {
        this.urgent = true;
        this.urgentReason = reason;
    }

    String stateReason() {
        return stateReason;
    }

    Instant startedAt() {
        return startedAt;
    }

    /** Called in the meeting; the first call is remembered. */
    void called(Instant now) {
        if (startedAt == null) {
            startedAt = now;
        }
    }

    /** Done, withdrawn or deferred in the meeting, with the reason given (if any). */
    void settle(AgendaItemState newState, String reason) {
        this.state = newState;
        this.stateReason = reason;
    }

    /** Back to OPEN (the chair went back to it). */
    void reopen() {
        this.state = AgendaItemState.OPEN;
        this.stateReason = null;
    }
}
