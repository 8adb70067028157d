package de.lenkrunde.meetings;

import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.bodies.AgendaItemKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The meeting aggregate while it runs: starting on its day, moving through the agenda, time per item, urgent items, closing. */
class MeetingRunTest {

    /** Invitation sent on Monday, 1 June 2026. */
    private static final Instant PUBLISHED = Instant.parse("2026-06-01T08:00:00Z");
    /** The meeting: Thursday, 18 June 2026, 18:00–20:00 in Berlin (16:00Z). */
    private static final LocalDate MEETING_DAY = LocalDate.of(2026, 6, 18);
    /** 17:58 in Berlin on the meeting's day. */
    private static final Instant OPENING = Instant.parse("2026-06-18T15:58:00Z");

    private final AtomicLong ids = new AtomicLong(100);

    // ---- starting ---------------------------------------------------------------------------------------

    @Test
    void an_invited_meeting_starts_on_its_day_with_the_first_open_item_current() {
        Meeting meeting = invited("A", "B", "C");

        meeting.start(OPENING);

        assertThat(meeting.status()).isEqualTo(MeetingStatus.IN_PROGRESS);
        assertThat(meeting.startedAt()).isEqualTo(OPENING);
        assertThat(meeting.currentItemId()).isEqualTo(id(meeting, "A"));
        assertThat(meeting.currentItemSince()).isEqualTo(OPENING);
        assertThat(item(meeting, "A").startedAt()).isEqualTo(OPENING);
        assertThat(item(meeting, "B").startedAt()).isNull();
    }

    @Test
    void a_meeting_starts_only_when_invited_and_only_on_its_day_in_berlin() {
        Meeting planned = new Meeting(1, data(), 7, items("A"), PUBLISHED);
        assertThatThrownBy(() -> planned.start(OPENING)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.startNotInvited"));

        Meeting meeting = invited("A");
        // 23:59 the evening before in Berlin is still 21:59Z; 00:00 the day after is 22:00Z on the meeting's day
        for (Instant wrongDay : List.of(Instant.parse("2026-06-17T21:59:00Z"), Instant.parse("2026-06-18T22:00:00Z"))) {
            assertThatThrownBy(() -> meeting.start(wrongDay)).as(wrongDay.toString()).isInstanceOfSatisfying(BusinessRuleException.class,
                    e -> {
                        assertThat(e.messageKey()).isEqualTo("meeting.rule.startNotToday");
                        assertThat(e.arguments()).containsExactly("18.06.2026");
                    });
        }
        assertThat(meeting.status()).isEqualTo(MeetingStatus.INVITED);

        meeting.start(Instant.parse("2026-06-17T22:00:00Z"));
        assertThatThrownBy(() -> meeting.start(OPENING)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.startNotInvited"));

        Meeting cancelled = invited("A");
        cancelled.cancel("Saal belegt", PUBLISHED);
        assertThatThrownBy(() -> cancelled.start(OPENING)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void nothing_moves_before_the_meeting_starts() {
        Meeting meeting = invited("A", "B");
        assertThatThrownBy(() -> meeting.next(OPENING)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.notRunning"));
        assertThatThrownBy(() -> meeting.goTo(id(meeting, "B"), OPENING)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> meeting.close(OPENING, true)).isInstanceOf(BusinessRuleException.class);
    }

    // ---- moving through the agenda ------------------------------------------------------------------------

    @Test
    void next_finishes_the_current_item_adds_its_time_and_calls_the_next_open_one() {
        Meeting meeting = started("A", "B", "C");

        meeting.next(at(5));

        assertThat(item(meeting, "A").state()).isEqualTo(AgendaItemState.DONE);
        assertThat(item(meeting, "A").elapsedSeconds()).isEqualTo(5 * 60);
        assertThat(meeting.currentItemId()).isEqualTo(id(meeting, "B"));
        assertThat(meeting.currentItemSince()).isEqualTo(at(5));
        assertThat(item(meeting, "B").startedAt()).isEqualTo(at(5));

        meeting.next(at(12));
        meeting.next(at(20));

        assertThat(meeting.items()).extracting(AgendaItem::state).containsOnly(AgendaItemState.DONE);
        assertThat(meeting.items()).extracting(AgendaItem::elapsedSeconds).containsExactly(300L, 420L, 480L);
        assertThat(meeting.currentItemId()).as("nothing open after the last item").isNull();
        assertThat(meeting.currentItemSince()).isNull();
        assertThatThrownBy(() -> meeting.next(at(21))).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.noNextItem"));
    }

    @Test
    void go_to_leaves_the_current_item_open_with_its_time_and_next_skips_what_is_no_longer_open() {
        Meeting meeting = started("A", "B", "C", "D");

        meeting.goTo(id(meeting, "C"), at(3));
        meeting.defer(id(meeting, "D"), null, at(4));
        meeting.next(at(10));

        assertThat(item(meeting, "A").state()).isEqualTo(AgendaItemState.OPEN);
        assertThat(item(meeting, "A").elapsedSeconds()).isEqualTo(180);
        assertThat(item(meeting, "C").state()).isEqualTo(AgendaItemState.DONE);
        assertThat(item(meeting, "C").elapsedSeconds()).isEqualTo(420);
        assertThat(meeting.currentItemId()).as("D was deferred: nothing open after C").isNull();

        meeting.next(at(11));
        assertThat(meeting.currentItemId()).as("without a current item, next picks up the first open one").isEqualTo(id(meeting, "A"));
        meeting.goTo(id(meeting, "A"), at(12));
        assertThat(meeting.currentItemSince()).as("calling the current item again changes nothing").isEqualTo(at(11));

        assertThatThrownBy(() -> meeting.goTo(id(meeting, "C"), at(13))).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.itemNotOpen"));
        assertThatThrownBy(() -> meeting.goTo(999, at(13))).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.itemGone"));
    }

    @Test
    void previous_goes_back_reopening_a_done_item_and_skipping_withdrawn_and_deferred_ones() {
        Meeting meeting = started("A", "B", "C", "D");
        meeting.next(at(5));
        meeting.withdrawInMeeting(id(meeting, "C"), "Antrag zurückgezogen", at(6));
        meeting.goTo(id(meeting, "D"), at(7));

        meeting.previous(at(9));

        assertThat(meeting.currentItemId()).as("C was withdrawn: back to B").isEqualTo(id(meeting, "B"));
        assertThat(item(meeting, "D").state()).isEqualTo(AgendaItemState.OPEN);
        assertThat(item(meeting, "D").elapsedSeconds()).isEqualTo(120);
        assertThat(item(meeting, "B").elapsedSeconds()).isEqualTo(120);

        meeting.previous(at(10));
        assertThat(meeting.currentItemId()).isEqualTo(id(meeting, "A"));
        assertThat(item(meeting, "A").state()).as("opened again").isEqualTo(AgendaItemState.OPEN);
        assertThat(item(meeting, "A").elapsedSeconds()).as("its earlier time stays").isEqualTo(300);
        assertThatThrownBy(() -> meeting.previous(at(11))).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.noPreviousItem"));

        meeting.next(at(12));
        assertThat(item(meeting, "A").elapsedSeconds()).isEqualTo(420);
        assertThat(meeting.currentItemId()).isEqualTo(id(meeting, "B"));
    }

    @Test
    void previous_after_the_last_item_goes_back_to_it() {
        Meeting meeting = started("A", "B");
        meeting.next(at(1));
        meeting.next(at(2));
        assertThat(meeting.currentItemId()).isNull();

        meeting.previous(at(3));

        assertThat(meeting.currentItemId()).isEqualTo(id(meeting, "B"));
        assertThat(item(meeting, "B").state()).isEqualTo(AgendaItemState.OPEN);
    }

    // ---- finishing, withdrawing, deferring -----------------------------------------------------------------

    @Test
    void finishing_withdrawing_or_deferring_the_current_item_moves_on_and_other_items_leave_the_current_one_alone() {
        Meeting meeting = started("A", "B", "C", "D");

        meeting.defer(id(meeting, "C"), "  Kostenplan fehlt ", at(1));
        assertThat(meeting.currentItemId()).isEqualTo(id(meeting, "A"));
        assertThat(item(meeting, "C").state()).isEqualTo(AgendaItemState.DEFERRED);
        assertThat(item(meeting, "C").stateReason()).isEqualTo("Kostenplan fehlt");

        meeting.withdrawInMeeting(id(meeting, "A"), "erledigt sich", at(2));
        assertThat(item(meeting, "A").state()).isEqualTo(AgendaItemState.WITHDRAWN);
        assertThat(item(meeting, "A").elapsedSeconds()).isEqualTo(120);
        assertThat(meeting.currentItemId()).isEqualTo(id(meeting, "B"));

        meeting.finish(id(meeting, "B"), at(4));
        assertThat(meeting.currentItemId()).as("C is deferred").isEqualTo(id(meeting, "D"));

        for (String title : List.of("A", "B", "C")) {
            long itemId = id(meeting, title);
            assertThatThrownBy(() -> meeting.withdrawInMeeting(itemId, null, at(5))).isInstanceOfSatisfying(BusinessRuleException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.itemNotOpen"));
            assertThatThrownBy(() -> meeting.defer(itemId, null, at(5))).isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(() -> meeting.finish(itemId, at(5))).isInstanceOf(BusinessRuleException.class);
        }
    }

    // ---- urgent items ---------------------------------------------------------------------------------------

    @Test
    void an_urgent_item_comes_right_after_the_current_item_with_a_number_that_fits_in() {
        Meeting meeting = started("A", "B", "C", "Verschiedenes*");
        meeting.next(at(5));

        AgendaItem urgent = newItem("Hochwasserschutz Schule", false);
        meeting.addUrgent(urgent, " Unwetter am Wochenende ");

        assertThat(titles(meeting)).containsExactly("A", "B", "Hochwasserschutz Schule", "C", "Verschiedenes");
        assertThat(meeting.numbers()).containsExactly("1", "2", "2a", "3", "4");
        assertThat(urgent.urgent()).isTrue();
        assertThat(urgent.urgentReason()).isEqualTo("Unwetter am Wochenende");
        assertThat(urgent.state()).isEqualTo(AgendaItemState.OPEN);
        assertThat(meeting.amendmentPending()).as("nothing to send: the body took it up in the meeting").isFalse();

        meeting.next(at(6));
        assertThat(meeting.currentItemId()).as("next reaches it").isEqualTo(urgent.itemId());
    }

    @Test
    void an_urgent_item_goes_behind_the_sub_items_of_the_current_item_and_a_non_public_one_to_the_non_public_part() {
        Meeting meeting = new Meeting(1, data(), 7, items("A", "B", "B1", "C", "Verschiedenes*"), PUBLISHED);
        meeting.indent(id(meeting, "B1"));
        meeting.add(newItem("Grundstück", true), null, 0);
        meeting.publish(List.of(), true, PUBLISHED);
        meeting.start(OPENING);
        meeting.goTo(id(meeting, "B"), at(1));

        meeting.addUrgent(newItem("Dringend öffentlich", false), "Frist läuft ab");
        meeting.addUrgent(newItem("Dringend vertraulich", true), "Personalsache");

        assertThat(titles(meeting)).containsExactly("A", "B", "B1", "Dringend öffentlich", "C", "Verschiedenes", "Grundstück",
                "Dringend vertraulich");
        assertThat(meeting.numbers()).containsExactly("1", "2", "2.1", "2a", "3", "4", "5", "5a");
    }

    @Test
    void an_urgent_item_needs_a_reason_and_a_running_meeting() {
        Meeting meeting = started("A");
        for (String reason : new String[]{null, "", "   "}) {
            assertThatThrownBy(() -> meeting.addUrgent(newItem("Ohne Grund", false), reason))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("reason", "meeting.validation.urgentReason")));
        }
        assertThat(titles(meeting)).containsExactly("A");

        Meeting invited = invited("A");
        assertThatThrownBy(() -> invited.addUrgent(newItem("Zu früh", false), "Grund")).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.notRunning"));
    }

    // ---- closing ----------------------------------------------------------------------------------------------

    @Test
    void closing_refuses_open_items_and_names_them() {
        Meeting meeting = started("A", "B", "C", "D");
        meeting.next(at(5));
        meeting.withdrawInMeeting(id(meeting, "D"), null, at(6));

        assertThatThrownBy(() -> meeting.close(at(30), false)).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("meeting.rule.openItems");
            assertThat(e.arguments()).containsExactly("2, 3");
        });
        assertThat(meeting.status()).isEqualTo(MeetingStatus.IN_PROGRESS);
        assertThat(meeting.currentItemId()).isEqualTo(id(meeting, "B"));
    }

    @Test
    void closing_with_deferral_defers_the_open_items_adds_the_current_items_time_and_ends_everything() {
        Meeting meeting = started("A", "B", "C");
        meeting.next(at(5));

        List<AgendaItem> deferred = meeting.close(at(15), true);

        assertThat(deferred).extracting(i -> i.data().title()).containsExactly("B", "C");
        assertThat(meeting.items()).extracting(AgendaItem::state)
                .containsExactly(AgendaItemState.DONE, AgendaItemState.DEFERRED, AgendaItemState.DEFERRED);
        assertThat(item(meeting, "B").elapsedSeconds()).isEqualTo(600);
        assertThat(meeting.status()).isEqualTo(MeetingStatus.CLOSED);
        assertThat(meeting.closedAt()).isEqualTo(at(15));
        assertThat(meeting.currentItemId()).isNull();

        assertThatThrownBy(() -> meeting.next(at(16))).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.meetingClosed"));
        assertThatThrownBy(() -> meeting.previous(at(16))).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.meetingClosed"));
        assertThatThrownBy(() -> meeting.addUrgent(newItem("Nachtrag", false), "Grund")).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.meetingClosed"));
        assertThatThrownBy(() -> meeting.close(at(16), true)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> meeting.cancel("zu spät", at(16))).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void a_decided_item_still_open_at_closing_is_done_not_deferred() {
        Meeting meeting = started("A", "B", "C");
        meeting.next(at(5)); // B is current and was decided; the chair closes without pressing "Erledigt"

        assertThatThrownBy(() -> meeting.close(at(15), false, Set.of(id(meeting, "B")))).isInstanceOfSatisfying(
                BusinessRuleException.class, e -> assertThat(e.arguments()).containsExactly("3"));
        List<AgendaItem> deferred = meeting.close(at(15), true, Set.of(id(meeting, "B")));

        assertThat(deferred).extracting(i -> i.data().title()).containsExactly("C");
        assertThat(meeting.items()).extracting(AgendaItem::state)
                .containsExactly(AgendaItemState.DONE, AgendaItemState.DONE, AgendaItemState.DEFERRED);
        assertThat(item(meeting, "B").elapsedSeconds()).isEqualTo(600);
    }

    @Test
    void a_meeting_whose_items_are_all_settled_closes_without_deferral() {
        Meeting meeting = started("A", "B");
        meeting.next(at(5));
        meeting.next(at(9));

        assertThat(meeting.close(at(10), false)).isEmpty();
        assertThat(meeting.status()).isEqualTo(MeetingStatus.CLOSED);
    }

    // ---- the projected end ------------------------------------------------------------------------------------

    @Test
    void the_projected_end_counts_what_is_left_of_the_open_items_and_never_less_than_nothing_for_the_current_one() {
        Instant since = Instant.parse("2026-06-18T16:10:00Z");
        RunState state = new RunState(1, 3, 1, "Lenkrunde", "Sitzung", MeetingStatus.IN_PROGRESS, OPENING, OPENING, OPENING, null,
                2L, since, List.of(runItem(1, 10, AgendaItemState.DONE, 600), runItem(2, 20, AgendaItemState.OPEN, 300),
                runItem(3, 15, AgendaItemState.OPEN, 120), runItem(4, 30, AgendaItemState.DEFERRED, 0)),
                new Quorum(4, 3, 3, true), true, java.util.Set.of(), false);

        Instant now = since.plus(Duration.ofMinutes(5));
        // item 2: 20 min planned, 5 earlier + 5 now spent → 10 left; item 3: 15 planned, 2 spent → 13 left
        assertThat(state.currentElapsedSeconds(now)).isEqualTo(600);
        assertThat(state.projectedEnd(now)).isEqualTo(now.plus(Duration.ofMinutes(23)));

        Instant overrun = since.plus(Duration.ofMinutes(40));
        assertThat(state.projectedEnd(overrun)).as("the current item's overrun counts as nothing left").isEqualTo(overrun.plus(Duration.ofMinutes(13)));
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static RunItem runItem(long id, int minutes, AgendaItemState state, long elapsed) {
        return new RunItem(id, Long.toString(id), 0, "Punkt " + id, AgendaItemKind.DISCUSSION, minutes, false, state, elapsed,
                false, null, null, null, null);
    }

    /** {@code minutes} after the meeting's start at 18:00 in Berlin. */
    private static Instant at(int minutes) {
        return Instant.parse("2026-06-18T16:00:00Z").plus(Duration.ofMinutes(minutes));
    }

    private static MeetingData data() {
        return new MeetingData("3. Sitzung", MEETING_DAY, LocalTime.of(18, 0), LocalTime.of(20, 0), "Ratssaal", "Markt 1", null);
    }

    private Meeting invited(String... titles) {
        Meeting meeting = new Meeting(1, data(), 7, items(titles), PUBLISHED);
        meeting.publish(List.of(), false, PUBLISHED);
        return meeting;
    }

    /** Invited and opened at 18:00. */
    private Meeting started(String... titles) {
        Meeting meeting = invited(titles);
        meeting.start(at(0));
        return meeting;
    }

    private List<AgendaItem> items(String... titles) {
        List<AgendaItem> items = new ArrayList<>();
        for (String title : titles) {
            boolean atEnd = title.endsWith("*");
            String name = atEnd ? title.substring(0, title.length() - 1) : title;
            items.add(new AgendaItem(ids.incrementAndGet(), new AgendaItemData(name, AgendaItemKind.INFORMATION, 10, null, false, null),
                    atEnd));
        }
        return items;
    }

    private AgendaItem newItem(String title, boolean nonPublic) {
        return new AgendaItem(ids.incrementAndGet(), new AgendaItemData(title, AgendaItemKind.DISCUSSION, 15, null, nonPublic, null), false);
    }

    private static AgendaItem item(Meeting meeting, String title) {
        return meeting.items().stream().filter(i -> i.data().title().equals(title)).findFirst().orElseThrow();
    }

    private static long id(Meeting meeting, String title) {
        return item(meeting, title).itemId();
    }

    private static List<String> titles(Meeting meeting) {
        return meeting.items().stream().map(i -> i.data().title()).toList();
    }
}
