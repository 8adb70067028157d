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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Notes per agenda item of a running meeting: saving, conflicts, who may, when, audit and broadcast. */
class LiveNotesServiceTest extends LiveIntegrationTest {

    @Autowired
    private LiveNotesService notes;

    @Autowired
    private PlatformTransactionManager transactionManager;

    // ---- saving and reading ---------------------------------------------------------------------------

    @Test
    void an_item_without_notes_has_empty_notes_of_version_0() {
        Note note = as("lrmitglied", () -> notes.note(meetingId, item));

        assertThat(note.text()).isEmpty();
        assertThat(note.version()).isZero();
        assertThat(note.isNew()).isTrue();
        assertThat(note.updatedByName()).isNull();
    }

    @Test
    void saved_notes_are_read_back_with_version_author_and_time() {
        Note saved = as("protokoll", () -> notes.save(meetingId, item, 0, "**Vorstellung** durch das Jugendamt"));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.updatedByName()).isEqualTo("Protokoll Test");
        Note reloaded = as("lrmitglied", () -> notes.note(meetingId, item));
        assertThat(reloaded).isEqualTo(saved);
        assertThat(reloaded.updatedAt()).isNotNull();

        Note second = as("protokoll", () -> notes.save(meetingId, item, 1, "**Vorstellung** durch das Jugendamt\n\nNachfragen"));
        Note third = as("vorsitz", () -> notes.save(meetingId, item, 2, "Ergänzt vom Vorsitz"));
        assertThat(second.version()).isEqualTo(2);
        assertThat(third.version()).isEqualTo(3);
        assertThat(as("lrmitglied", () -> notes.note(meetingId, item))).isEqualTo(third);
        assertThat(as("lrmitglied", () -> notes.note(meetingId, secretItem)).isNew()).as("each item has its own notes").isTrue();
    }

    @Test
    void saving_the_same_text_again_writes_nothing() {
        Note saved = as("protokoll", () -> notes.save(meetingId, item, 0, "Text"));
        List<LiveEvent> events = events(meetingId);

        Note again = as("protokoll", () -> notes.save(meetingId, item, 1, "Text"));
        Note nothing = as("protokoll", () -> notes.save(meetingId, secretItem, 0, ""));

        assertThat(again).isEqualTo(saved);
        assertThat(nothing.isNew()).isTrue();
        assertThat(events).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM live_note", Integer.class)).isEqualTo(1);
    }

    // ---- conflicts ------------------------------------------------------------------------------------

    @Test
    void a_save_over_a_version_someone_else_saved_meanwhile_is_refused_with_both_texts() {
        as("protokoll", () -> notes.save(meetingId, item, 0, "Beginn 18:05"));
        as("vorsitz", () -> notes.save(meetingId, item, 1, "Beginn 18:05, Vorsitz begrüßt"));

        NoteConflictException conflict = catchThrowableOfType(
                () -> as("protokoll", () -> notes.save(meetingId, item, 1, "Beginn 18:05, Frau Berg entschuldigt")),
                NoteConflictException.class);

        assertThat(conflict.mine()).isEqualTo("Beginn 18:05, Frau Berg entschuldigt");
        assertThat(conflict.theirs()).isEqualTo("Beginn 18:05, Vorsitz begrüßt");
        assertThat(conflict.theirVersion()).isEqualTo(2);
        assertThat(conflict.theirAuthor()).isEqualTo("Vorsitz Test");
        assertThat(conflict.changedBy()).as("as an EditConflictException").isEqualTo("Vorsitz Test");
        assertThat(conflict.theirNote()).isEqualTo(as("vorsitz", () -> notes.note(meetingId, item)));
        assertThat(as("lrmitglied", () -> notes.note(meetingId, item)).text()).as("nothing overwritten")
                .isEqualTo("Beginn 18:05, Vorsitz begrüßt");

        Note merged = as("protokoll", () -> notes.save(meetingId, item, conflict.theirVersion(),
                "Beginn 18:05, Vorsitz begrüßt, Frau Berg entschuldigt"));
        assertThat(merged.version()).isEqualTo(3);
    }

    @Test
    void two_first_saves_conflict_too() {
        as("vorsitz", () -> notes.save(meetingId, item, 0, "Vom Vorsitz"));

        NoteConflictException conflict = catchThrowableOfType(
                () -> as("protokoll", () -> notes.save(meetingId, item, 0, "Vom Protokoll")), NoteConflictException.class);

        assertThat(conflict.theirs()).isEqualTo("Vom Vorsitz");
        assertThat(conflict.theirVersion()).isEqualTo(1);
    }

    @Test
    void someone_else_saving_the_very_same_text_is_no_conflict() {
        as("vorsitz", () -> notes.save(meetingId, item, 0, "Einstimmig angenommen"));

        Note note = as("protokoll", () -> notes.save(meetingId, item, 0, "Einstimmig angenommen"));

        assertThat(note.version()).isEqualTo(1);
        assertThat(note.updatedByName()).isEqualTo("Vorsitz Test");
    }

    @Test
    void of_two_racing_writers_exactly_one_wins_and_the_other_gets_the_winners_text() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Future<Object> chair = pool.submit(() -> race(start, "vorsitz", "Text des Vorsitzes"));
        Future<Object> minutes = pool.submit(() -> race(start, "protokoll", "Text des Protokolls"));
        start.countDown();
        Object first = chair.get(30, TimeUnit.SECONDS);
        Object second = minutes.get(30, TimeUnit.SECONDS);
        pool.shutdown();

        List<Object> outcomes = List.of(first, second);
        assertThat(outcomes).filteredOn(Note.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(NoteConflictException.class::isInstance).hasSize(1);
        Note winner = (Note) outcomes.stream().filter(Note.class::isInstance).findFirst().orElseThrow();
        NoteConflictException loser = (NoteConflictException) outcomes.stream()
                .filter(NoteConflictException.class::isInstance).findFirst().orElseThrow();
        assertThat(loser.theirs()).isEqualTo(winner.text());
        assertThat(loser.theirVersion()).isEqualTo(1);
        assertThat(as("lrmitglied", () -> notes.note(meetingId, item))).isEqualTo(winner);
    }

    private Object race(CountDownLatch start, String login, String text) throws InterruptedException {
        start.await();
        try {
            return as(login, () -> notes.save(meetingId, item, 0, text));
        } catch (NoteConflictException e) {
            return e;
        }
    }

    // ---- rules ----------------------------------------------------------------------------------------

    @Test
    void notes_longer_than_20000_characters_are_refused_at_the_field_notes() {
        as("protokoll", () -> notes.save(meetingId, item, 0, "x".repeat(LiveNotesService.MAX_LENGTH)));

        InvalidInputException refused = catchThrowableOfType(
                () -> as("protokoll", () -> notes.save(meetingId, item, 1, "x".repeat(LiveNotesService.MAX_LENGTH + 1))),
                InvalidInputException.class);

        assertThat(refused.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("notes");
            assertThat(error.messageKey()).isEqualTo("validation.maxLength");
            assertThat(error.arguments()).containsEntry("max", 20_000);
        });
        assertThat(as("protokoll", () -> notes.note(meetingId, item)).version()).isEqualTo(1);
    }

    @Test
    void notes_are_written_only_while_the_meeting_is_in_progress_and_read_always() {
        as("protokoll", () -> notes.save(meetingId, item, 0, "Im Verlauf"));
        for (MeetingStatus status : List.of(MeetingStatus.INVITED, MeetingStatus.CLOSED, MeetingStatus.MINUTES_APPROVED,
                MeetingStatus.CANCELLED)) {
            setStatus(meetingId, status);
            assertThatThrownBy(() -> as("protokoll", () -> notes.save(meetingId, item, 1, "Danach")))
                    .as(status.name()).isInstanceOf(BusinessRuleException.class)
                    .satisfies(e -> assertThat(((BusinessRuleException) e).messageKey()).isEqualTo("live.rule.notInProgress"));
            assertThat(as("lrmitglied", () -> notes.note(meetingId, item)).text()).as(status.name()).isEqualTo("Im Verlauf");
        }
    }

    @Test
    void an_item_of_another_meeting_or_an_unknown_meeting_is_not_found() {
        long other = plannedMeeting(40);
        long otherItem = addItem(other, "Anderswo", false);

        assertThatThrownBy(() -> as("protokoll", () -> notes.save(meetingId, otherItem, 0, "Falsch")))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as("lrmitglied", () -> notes.note(meetingId, otherItem)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as("lrmitglied", () -> notes.note(999_999, item)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    // ---- who may ----------------------------------------------------------------------------------------

    @Test
    void chair_deputy_and_minute_taker_write_also_on_non_public_items() {
        long version = 0;
        for (String login : WRITERS) {
            long expected = version;
            Note note = as(login, () -> notes.save(meetingId, secretItem, expected, "Notiz von " + login));
            assertThat(note.updatedByName()).as(login).startsWith(Character.toUpperCase(login.charAt(0)) + login.substring(1));
            version = note.version();
        }
        assertThat(version).isEqualTo(3);
    }

    @Test
    void members_admins_and_coordinators_read_but_do_not_write() {
        as("protokoll", () -> notes.save(meetingId, secretItem, 0, "Vertraulich"));
        for (String login : READERS) {
            assertThat(as(login, () -> notes.note(meetingId, secretItem)).text()).as(login).isEqualTo("Vertraulich");
            assertThatThrownBy(() -> as(login, () -> notes.save(meetingId, secretItem, 1, "Von " + login)))
                    .as(login).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as("lrmitglied", () -> notes.note(meetingId, secretItem)).version()).isEqualTo(1);
    }

    @Test
    void guests_and_outsiders_neither_read_nor_write_not_even_the_notes_of_a_public_item() {
        as("protokoll", () -> notes.save(meetingId, item, 0, "Entwurf"));
        for (String login : OUTSIDERS) {
            assertThatThrownBy(() -> as(login, () -> notes.note(meetingId, item)))
                    .as(login).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(login, () -> notes.save(meetingId, item, 1, "Von " + login)))
                    .as(login).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void nobody_signed_in_is_refused() {
        assertThatThrownBy(() -> notes.note(meetingId, item))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    // ---- audit ----------------------------------------------------------------------------------------

    @Test
    void the_audit_records_the_first_save_each_change_of_hand_and_each_conflict_not_every_autosave() {
        as("protokoll", () -> notes.save(meetingId, item, 0, "a"));
        as("protokoll", () -> notes.save(meetingId, item, 1, "ab"));
        as("protokoll", () -> notes.save(meetingId, item, 2, "abc"));
        as("vorsitz", () -> notes.save(meetingId, item, 3, "abcd"));
        as("vorsitz", () -> notes.save(meetingId, item, 4, "abcde"));
        assertThatThrownBy(() -> as("protokoll", () -> notes.save(meetingId, item, 3, "abc!")))
                .isInstanceOf(NoteConflictException.class);

        assertThat(auditActions(meetingId)).containsExactly("LIVE_NOTES_SAVED", "LIVE_NOTES_SAVED", "LIVE_NOTES_CONFLICT");
        assertThat(auditDetails(meetingId)).satisfiesExactly(
                first -> assertThat(first).contains("Spielplatz am Anger", "first notes", "1 characters"),
                takeOver -> assertThat(takeOver).contains("taken over from Protokoll Test", "4 characters"),
                conflict -> assertThat(conflict).contains("based on version 3", "stored 5 by Vorsitz Test"));
    }

    // ---- broadcast ----------------------------------------------------------------------------------------

    @Test
    void a_save_is_announced_to_the_meetings_listeners_after_commit_a_refused_one_is_not() {
        List<LiveEvent> events = events(meetingId);
        List<LiveEvent> otherMeeting = events(meetingId + 1);

        as("protokoll", () -> notes.save(meetingId, item, 0, "Erster Stand"));
        assertThatThrownBy(() -> as("vorsitz", () -> notes.save(meetingId, item, 0, "Zweiter Stand")))
                .isInstanceOf(NoteConflictException.class);

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(LiveEvent.Kind.NOTES_SAVED);
            assertThat(event.meetingId()).isEqualTo(meetingId);
            assertThat(event.itemId()).isEqualTo(item);
        });
        assertThat(otherMeeting).isEmpty();
    }

    @Test
    void inside_a_larger_transaction_the_event_comes_after_its_commit_and_a_rollback_announces_nothing() {
        List<LiveEvent> events = events(meetingId);
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);

        as("protokoll", () -> transaction.executeWithoutResult(status -> {
            notes.save(meetingId, item, 0, "Wird zurückgerollt");
            assertThat(events).as("not before the commit").isEmpty();
            status.setRollbackOnly();
        }));
        assertThat(events).as("rolled back").isEmpty();
        assertThat(as("lrmitglied", () -> notes.note(meetingId, item)).isNew()).isTrue();

        as("protokoll", () -> transaction.executeWithoutResult(status -> {
            notes.save(meetingId, item, 0, "Bleibt");
            assertThat(events).as("not before the commit").isEmpty();
        }));
        assertThat(events).extracting(LiveEvent::kind).containsExactly(LiveEvent.Kind.NOTES_SAVED);
    }

    // ---- preview ----------------------------------------------------------------------------------------

    @Test
    void the_preview_renders_markdown_and_neutralises_script() {
        String html = as("lrmitglied", () -> notes.html("**Ergebnis** <script>alert(1)</script> [x](javascript:alert(1))"));

        assertThat(html).contains("<strong>Ergebnis</strong>", "&lt;script&gt;", "href=\"\"").doesNotContain("<script");
    }
}
