package de.lenkrunde.live;

import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.meetings.MeetingStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The speakers list per agenda item: adding, giving the floor in order, removing, speaking time, who may. */
class SpeakersServiceTest extends LiveIntegrationTest {

    @Autowired
    private SpeakersService speakers;

    @Autowired
    private PlatformTransactionManager transactionManager;

    private List<Speaker> list(long itemId) {
        return as("lrmitglied", () -> speakers.speakers(meetingId, itemId));
    }

    private static String messageKey(Throwable e) {
        return ((BusinessRuleException) e).messageKey();
    }

    // ---- adding -----------------------------------------------------------------------------------------

    @Test
    void a_member_is_added_by_person_and_a_guest_by_name_at_the_end_of_the_list() {
        long first = as("protokoll", () -> speakers.add(meetingId, item, member, null));
        long second = as("vorsitz", () -> speakers.add(meetingId, item, null, "  Frau Anwohnerin  "));

        assertThat(list(item)).satisfiesExactly(
                s -> {
                    assertThat(s.id()).isEqualTo(first);
                    assertThat(s.personId()).isEqualTo(member);
                    assertThat(s.name()).isEqualTo("Lrmitglied Test");
                    assertThat(s.position()).isEqualTo(1);
                    assertThat(s.waiting()).isTrue();
                    assertThat(s.speaking()).isFalse();
                },
                s -> {
                    assertThat(s.id()).isEqualTo(second);
                    assertThat(s.personId()).isNull();
                    assertThat(s.name()).isEqualTo("Frau Anwohnerin");
                    assertThat(s.position()).isEqualTo(2);
                });
        assertThat(list(secretItem)).as("each item has its own list").isEmpty();
    }

    @Test
    void the_name_of_a_person_comes_from_the_people_module_not_from_the_caller() {
        as("vorsitz", () -> speakers.add(meetingId, item, member, "Anders genannt"));

        assertThat(list(item)).extracting(Speaker::name).containsExactly("Lrmitglied Test");
    }

    @Test
    void someone_already_waiting_is_not_added_twice_but_may_ask_again_after_speaking() {
        as("vorsitz", () -> speakers.add(meetingId, item, member, null));
        as("vorsitz", () -> speakers.add(meetingId, item, null, "Herr Gast"));

        assertThatThrownBy(() -> as("vorsitz", () -> speakers.add(meetingId, item, member, null)))
                .isInstanceOf(BusinessRuleException.class).satisfies(e -> assertThat(messageKey(e)).isEqualTo("live.rule.alreadyWaiting"));
        assertThatThrownBy(() -> as("vorsitz", () -> speakers.add(meetingId, item, null, "herr gast")))
                .isInstanceOf(BusinessRuleException.class);

        as("vorsitz", () -> speakers.next(meetingId, item));
        as("vorsitz", () -> speakers.add(meetingId, item, member, null));
        assertThat(list(item)).extracting(Speaker::name).containsExactly("Lrmitglied Test", "Herr Gast", "Lrmitglied Test");
        assertThat(list(item)).extracting(Speaker::position).containsExactly(1, 2, 3);
    }

    @Test
    void an_unknown_person_or_a_missing_or_too_long_name_is_refused() {
        assertThat(catchThrowableOfType(() -> as("vorsitz", () -> speakers.add(meetingId, item, 999_999L, null)),
                InvalidInputException.class).errors()).singleElement()
                .satisfies(e -> assertThat(e.field() + ":" + e.messageKey()).isEqualTo("personId:live.validation.unknownPerson"));
        assertThat(catchThrowableOfType(() -> as("vorsitz", () -> speakers.add(meetingId, item, null, "   ")),
                InvalidInputException.class).errors()).singleElement()
                .satisfies(e -> assertThat(e.field() + ":" + e.messageKey()).isEqualTo("name:validation.required"));
        assertThat(catchThrowableOfType(() -> as("vorsitz", () -> speakers.add(meetingId, item, null, "x".repeat(201))),
                InvalidInputException.class).errors()).singleElement()
                .satisfies(e -> assertThat(e.field() + ":" + e.messageKey()).isEqualTo("name:validation.maxLength"));
        assertThat(list(item)).isEmpty();
    }

    // ---- the floor --------------------------------------------------------------------------------------

    @Test
    void next_gives_the_floor_in_order_and_finishes_the_previous_speaker() {
        as("vorsitz", () -> speakers.add(meetingId, item, null, "Erste"));
        as("vorsitz", () -> speakers.add(meetingId, item, null, "Zweiter"));

        as("vorsitz", () -> speakers.next(meetingId, item));
        List<Speaker> afterFirst = list(item);
        assertThat(afterFirst.get(0).speaking()).isTrue();
        assertThat(afterFirst.get(0).startedAt()).isNotNull();
        assertThat(afterFirst.get(1).waiting()).isTrue();

        as("protokoll", () -> speakers.next(meetingId, item));
        List<Speaker> afterSecond = list(item);
        assertThat(afterSecond.get(0).finished()).isTrue();
        assertThat(afterSecond.get(0).finishedAt()).isAfterOrEqualTo(afterSecond.get(0).startedAt());
        assertThat(afterSecond.get(1).speaking()).isTrue();
        assertThat(afterSecond.get(1).startedAt()).isEqualTo(afterSecond.get(0).finishedAt());

        as("vorsitz", () -> speakers.next(meetingId, item));
        assertThat(list(item)).allMatch(Speaker::finished);

        List<LiveEvent> events = events(meetingId);
        as("vorsitz", () -> speakers.next(meetingId, item));
        assertThat(events).as("nobody left: nothing happens").isEmpty();
    }

    @Test
    void finish_ends_the_current_contribution_without_giving_the_floor_to_the_next() {
        as("vorsitz", () -> speakers.add(meetingId, item, null, "Erste"));
        as("vorsitz", () -> speakers.add(meetingId, item, null, "Zweiter"));
        as("vorsitz", () -> speakers.next(meetingId, item));

        as("vorsitz", () -> speakers.finish(meetingId, item));
        as("vorsitz", () -> speakers.finish(meetingId, item));   // nobody speaking: nothing

        List<Speaker> list = list(item);
        assertThat(list.get(0).finished()).isTrue();
        assertThat(list.get(1).waiting()).isTrue();
        assertThat(list).noneMatch(Speaker::speaking);
    }

    @Test
    void waiting_and_speaking_entries_can_be_removed_finished_ones_stay() {
        long first = as("vorsitz", () -> speakers.add(meetingId, item, null, "Erste"));
        long second = as("vorsitz", () -> speakers.add(meetingId, item, null, "Zweiter"));
        long third = as("vorsitz", () -> speakers.add(meetingId, item, null, "Dritte"));
        as("vorsitz", () -> speakers.next(meetingId, item));
        as("vorsitz", () -> speakers.next(meetingId, item));   // Erste finished, Zweiter speaking

        as("protokoll", () -> speakers.remove(meetingId, third));
        as("protokoll", () -> speakers.remove(meetingId, second));
        assertThatThrownBy(() -> as("protokoll", () -> speakers.remove(meetingId, first)))
                .isInstanceOf(BusinessRuleException.class).satisfies(e -> assertThat(messageKey(e)).isEqualTo("live.rule.speakerFinished"));

        assertThat(list(item)).extracting(Speaker::id).containsExactly(first);
    }

    @Test
    void an_entry_of_another_meeting_is_not_found() {
        long other = plannedMeeting(40);
        addItem(other, "Anderswo", false);
        publish(other);
        setStatus(other, MeetingStatus.IN_PROGRESS);
        long speaker = as("vorsitz", () -> speakers.add(meetingId, item, null, "Hier"));

        assertThatThrownBy(() -> as("vorsitz", () -> speakers.remove(other, speaker))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as("vorsitz", () -> speakers.add(other, item, null, "Falsch"))).isInstanceOf(RecordNotFoundException.class);
        assertThat(list(item)).hasSize(1);
    }

    // ---- speaking time ----------------------------------------------------------------------------------

    @Test
    void the_speaking_time_per_item_is_kept_and_may_be_lifted() {
        assertThat(as("lrmitglied", () -> speakers.speakingTime(meetingId, item))).isNull();

        as("vorsitz", () -> speakers.setSpeakingTime(meetingId, item, 180));
        assertThat(as("lrmitglied", () -> speakers.speakingTime(meetingId, item))).isEqualTo(180);
        assertThat(as("lrmitglied", () -> speakers.speakingTime(meetingId, secretItem))).isNull();

        as("protokoll", () -> speakers.setSpeakingTime(meetingId, item, 120));
        assertThat(as("lrmitglied", () -> speakers.speakingTime(meetingId, item))).isEqualTo(120);

        as("vorsitz", () -> speakers.setSpeakingTime(meetingId, item, null));
        assertThat(as("lrmitglied", () -> speakers.speakingTime(meetingId, item))).isNull();
    }

    @Test
    void a_speaking_time_outside_10_seconds_to_an_hour_is_refused() {
        for (int seconds : new int[] {0, 9, 3601}) {
            assertThat(catchThrowableOfType(() -> as("vorsitz", () -> speakers.setSpeakingTime(meetingId, item, seconds)),
                    InvalidInputException.class).errors()).as(seconds + " s").singleElement()
                    .satisfies(e -> assertThat(e.field() + ":" + e.messageKey()).isEqualTo("speakingTime:validation.range"));
        }
        as("vorsitz", () -> speakers.setSpeakingTime(meetingId, item, 10));
        as("vorsitz", () -> speakers.setSpeakingTime(meetingId, item, 3600));
    }

    // ---- who may, and when --------------------------------------------------------------------------------

    @Test
    void chair_deputy_and_minute_taker_keep_the_list_members_admins_and_coordinators_read_it() {
        for (String login : WRITERS) {
            as(login, () -> speakers.add(meetingId, secretItem, null, "Von " + login));
        }
        as("stellvertretung", () -> speakers.next(meetingId, secretItem));
        as("protokoll", () -> speakers.setSpeakingTime(meetingId, secretItem, 60));

        long waiting = list(secretItem).get(1).id();
        for (String login : READERS) {
            assertThat(as(login, () -> speakers.speakers(meetingId, secretItem))).as(login).hasSize(3);
            assertThat(as(login, () -> speakers.speakingTime(meetingId, secretItem))).as(login).isEqualTo(60);
            assertThatThrownBy(() -> as(login, () -> speakers.add(meetingId, secretItem, null, "Von " + login)))
                    .as(login).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(login, () -> speakers.next(meetingId, secretItem))).as(login).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(login, () -> speakers.finish(meetingId, secretItem))).as(login).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(login, () -> speakers.remove(meetingId, waiting))).as(login).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(login, () -> speakers.setSpeakingTime(meetingId, secretItem, 30)))
                    .as(login).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(list(secretItem)).extracting(Speaker::name).containsExactly("Von vorsitz", "Von stellvertretung", "Von protokoll");
    }

    @Test
    void guests_and_outsiders_neither_see_nor_change_the_list_of_a_public_item() {
        long waiting = as("vorsitz", () -> speakers.add(meetingId, item, null, "Jemand"));
        for (String login : OUTSIDERS) {
            assertThatThrownBy(() -> as(login, () -> speakers.speakers(meetingId, item))).as(login).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(login, () -> speakers.add(meetingId, item, null, "Ich"))).as(login).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(login, () -> speakers.remove(meetingId, waiting))).as(login).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(list(item)).hasSize(1);
    }

    @Test
    void the_list_changes_only_while_the_meeting_is_in_progress_and_stays_readable() {
        long waiting = as("vorsitz", () -> speakers.add(meetingId, item, null, "Jemand"));
        for (MeetingStatus status : List.of(MeetingStatus.INVITED, MeetingStatus.CLOSED)) {
            setStatus(meetingId, status);
            assertThatThrownBy(() -> as("vorsitz", () -> speakers.add(meetingId, item, null, "Später"))).as(status.name())
                    .isInstanceOf(BusinessRuleException.class).satisfies(e -> assertThat(messageKey(e)).isEqualTo("live.rule.notInProgress"));
            assertThatThrownBy(() -> as("vorsitz", () -> speakers.next(meetingId, item))).isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(() -> as("vorsitz", () -> speakers.remove(meetingId, waiting))).isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(() -> as("vorsitz", () -> speakers.setSpeakingTime(meetingId, item, 60))).isInstanceOf(BusinessRuleException.class);
            assertThat(list(item)).as(status.name()).hasSize(1);
        }
    }

    // ---- audit and broadcast -----------------------------------------------------------------------------

    @Test
    void every_change_is_audited_and_announced_after_commit() {
        List<LiveEvent> events = events(meetingId);

        as("vorsitz", () -> speakers.add(meetingId, item, member, null));
        long guest = as("vorsitz", () -> speakers.add(meetingId, item, null, "Herr Gast"));
        as("vorsitz", () -> speakers.next(meetingId, item));
        as("vorsitz", () -> speakers.next(meetingId, item));
        as("vorsitz", () -> speakers.finish(meetingId, item));
        long late = as("vorsitz", () -> speakers.add(meetingId, item, null, "Frau Spät"));
        as("vorsitz", () -> speakers.remove(meetingId, late));
        as("vorsitz", () -> speakers.setSpeakingTime(meetingId, item, 90));

        assertThat(auditActions(meetingId)).containsExactly("LIVE_SPEAKER_ADDED", "LIVE_SPEAKER_ADDED", "LIVE_SPEAKER_STARTED",
                "LIVE_SPEAKER_STARTED", "LIVE_SPEAKER_FINISHED", "LIVE_SPEAKER_ADDED", "LIVE_SPEAKER_REMOVED", "LIVE_SPEAKING_TIME_SET");
        assertThat(auditDetails(meetingId).get(3)).contains("Spielplatz am Anger", "Herr Gast (after Lrmitglied Test)");
        assertThat(events).hasSize(8).allSatisfy(event -> {
            assertThat(event.kind()).isEqualTo(LiveEvent.Kind.SPEAKERS_CHANGED);
            assertThat(event.itemId()).isEqualTo(item);
        });
        assertThat(guest).isPositive();
    }

    @Test
    void a_rolled_back_change_is_not_announced_and_a_refused_one_neither() {
        List<LiveEvent> events = events(meetingId);

        as("vorsitz", () -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            speakers.add(meetingId, item, null, "Zurückgerollt");
            status.setRollbackOnly();
        }));
        assertThatThrownBy(() -> as("lrmitglied", () -> speakers.add(meetingId, item, null, "Verboten")))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(events).isEmpty();
        assertThat(list(item)).isEmpty();
        assertThat(auditActions(meetingId)).isEmpty();
    }
}
