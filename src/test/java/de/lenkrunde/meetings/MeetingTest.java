package de.lenkrunde.meetings;

import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.bodies.AgendaItemKind;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The meeting aggregate on its own: details, agenda building, publishing, amendments, cancelling. */
class MeetingTest {

    /** Monday, 1 June 2026, 10:00 in Berlin. */
    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    private static final LocalDate MEETING_DAY = LocalDate.of(2026, 6, 18);
    private static final int NOTICE_DAYS = 7;

    private final AtomicLong ids = new AtomicLong(100);

    // ---- details -----------------------------------------------------------------------------------

    @Test
    void a_new_meeting_is_planned_with_its_template_items_and_times_in_berlin() {
        Meeting meeting = meetingWith("Eröffnung", "Verschiedenes*");

        assertThat(meeting.status()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(meeting.agendaRevision()).isZero();
        assertThat(meeting.startsAt()).isEqualTo(Instant.parse("2026-06-18T16:00:00Z"));
        assertThat(meeting.endsAt()).isEqualTo(Instant.parse("2026-06-18T18:00:00Z"));
        assertThat(meeting.details()).isEqualTo(data(MEETING_DAY, 18, 0, 20, 0));
        assertThat(titles(meeting)).containsExactly("Eröffnung", "Verschiedenes");
        assertThat(meeting.numbers()).containsExactly("1", "2");
    }

    @Test
    void an_end_before_the_start_is_refused_at_the_end_time() {
        assertThatThrownBy(() -> new Meeting(1, data(MEETING_DAY, 18, 0, 17, 59), NOTICE_DAYS, List.of(), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("endTime"));
        assertThatThrownBy(() -> new Meeting(1, data(MEETING_DAY, 18, 0, 18, 0), NOTICE_DAYS, List.of(), NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_meeting_longer_than_ten_hours_is_refused_and_exactly_ten_hours_is_fine() {
        assertThatThrownBy(() -> new Meeting(1, data(MEETING_DAY, 8, 0, 18, 1), NOTICE_DAYS, List.of(), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("endTime", "meeting.validation.tooLong")));
        assertThat(new Meeting(1, data(MEETING_DAY, 8, 0, 18, 0), NOTICE_DAYS, List.of(), NOW).endsAt())
                .isEqualTo(Instant.parse("2026-06-18T16:00:00Z"));
    }

    @Test
    void a_meeting_needs_a_room_or_an_online_link() {
        MeetingData nowhere = new MeetingData("Sitzung", MEETING_DAY, LocalTime.of(18, 0), LocalTime.of(20, 0), " ", "Markt 1", null);
        assertThatThrownBy(() -> new Meeting(1, nowhere, NOTICE_DAYS, List.of(), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("room", "meeting.validation.place")));

        MeetingData online = new MeetingData("Sitzung", MEETING_DAY, LocalTime.of(18, 0), LocalTime.of(20, 0), null, null,
                "https://meet.example/lr");
        assertThat(new Meeting(1, online, NOTICE_DAYS, List.of(), NOW).onlineLink()).isEqualTo("https://meet.example/lr");
    }

    @Test
    void every_refused_field_is_reported_at_once() {
        MeetingData bad = new MeetingData("Sitzung", MEETING_DAY, LocalTime.of(20, 0), LocalTime.of(18, 0), null, null, null);
        assertThatThrownBy(() -> new Meeting(1, bad, NOTICE_DAYS, List.of(), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("endTime", "room"));
    }

    @Test
    void changing_the_details_of_a_planned_meeting_needs_no_amendment_but_of_a_published_one_does() {
        Meeting meeting = meetingWith("Eröffnung");
        meeting.update(data(MEETING_DAY, 17, 0, 19, 0), NOW);
        assertThat(meeting.startsAt()).isEqualTo(Instant.parse("2026-06-18T15:00:00Z"));
        assertThat(meeting.amendmentPending()).isFalse();

        publish(meeting);
        meeting.update(data(MEETING_DAY, 17, 0, 19, 0), NOW);
        assertThat(meeting.amendmentPending()).as("nothing changed").isFalse();
        meeting.update(data(MEETING_DAY, 17, 30, 19, 30), NOW);
        assertThat(meeting.amendmentPending()).isTrue();
    }

    @Test
    void a_guest_added_after_publication_waits_for_the_amendment_that_invites_them() {
        Meeting meeting = meetingWith("A");
        MeetingData.Guest gustav = new MeetingData.Guest("Gustav Gast", "gustav@example.org");
        meeting.replaceGuests(List.of(gustav));
        publish(meeting);

        meeting.replaceGuests(List.of(new MeetingData.Guest("Gustav Gast", "gustav@example.org")));
        assertThat(meeting.amendmentPending()).as("the same guests").isFalse();

        meeting.replaceGuests(List.of(gustav, new MeetingData.Guest("Hanna Hinzu", "hanna@example.org")));
        assertThat(meeting.amendmentPending()).isTrue();
        assertThat(meeting.guests()).extracting(MeetingData.Guest::name).containsExactly("Gustav Gast", "Hanna Hinzu");
    }

    // ---- agenda -----------------------------------------------------------------------------------

    @Test
    void a_new_item_goes_in_before_the_items_that_stay_at_the_end() {
        Meeting meeting = meetingWith("Eröffnung", "Genehmigung der Tagesordnung", "Verschiedenes*", "Schließung*");

        meeting.add(item("Spielplatz"), null, 0);
        meeting.add(item("Bank"), null, 0);

        assertThat(titles(meeting)).containsExactly("Eröffnung", "Genehmigung der Tagesordnung", "Spielplatz", "Bank",
                "Verschiedenes", "Schließung");
        assertThat(meeting.numbers()).containsExactly("1", "2", "3", "4", "5", "6");
    }

    @Test
    void a_non_public_item_goes_to_the_very_end_and_later_public_items_stay_before_verschiedenes() {
        Meeting meeting = meetingWith("Eröffnung", "Verschiedenes*");

        meeting.add(new AgendaItem(ids.incrementAndGet(),
                new AgendaItemData("Personalsache", AgendaItemKind.DISCUSSION, 10, null, true, null), false), null, 0);
        meeting.add(item("Spielplatz"), null, 0);

        assertThat(titles(meeting)).containsExactly("Eröffnung", "Spielplatz", "Verschiedenes", "Personalsache");
        assertThat(meeting.numbers()).containsExactly("1", "2", "3", "4");
    }

    @Test
    void an_item_added_at_a_position_goes_there_and_at_the_top_it_is_always_a_main_item() {
        Meeting meeting = meetingWith("A", "B");

        meeting.add(item("Mitte"), 1, 1);
        meeting.add(item("Oben"), 0, 1);
        meeting.add(item("Weit hinten"), 99, 0);

        assertThat(titles(meeting)).containsExactly("Oben", "A", "Mitte", "B", "Weit hinten");
        assertThat(meeting.numbers()).containsExactly("1", "2", "2.1", "3", "4");
    }

    @Test
    void an_agenda_holds_at_most_eighty_items() {
        Meeting meeting = meetingWith();
        for (int i = 0; i < Meeting.MAX_ITEMS; i++) {
            meeting.add(item("TOP " + i), null, 0);
        }
        assertThatThrownBy(() -> meeting.add(item("einer zu viel"), null, 0))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.tooManyItems"));
    }

    @Test
    void indenting_makes_a_sub_item_and_outdenting_makes_it_a_main_item_again() {
        Meeting meeting = meetingWith("A", "B", "C", "D");
        long c = id(meeting, "C");
        long d = id(meeting, "D");

        meeting.indent(c);
        meeting.indent(d);
        assertThat(meeting.numbers()).containsExactly("1", "2", "2.1", "2.2");

        meeting.outdent(c);
        assertThat(meeting.numbers()).containsExactly("1", "2", "3", "3.1");
    }

    @Test
    void the_first_item_cannot_be_indented_nor_an_item_deeper_than_one_level_nor_a_main_item_outdented() {
        Meeting meeting = meetingWith("A", "B");
        long a = id(meeting, "A");
        long b = id(meeting, "B");

        assertThatThrownBy(() -> meeting.indent(a)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.cannotIndent"));
        meeting.indent(b);
        assertThatThrownBy(() -> meeting.indent(b)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.cannotIndent"));
        assertThatThrownBy(() -> meeting.outdent(a)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.cannotOutdent"));
    }

    @Test
    void moving_reorders_and_renumbers_and_a_sub_item_moved_to_the_top_becomes_a_main_item() {
        Meeting meeting = meetingWith("A", "B", "C", "D");
        long c = id(meeting, "C");
        long d = id(meeting, "D");
        meeting.indent(c);

        meeting.move(d, 1);
        assertThat(titles(meeting)).containsExactly("A", "D", "B", "C");
        assertThat(meeting.numbers()).containsExactly("1", "2", "3", "3.1");

        meeting.move(c, 0);
        assertThat(titles(meeting)).containsExactly("C", "A", "D", "B");
        assertThat(meeting.item(c).depth()).isZero();
        assertThat(meeting.numbers()).containsExactly("1", "2", "3", "4");

        meeting.move(c, 42);
        assertThat(titles(meeting)).containsExactly("A", "D", "B", "C");
    }

    @Test
    void removing_the_first_item_of_a_planned_agenda_lifts_its_sub_item() {
        Meeting meeting = meetingWith("A", "B", "C");
        long a = id(meeting, "A");
        long b = id(meeting, "B");
        meeting.remove(a);
        // B was a main item; make the new first item a sub-item by indenting C under B and removing B
        long c = id(meeting, "C");
        meeting.indent(c);
        meeting.remove(b);

        assertThat(titles(meeting)).containsExactly("C");
        assertThat(meeting.item(c).depth()).isZero();
        assertThat(meeting.numbers()).containsExactly("1");
    }

    @Test
    void an_item_that_is_not_on_the_agenda_is_refused() {
        Meeting meeting = meetingWith("A");
        assertThatThrownBy(() -> meeting.remove(4711)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.itemGone"));
    }

    @Test
    void planned_minutes_add_up_the_items_still_on_the_agenda() {
        Meeting meeting = meetingWith("A", "B", "C");
        assertThat(meeting.plannedMinutes()).isEqualTo(30);
        publish(meeting);

        meeting.remove(id(meeting, "B"));

        assertThat(meeting.plannedMinutes()).as("withdrawn items take no time").isEqualTo(20);
    }

    // ---- publishing ---------------------------------------------------------------------------------

    @Test
    void publishing_freezes_the_numbers_and_invites() {
        Meeting meeting = meetingWith("A", "B", "C", "Verschiedenes*");
        meeting.indent(id(meeting, "C"));
        List<Invitee> invitees = List.of(new Invitee(7L, "Vera Vorsitz", null, "CHAIR", true, true),
                new Invitee(null, "Gustav Gast", "gustav@example.org", Invitee.EXTERNAL_GUEST, false, false));

        meeting.publish(invitees, false, NOW);

        assertThat(meeting.status()).isEqualTo(MeetingStatus.INVITED);
        assertThat(meeting.agendaRevision()).isEqualTo(1);
        assertThat(meeting.publishedAt()).isEqualTo(NOW);
        assertThat(meeting.shortNotice()).isFalse();
        assertThat(meeting.amendmentPending()).isFalse();
        assertThat(meeting.items()).extracting(AgendaItem::number).containsExactly("1", "2", "2.1", "3");
        assertThat(meeting.invitees()).extracting(Invitee::name).containsExactly("Vera Vorsitz", "Gustav Gast");

        meeting.move(id(meeting, "A"), 2);
        assertThat(titles(meeting)).containsExactly("B", "C", "A", "Verschiedenes");
        assertThat(meeting.numbers()).as("frozen: the numbers travel with their items").containsExactly("2", "2.1", "1", "3");
        assertThat(meeting.amendmentPending()).isTrue();
    }

    @Test
    void a_published_agenda_cannot_be_indented_or_outdented() {
        Meeting meeting = meetingWith("A", "B", "C");
        meeting.indent(id(meeting, "C"));
        publish(meeting);

        assertThatThrownBy(() -> meeting.indent(id(meeting, "B"))).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.numbersFrozen"));
        assertThatThrownBy(() -> meeting.outdent(id(meeting, "C"))).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.numbersFrozen"));
    }

    @Test
    void an_empty_agenda_is_not_published() {
        Meeting meeting = meetingWith();
        assertThatThrownBy(() -> meeting.publish(List.of(), false, NOW)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.emptyAgenda"));
        assertThat(meeting.status()).isEqualTo(MeetingStatus.PLANNED);
    }

    @Test
    void a_meeting_that_has_started_is_not_published() {
        Meeting meeting = new Meeting(1, data(LocalDate.of(2026, 6, 1), 9, 0, 12, 0), NOTICE_DAYS, items("A"), NOW);
        assertThatThrownBy(() -> meeting.publish(List.of(), true, NOW)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.inThePast"));
        assertThat(meeting.status()).isEqualTo(MeetingStatus.PLANNED);
    }

    @Test
    void inside_the_notice_period_publishing_needs_a_confirmation_that_is_recorded() {
        Meeting meeting = new Meeting(1, data(LocalDate.of(2026, 6, 7), 18, 0, 20, 0), NOTICE_DAYS, items("A"), NOW);
        assertThat(meeting.insideNoticePeriod(LocalDate.of(2026, 6, 1))).isTrue();

        assertThatThrownBy(() -> meeting.publish(List.of(), false, NOW)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> {
                    assertThat(e.messageKey()).isEqualTo("meeting.rule.shortNoticeUnconfirmed");
                    assertThat(e.arguments()).containsExactly(NOTICE_DAYS);
                });
        assertThat(meeting.status()).isEqualTo(MeetingStatus.PLANNED);

        meeting.publish(List.of(), true, NOW);
        assertThat(meeting.status()).isEqualTo(MeetingStatus.INVITED);
        assertThat(meeting.shortNotice()).isTrue();
    }

    @Test
    void exactly_the_notice_period_ahead_is_in_time() {
        Meeting meeting = new Meeting(1, data(LocalDate.of(2026, 6, 8), 18, 0, 20, 0), NOTICE_DAYS, items("A"), NOW);
        assertThat(meeting.insideNoticePeriod(LocalDate.of(2026, 6, 1))).isFalse();

        meeting.publish(List.of(), false, NOW);
        assertThat(meeting.shortNotice()).isFalse();
    }

    @Test
    void a_published_meeting_is_not_published_again() {
        Meeting meeting = meetingWith("A");
        publish(meeting);
        assertThatThrownBy(() -> publish(meeting)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.illegalTransition"));
    }

    // ---- after publication: amendments -------------------------------------------------------------------

    @Test
    void an_item_added_after_publication_gets_a_letter_and_waits_to_be_sent() {
        Meeting meeting = meetingWith("A", "B", "C", "Verschiedenes*");
        publish(meeting);

        meeting.add(item("Neu"), null, 0);
        meeting.add(item("Noch neuer"), null, 0);
        meeting.add(item("Ganz oben"), 0, 0);
        AgendaItem sub = item("Unterpunkt");
        meeting.add(sub, 2, 1);

        assertThat(titles(meeting)).containsExactly("Ganz oben", "A", "Unterpunkt", "B", "C", "Neu", "Noch neuer", "Verschiedenes");
        assertThat(meeting.numbers()).containsExactly("0a", "1", "1.1", "2", "3", "3a", "3b", "4");
        assertThat(meeting.amendmentPending()).isTrue();
        assertThat(sub.addedInRevision()).isEqualTo(2);
        assertThat(meeting.item(id(meeting, "A")).addedInRevision()).isEqualTo(1);
    }

    @Test
    void removing_a_published_item_withdraws_it_with_its_number_while_an_item_added_since_the_invitation_disappears() {
        Meeting meeting = meetingWith("A", "B", "C");
        publish(meeting);
        meeting.add(item("Neu"), null, 0);
        long b = id(meeting, "B");
        long added = id(meeting, "Neu");

        meeting.remove(b);
        meeting.remove(added);

        assertThat(titles(meeting)).containsExactly("A", "B", "C");
        assertThat(meeting.item(b).state()).isEqualTo(AgendaItemState.WITHDRAWN);
        assertThat(meeting.item(b).number()).isEqualTo("2");
        assertThat(meeting.item(b).changedInRevision()).isEqualTo(2);
        assertThat(meeting.numbers()).containsExactly("1", "2", "3");
        assertThat(meeting.amendmentPending()).isTrue();

        assertThatThrownBy(() -> meeting.remove(b)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.itemWithdrawn"));
        assertThatThrownBy(() -> meeting.updateItem(b, item("B2").data())).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.itemWithdrawn"));
    }

    @Test
    void changing_an_item_after_publication_marks_it_and_an_unchanged_save_does_not() {
        Meeting meeting = meetingWith("A", "B");
        publish(meeting);
        long a = id(meeting, "A");

        meeting.updateItem(a, meeting.item(a).data());
        assertThat(meeting.amendmentPending()).isFalse();
        assertThat(meeting.item(a).changedInRevision()).isEqualTo(1);

        meeting.updateItem(a, new AgendaItemData("A, neu gefasst", AgendaItemKind.DISCUSSION, 20, "Vera", true, null));
        assertThat(meeting.amendmentPending()).isTrue();
        assertThat(meeting.item(a).changedInRevision()).isEqualTo(2);
        assertThat(meeting.item(a).nonPublic()).isTrue();
        assertThat(meeting.item(a).number()).isEqualTo("1");
    }

    @Test
    void sending_an_amendment_counts_the_revision_and_an_item_sent_with_it_is_then_withdrawn_not_removed() {
        Meeting meeting = meetingWith("A", "B");
        publish(meeting);
        assertThatThrownBy(() -> meeting.publishAmendment(List.of(), NOW)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.noAmendment"));

        meeting.add(item("Neu"), null, 0);
        List<Invitee> invitees = List.of(new Invitee(8L, "Max Mitglied", null, "MEMBER", true, true));
        meeting.publishAmendment(invitees, NOW.plusSeconds(60));

        assertThat(meeting.agendaRevision()).isEqualTo(2);
        assertThat(meeting.amendmentPending()).isFalse();
        assertThat(meeting.invitees()).extracting(Invitee::name).containsExactly("Max Mitglied");

        long added = id(meeting, "Neu");
        meeting.remove(added);
        assertThat(meeting.item(added).state()).isEqualTo(AgendaItemState.WITHDRAWN);
        assertThat(meeting.item(added).number()).isEqualTo("2a");
        assertThat(meeting.amendmentPending()).isTrue();

        meeting.publishAmendment(invitees, NOW.plusSeconds(120));
        assertThat(meeting.agendaRevision()).isEqualTo(3);
    }

    @Test
    void a_planned_meeting_sends_no_amendment() {
        Meeting meeting = meetingWith("A");
        assertThatThrownBy(() -> meeting.publishAmendment(List.of(), NOW)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.illegalTransition"));
    }

    // ---- cancelling -------------------------------------------------------------------------------------

    @Test
    void cancelling_needs_a_reason() {
        Meeting meeting = meetingWith("A");
        for (String blank : new String[]{null, "", "   "}) {
            assertThatThrownBy(() -> meeting.cancel(blank, NOW)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.errors()).containsExactly(FieldError.of("reason", "validation.required")));
        }
        assertThat(meeting.status()).isEqualTo(MeetingStatus.PLANNED);

        meeting.cancel("  Vorsitz erkrankt ", NOW);
        assertThat(meeting.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(meeting.cancelReason()).isEqualTo("Vorsitz erkrankt");
        assertThat(meeting.cancelledAt()).isEqualTo(NOW);
    }

    @Test
    void a_published_meeting_may_be_cancelled_and_then_its_agenda_is_closed() {
        Meeting meeting = meetingWith("A");
        publish(meeting);

        meeting.cancel("Raum nicht verfügbar", NOW);

        assertThat(meeting.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThatThrownBy(() -> meeting.add(item("X"), null, 0)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.agendaClosed"));
        assertThatThrownBy(() -> meeting.cancel("noch einmal", NOW)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.illegalTransition"));
        assertThatThrownBy(() -> meeting.update(data(MEETING_DAY, 18, 0, 21, 0), NOW)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void a_meeting_in_progress_is_not_cancelled_and_its_agenda_no_longer_changes() {
        Meeting meeting = meetingWith("A");
        publish(meeting);
        // No operation of the aggregate starts a meeting yet (the live console will); set the state as it would.
        ReflectionTestUtils.setField(meeting, "status", MeetingStatus.IN_PROGRESS);

        assertThatThrownBy(() -> meeting.cancel("zu spät", NOW)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.illegalTransition"));
        assertThatThrownBy(() -> meeting.remove(id(meeting, "A"))).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.agendaClosed"));
        assertThat(meeting.status()).isEqualTo(MeetingStatus.IN_PROGRESS);
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static MeetingData data(LocalDate date, int startHour, int startMinute, int endHour, int endMinute) {
        return new MeetingData("3. Sitzung", date, LocalTime.of(startHour, startMinute), LocalTime.of(endHour, endMinute),
                "Ratssaal", "Markt 1", null);
    }

    /** A meeting on 18 June 2026 with items of 10 minutes each; a title ending in "*" stays at the end. */
    private Meeting meetingWith(String... titles) {
        return new Meeting(1, data(MEETING_DAY, 18, 0, 20, 0), NOTICE_DAYS, items(titles), NOW);
    }

    private List<AgendaItem> items(String... titles) {
        List<AgendaItem> items = new ArrayList<>();
        for (String title : titles) {
            boolean atEnd = title.endsWith("*");
            items.add(new AgendaItem(ids.incrementAndGet(), itemData(atEnd ? title.substring(0, title.length() - 1) : title),
                    atEnd));
        }
        return items;
    }

    private AgendaItem item(String title) {
        return new AgendaItem(ids.incrementAndGet(), itemData(title), false);
    }

    private static AgendaItemData itemData(String title) {
        return new AgendaItemData(title, AgendaItemKind.INFORMATION, 10, null, false, null);
    }

    private static void publish(Meeting meeting) {
        meeting.publish(List.of(), false, NOW);
    }

    private static List<String> titles(Meeting meeting) {
        return meeting.items().stream().map(i -> i.data().title()).toList();
    }

    private static long id(Meeting meeting, String title) {
        return meeting.items().stream().filter(i -> i.data().title().equals(title)).findFirst().orElseThrow().itemId();
    }
}
