package de.lenkrunde.actions;

import de.lenkrunde.IntegrationTest;
import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.meetings.AgendaSuggestion;
import de.lenkrunde.meetings.MeetingData;
import de.lenkrunde.meetings.MeetingService;
import de.lenkrunde.people.SystemUser;
import de.lenkrunde.proposals.ProposalAction;
import de.lenkrunde.proposals.ProposalService;
import de.lenkrunde.proposals.ProposalStatus;
import de.lenkrunde.proposals.TimelineEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Follow-up of action items on MariaDB with a fixed clock: the life cycle, overdue, bad input, conflicts, who may
 * update (role × action), the lists, reminders sent once when the job runs twice, the carry-over SPI, and the
 * proposal's timeline up to "Umsetzung abgeschlossen".
 */
class ActionFollowUpTest extends IntegrationTest {

    @Autowired
    private RegisterScenario scenario;
    @Autowired
    private ActionItemService actions;
    @Autowired
    private ActionReminders reminders;
    @Autowired
    private MeetingService meetings;
    @Autowired
    private ProposalService proposals;

    private RegisterScenario.Cast cast;

    @BeforeEach
    void cast() {
        cast = scenario.build();
    }

    private ActionItemView item(long id) {
        return SystemUser.call(() -> actions.get(id).item());
    }

    private static List<String> fields(InvalidInputException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void open_in_progress_done_with_progress_notes_and_overdue_by_the_clock() {
        long id = cast.goalsAction();
        assertThat(item(id).status()).isEqualTo(ActionStatus.OPEN);

        testClock.set(Instant.parse("2026-06-22T09:00:00Z"));
        ActionItemView started = testData.as("lrmitglied", () -> actions.reportProgress(id, item(id).version(), 40, "Zwei Angebote liegen vor."));
        assertThat(started.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(started.progress()).isEqualTo(40);
        assertThat(started.overdue()).isFalse();

        // due 1 July: on 1 July it is not overdue yet, on 2 July (Berlin) it is
        testClock.set(Instant.parse("2026-07-01T21:59:00Z"));
        assertThat(item(id).overdue()).isFalse();
        testClock.set(Instant.parse("2026-07-01T22:00:00Z"));
        assertThat(item(id).overdue()).isTrue();
        assertThat(testData.as("lrmitglied", () -> actions.list(new ActionListFilter(ActionListFilter.Scope.MINE, null, true, true),
                PageRequest.of(0, 10)))).extracting(ActionListItem::id).containsExactly(id);

        ActionItemView done = testData.as("lrmitglied", () -> actions.complete(id, item(id).version(), "Tore bestellt."));
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.progress()).isEqualTo(100);
        assertThat(done.overdue()).isFalse();

        ActionItemDetails details = testData.as("lrmitglied", () -> actions.get(id));
        assertThat(details.story()).extracting(ActionItemEvent::kind)
                .containsExactly(ActionItemEvent.Kind.STATUS, ActionItemEvent.Kind.PROGRESS);
        assertThat(details.story().get(1).text()).isEqualTo("Zwei Angebote liegen vor.");
        assertThat(details.story().get(1).occurredAt()).isEqualTo(Instant.parse("2026-06-22T09:00:00Z"));

        assertThatThrownBy(() -> testData.as("lrmitglied", () -> actions.reportProgress(id, item(id).version(), 50, null)))
                .isInstanceOf(BusinessRuleException.class).extracting("messageKey").isEqualTo("action.rule.alreadyDone");
    }

    @Test
    void bad_input_is_refused_at_its_field() {
        long id = cast.goalsAction();
        testClock.set(Instant.parse("2026-06-22T09:00:00Z"));
        assertThatThrownBy(() -> testData.as("lrmitglied", () -> actions.reportProgress(id, item(id).version(), 120, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("progress"));
        assertThatThrownBy(() -> testData.as("lrmitglied", () -> actions.reportProgress(id, item(id).version(), -1, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("progress"));
        assertThatThrownBy(() -> testData.as("lrmitglied", () -> actions.reschedule(id, item(id).version(), LocalDate.of(2026, 7, 15), " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("reason"));
        assertThatThrownBy(() -> testData.as("lrmitglied", () -> actions.reschedule(id, item(id).version(), LocalDate.of(2026, 6, 1), "zu spät")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("dueDate"));
        assertThatThrownBy(() -> testData.as("lrmitglied", () -> actions.cancel(id, item(id).version(), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("reason"));
        assertThat(item(id).status()).isEqualTo(ActionStatus.OPEN);

        ActionItemView moved = testData.as("lrmitglied", () -> actions.reschedule(id, item(id).version(), LocalDate.of(2026, 7, 15),
                "Lieferant braucht länger"));
        assertThat(moved.dueDate()).isEqualTo(LocalDate.of(2026, 7, 15));
        ActionItemEvent change = testData.as("lrmitglied", () -> actions.get(id)).story().get(0);
        assertThat(change.oldDueDate()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(change.text()).isEqualTo("Lieferant braucht länger");

        testData.as("vorsitz", () -> actions.cancel(id, item(id).version(), "Der Verein stellt Tore."));
        assertThatThrownBy(() -> testData.as("lrmitglied", () -> actions.complete(id, item(id).version(), null)))
                .isInstanceOf(BusinessRuleException.class).extracting("messageKey").isEqualTo("action.rule.cancelledCannotClose");
        assertThat(testData.as("lrmitglied", () -> actions.get(id)).cancelReason()).isEqualTo("Der Verein stellt Tore.");
    }

    @Test
    void two_people_updating_the_same_item_the_second_gets_a_conflict_and_nothing_is_overwritten() {
        long id = cast.calendarAction();
        long seen = item(id).version();
        testData.as("mitglied", () -> actions.reportProgress(id, seen, 50, "Hälfte eingetragen"));
        assertThatThrownBy(() -> testData.as("vorsitz", () -> actions.reportProgress(id, seen, 20, "Angefangen")))
                .isInstanceOf(EditConflictException.class);
        assertThat(item(id).progress()).isEqualTo(50);
    }

    @ParameterizedTest(name = "{0} on the person''s item: {1}; on the body''s item: {2}")
    @CsvSource({
            "lrmitglied,   ok,        denied",   // owner of the goals item; not in the owning focus group
            "mitglied,     notFound,  ok",       // member of the owning focus group
            "vorsitz,      ok,        ok",       // chair of the originating body
            "koordination, ok,        ok",       // coordinator of the region
            "admin,        ok,        ok",
            "protokoll,    denied,    denied",   // minute-taker: reads, may not update
            "zweite,       denied,    denied",   // member of the originating body, not the owner
            "suedmitglied, notFound,  notFound", // another body
            "aussen,       notFound,  notFound"
    })
    void who_may_update_an_item(String login, String onPersonItem, String onBodyItem) {
        check(login, cast.goalsAction(), onPersonItem);
        check(login, cast.calendarAction(), onBodyItem);
    }

    private void check(String login, long id, String expected) {
        long version = item(id).version();
        switch (expected) {
            case "ok" -> assertThat(testData.as(login, () -> actions.reportProgress(id, version, 10, null)).progress()).isEqualTo(10);
            case "denied" -> assertThatThrownBy(() -> testData.as(login, () -> actions.reportProgress(id, version, 10, null)))
                    .isInstanceOf(AccessDeniedException.class);
            default -> assertThatThrownBy(() -> testData.as(login, () -> actions.reportProgress(id, version, 10, null)))
                    .isInstanceOf(RecordNotFoundException.class);
        }
    }

    @Test
    void the_lists_mine_body_and_follow_up() {
        assertThat(testData.as("lrmitglied", () -> actions.list(ActionListFilter.mine(), PageRequest.of(0, 10))))
                .extracting(ActionListItem::description).containsExactly("Angebote für Tore einholen");
        assertThat(testData.as("mitglied", () -> actions.list(ActionListFilter.mine(), PageRequest.of(0, 10))))
                .extracting(ActionListItem::description).containsExactly("Termine im Kalender eintragen");
        ActionListFilter body = new ActionListFilter(ActionListFilter.Scope.BODY, cast.world().steeringNorth(), true, false);
        assertThat(testData.as("zweite", () -> actions.count(body))).isEqualTo(2);
        assertThatThrownBy(() -> testData.as("aussen", () -> actions.count(body))).isInstanceOf(AccessDeniedException.class);
        ActionListFilter followUp = new ActionListFilter(ActionListFilter.Scope.FOLLOW_UP, null, true, false);
        assertThat(testData.as("vorsitz", () -> actions.count(followUp))).isEqualTo(2);
        assertThat(testData.as("koordination", () -> actions.count(followUp))).isEqualTo(2);
        assertThat(testData.as("zweite", () -> actions.count(followUp))).isZero();
        assertThat(testData.as("zweite", () -> actions.mayFollowUp())).isFalse();
    }

    @Test
    void reminders_are_sent_once_even_when_the_job_runs_twice() {
        // 28 June: the goals item (due 1 July) is 3 days ahead, the calendar item (due 25 June) is overdue
        testClock.set(Instant.parse("2026-06-28T05:00:00Z"));
        assertThat(reminders.daysBefore()).isEqualTo(3);
        assertThat(SystemUser.call(reminders::sendDue)).isEqualTo(2);
        assertThat(SystemUser.call(reminders::sendDue)).isZero();
        assertThat(notifications(cast.member(), "action.notification.dueSoon")).isEqualTo(1);
        assertThat(notifications(cast.focusMember(), "action.notification.overdue")).isEqualTo(1);

        // the next day: nothing new (the overdue reminder is sent once, not daily)
        testClock.set(Instant.parse("2026-06-29T05:00:00Z"));
        assertThat(SystemUser.call(reminders::sendDue)).isZero();

        // a moved due date reminds again when its day comes
        long id = cast.goalsAction();
        testData.as("lrmitglied", () -> actions.reschedule(id, item(id).version(), LocalDate.of(2026, 7, 10), "Urlaub"));
        testClock.set(Instant.parse("2026-07-07T05:00:00Z"));
        assertThat(SystemUser.call(reminders::sendDue)).isEqualTo(1);
        assertThat(notifications(cast.member(), "action.notification.dueSoon")).isEqualTo(2);

        assertThatThrownBy(() -> testData.as("lrmitglied", reminders::sendDue)).isInstanceOf(AccessDeniedException.class);
    }

    private int notifications(long personId, String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE person_id = ? AND message_key = ?", Integer.class, personId, key);
    }

    @Test
    void the_next_agenda_is_offered_one_report_on_open_items() {
        testClock.set(Instant.parse("2026-06-28T08:00:00Z"));
        long next = testData.as("vorsitz", () -> meetings.plan(cast.world().steeringNorth(), new MeetingData("Nächste Sitzung",
                LocalDate.of(2026, 9, 17), LocalTime.of(18, 0), LocalTime.of(20, 0), "Ratssaal", null, null), List.of()));
        List<AgendaSuggestion> offered = testData.as("vorsitz", () -> meetings.suggestions(next)).stream()
                .filter(s -> s.key().equals(OpenActionItemSuggestions.KEY)).toList();
        assertThat(offered).hasSize(1);
        AgendaSuggestion report = offered.get(0);
        assertThat(report.title()).isEqualTo("Bericht zu offenen Aufgaben");
        assertThat(report.description()).contains("2 offene Aufgaben, davon 1 überfällig")
                .contains("Termine im Kalender eintragen (Fokusgruppe Jugend Nord, fällig 25.06.2026, überfällig, 0 %)")
                .contains("Angebote für Tore einholen");

        testData.as("vorsitz", () -> meetings.addSuggestion(next, meetings.get(next).version(), OpenActionItemSuggestions.KEY));
        assertThat(testData.as("vorsitz", () -> meetings.suggestions(next))).extracting(AgendaSuggestion::key)
                .doesNotContain(OpenActionItemSuggestions.KEY);

        // once every item is settled there is nothing to report
        testData.as("mitglied", () -> actions.complete(cast.calendarAction(), item(cast.calendarAction()).version(), null));
        testData.as("lrmitglied", () -> actions.complete(cast.goalsAction(), item(cast.goalsAction()).version(), null));
        long later = testData.as("vorsitz", () -> meetings.plan(cast.world().steeringNorth(), new MeetingData("Sitzung im Herbst",
                LocalDate.of(2026, 10, 15), LocalTime.of(18, 0), LocalTime.of(20, 0), "Ratssaal", null, null), List.of()));
        assertThat(testData.as("vorsitz", () -> meetings.suggestions(later))).extracting(AgendaSuggestion::key)
                .doesNotContain(OpenActionItemSuggestions.KEY);
    }

    @Test
    void the_proposal_timeline_follows_its_items_and_offers_the_chair_to_finish_the_implementation() {
        long id = cast.goalsAction();
        testData.as("lrmitglied", () -> actions.reportProgress(id, item(id).version(), 60, "Tore bestellt"));
        assertThat(testData.as("vorsitz", () -> proposals.get(cast.proposal())).actions()).doesNotContain(ProposalAction.COMPLETE);

        testData.as("lrmitglied", () -> actions.complete(id, item(id).version(), "Tore stehen"));
        List<TimelineEntry> timeline = testData.as("vorsitz", () -> proposals.timeline(cast.proposal()));
        assertThat(timeline).extracting(TimelineEntry::action).startsWith("ACTIONS_ALL_DONE", "ACTION_DONE", "ACTION_PROGRESS");
        assertThat(timeline.get(2).arguments()).startsWith("Angebote für Tore einholen", "60");
        assertThat(timeline.get(2).cause().route()).isEqualTo("aufgaben/" + id);
        assertThat(testData.as("vorsitz", () -> proposals.get(cast.proposal())).actions()).contains(ProposalAction.COMPLETE);
        assertThat(testData.as("lrmitglied", () -> proposals.get(cast.proposal())).actions()).doesNotContain(ProposalAction.COMPLETE);
        assertThat(notifications(scenario.person("vorsitz"), "action.notification.proposalActionsDone")).isEqualTo(1);

        testData.as("vorsitz", () -> proposals.complete(cast.proposal(), proposals.get(cast.proposal()).version(),
                "Neue Tore und Netz stehen.", new BigDecimal("0.00")));
        assertThat(testData.as("vorsitz", () -> proposals.get(cast.proposal())).status()).isEqualTo(ProposalStatus.COMPLETED);
        assertThat(testData.as("vorsitz", () -> proposals.timeline(cast.proposal()))).extracting(TimelineEntry::action)
                .startsWith("COMPLETE", "START_IMPLEMENTATION");
    }
}
