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

import static de.lenkrunde.notifications.NotificationFixtures.MEETING;
import static de.lenkrunde.notifications.NotificationFixtures.MESSAGE;
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
}
