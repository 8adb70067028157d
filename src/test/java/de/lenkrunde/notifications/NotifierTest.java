package de.lenkrunde.notifications;

import de.lenkrunde.IntegrationTest;
import de.lenkrunde.people.CurrentUser;
import de.lenkrunde.people.GlobalRole;
import de.lenkrunde.people.PeopleService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static de.lenkrunde.notifications.NotificationFixtures.MEETING;
import static de.lenkrunde.notifications.NotificationFixtures.MESSAGE;
import static de.lenkrunde.notifications.NotificationFixtures.ics;
import static de.lenkrunde.notifications.NotificationFixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Without a mail server (the test default) mails are written as HELD. */
class NotifierTest extends IntegrationTest {

    @Autowired
    Notifier notifier;
    @Autowired
    NotificationFixtures fixtures;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MailDispatch dispatch;
    @Autowired
    PeopleService people;
    @Autowired
    CurrentUser currentUser;

    @Test
    void notify_writes_a_notification_per_person_and_a_mail_per_address_in_the_recipients_language() {
        long anna = testData.account("anna", Set.of(), Set.of());
        long emma = fixtures.englishAccount("emma");
        long noAddress = testData.person("Otto", "Ohnemail");
        long noAccount = fixtures.personWithEmail("Paula", "Post", "paula@example.org");

        fixtures.notify(List.of(anna, emma, noAddress, noAccount, anna));

        assertThat(jdbc.queryForList("SELECT person_id FROM notification ORDER BY person_id", Long.class))
                .containsExactly(anna, emma, noAddress, noAccount);
        assertThat(jdbc.queryForMap("SELECT * FROM notification WHERE person_id = ?", anna))
                .containsEntry("message_key", "comingSoon.text")
                .containsEntry("arguments", "[\"Sitzungen\"]")
                .containsEntry("ref_kind", "MEETING")
                .containsEntry("ref_label", "Sitzung 12.03.2027")
                .containsEntry("ref_route", "sitzungen/42");

        List<Map<String, Object>> mails = jdbc.queryForList("SELECT * FROM mail_outbox ORDER BY person_id");
        assertThat(mails).extracting(m -> m.get("to_address"))
                .containsExactly("anna@example.org", "emma@example.org", "paula@example.org");
        assertThat(mails).extracting(m -> m.get("status")).containsOnly("HELD");
        assertThat(mails.get(0).get("subject")).isEqualTo("Lenkrunde: Dieser Bereich kommt bald: Sitzungen. Bis dahin finden Sie Ihre Gremien auf der Übersicht.");
        assertThat((String) mails.get(0).get("body")).startsWith("Hallo Anna Test,")
                .contains("Öffnen: http://localhost:8080/sitzungen/42");
        assertThat(mails.get(1).get("subject")).isEqualTo("Lenkrunde: This area is coming soon: Sitzungen. Meanwhile you find your bodies on the overview.");
        assertThat((String) mails.get(1).get("body")).startsWith("Hello Emma English,").contains("Open: http://localhost:8080/sitzungen/42");
        assertThat((String) mails.get(2).get("body")).as("no account: German").startsWith("Hallo Paula Post,");
        assertThat(mails).allSatisfy(m -> assertThat(m).containsEntry("ref_kind", "MEETING").containsEntry("ref_id", 42L)
                .containsEntry("recipient_name", null));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_attachment", Integer.class)).as("3-arg: none").isZero();
    }

    @Test
    void attachments_go_with_every_mail_and_their_bytes_are_stored_once() {
        long anna = testData.account("anna", Set.of(), Set.of());
        long bert = testData.account("bert", Set.of(), Set.of());
        long emma = fixtures.englishAccount("emma");
        long noAddress = testData.person("Otto", "Ohnemail");

        fixtures.notify(List.of(anna, bert, emma, noAddress), List.of(pdf(), ics()));
        fixtures.notify(List.of(anna), List.of(pdf()));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_attachment_content", Integer.class))
                .as("one row per distinct file, however many mails and publishes").isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_attachment", Integer.class)).isEqualTo(3 * 2 + 1);
        assertThat(jdbc.queryForList("SELECT size_bytes FROM mail_attachment_content ORDER BY size_bytes", Long.class))
                .containsExactlyInAnyOrder((long) pdf().size(), (long) ics().size());
        assertThat(jdbc.queryForObject("SELECT content FROM mail_attachment_content WHERE sha256 = ?", byte[].class,
                AttachmentContents.sha256(pdf().content()))).isEqualTo(pdf().content());
        assertThat(jdbc.queryForList("""
                        SELECT a.file_name, a.content_type FROM mail_attachment a JOIN mail_outbox o ON o.id = a.mail_id
                        WHERE o.person_id = ? ORDER BY o.id, a.position""", bert))
                .extracting(m -> m.get("file_name") + " " + m.get("content_type"))
                .containsExactly("Tagesordnung 12.03.2027.pdf application/pdf",
                        "einladung.ics text/calendar; charset=UTF-8; method=REQUEST");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification", Integer.class))
                .as("the inbox is unchanged by attachments").isEqualTo(4 + 1);
    }

    @Test
    void two_publishes_of_the_same_new_file_at_once_both_succeed_and_share_its_row() throws Exception {
        long anna = testData.account("anna", Set.of(), Set.of());
        long bert = testData.account("bert", Set.of(), Set.of());
        CountDownLatch secondHasSnapshot = new CountDownLatch(1);
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch secondWrote = new CountDownLatch(1);

        // The second transaction reads first (under REPEATABLE READ that fixes its snapshot, which cannot see
        // the file); then the first stores the file and stays open until the second has stored it too.
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            await(secondHasSnapshot);
            notifier.notify(List.of(anna), MESSAGE, MEETING, List.of(pdf()));
            firstWrote.countDown();
            await(secondWrote);
        }));
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_attachment_content", Integer.class)).isZero();
            secondHasSnapshot.countDown();
            await(firstWrote);
            notifier.notify(List.of(bert), MESSAGE, MEETING, List.of(pdf()));
            notifier.mailGuest("Gerda Gast", "gerda@example.org", MESSAGE, MEETING, List.of(pdf()));
            secondWrote.countDown();
        }));

        CompletableFuture.allOf(first, second).get(60, TimeUnit.SECONDS);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_attachment_content", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT content_id) FROM mail_attachment", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_attachment", Integer.class)).isEqualTo(3);
    }

    @Test
    void a_publish_that_rolls_back_leaves_no_mail_and_its_file_is_reused_by_the_next() {
        long anna = testData.account("anna", Set.of(), Set.of());

        transactions.executeWithoutResult(tx -> {
            notifier.notify(List.of(anna), MESSAGE, MEETING, List.of(pdf()));
            tx.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_attachment", Integer.class)).isZero();

        fixtures.notify(List.of(anna), List.of(pdf()));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_attachment_content", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_attachment", Integer.class)).isEqualTo(1);
    }

    @Test
    void a_guest_gets_a_mail_only_in_german_without_a_link_and_a_bad_address_fails_without_rolling_back_the_caller() {
        long anna = testData.account("anna", Set.of(), Set.of());

        transactions.executeWithoutResult(tx -> {
            notifier.notify(List.of(anna), MESSAGE, MEETING, List.of(pdf()));
            notifier.mailGuest(" Gerda Gast ", " gerda@example.org ", MESSAGE, MEETING, List.of(pdf(), ics()));
            notifier.mailGuest("Kurt Kaputt", "kurt@@kaputt..example", MESSAGE, MEETING, List.of(pdf()));
            notifier.mailGuest("Nora Niemand", null, MESSAGE, MEETING, List.of());
        });

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification", Integer.class)).as("guests have no inbox").isEqualTo(1);
        Map<String, Object> gerda = jdbc.queryForMap("SELECT * FROM mail_outbox WHERE recipient_name = 'Gerda Gast'");
        assertThat(gerda).containsEntry("person_id", null).containsEntry("to_address", "gerda@example.org")
                .containsEntry("status", "HELD").containsEntry("ref_kind", "MEETING").containsEntry("ref_id", 42L)
                .containsEntry("subject", "Lenkrunde: Dieser Bereich kommt bald: Sitzungen. Bis dahin finden Sie Ihre Gremien auf der Übersicht.");
        assertThat((String) gerda.get("body")).startsWith("Guten Tag Gerda Gast,\n\nDieser Bereich kommt bald: Sitzungen.")
                .doesNotContain("http", "Mitteilungen");
        Map<String, Object> kurt = jdbc.queryForMap("SELECT * FROM mail_outbox WHERE recipient_name = 'Kurt Kaputt'");
        assertThat(kurt).containsEntry("status", "FAILED").containsEntry("attempts", 0).containsEntry("next_attempt_at", null)
                .containsEntry("to_address", "kurt@@kaputt..example");
        assertThat((String) kurt.get("last_error")).startsWith("Invalid e-mail address: \"kurt@@kaputt..example\"");
        assertThat(jdbc.queryForObject("SELECT last_error FROM mail_outbox WHERE recipient_name = 'Nora Niemand'", String.class))
                .isEqualTo("Invalid e-mail address: none given");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_attachment_content", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_attachment", Integer.class)).isEqualTo(1 + 2 + 1);
    }

    @Test
    void mail_guest_refuses_to_run_outside_a_transaction() {
        assertThatThrownBy(() -> notifier.mailGuest("Gerda Gast", "gerda@example.org", MESSAGE, MEETING, List.of()))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox", Integer.class)).isZero();
    }

    @Test
    void nothing_is_written_when_the_callers_transaction_rolls_back() {
        long anna = testData.account("anna", Set.of(), Set.of());

        transactions.executeWithoutResult(tx -> {
            notifier.notify(List.of(anna), MESSAGE, MEETING);
            tx.setRollbackOnly();
        });

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox", Integer.class)).isZero();
    }

    @Test
    void notify_refuses_to_run_outside_a_transaction() {
        long anna = testData.account("anna", Set.of(), Set.of());

        assertThatThrownBy(() -> notifier.notify(List.of(anna), MESSAGE, MEETING))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void a_member_who_may_not_read_addresses_still_notifies_and_stays_signed_in_as_themselves() {
        long anna = testData.account("anna", Set.of(), Set.of());
        long bert = testData.account("bert", Set.of(), Set.of());
        signInAs("bert");
        assertThatThrownBy(() -> people.contacts(List.of(anna))).isInstanceOf(AccessDeniedException.class);

        fixtures.notify(List.of(anna));

        assertThat(jdbc.queryForObject("SELECT to_address FROM mail_outbox", String.class)).isEqualTo("anna@example.org");
        assertThat(currentUser.require().personId()).isEqualTo(bert);
    }

    @Test
    void unknown_people_and_an_empty_list_are_ignored() {
        fixtures.notify(List.of());
        fixtures.notify(List.of(987654L));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification", Integer.class)).isZero();
    }

    @Test
    void without_a_mail_server_a_held_mail_is_never_sent() {
        testData.account("admin", Set.of(GlobalRole.ADMIN), Set.of());
        long anna = testData.account("anna", Set.of(), Set.of());
        fixtures.notify(List.of(anna));

        assertThat(dispatch.canSend()).isFalse();
        assertThat(dispatch.sendDue()).isZero();
        assertThat(jdbc.queryForObject("SELECT status FROM mail_outbox", String.class)).isEqualTo("HELD");
        assertThat(jdbc.queryForObject("SELECT attempts FROM mail_outbox", Integer.class)).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other transaction did not get there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
