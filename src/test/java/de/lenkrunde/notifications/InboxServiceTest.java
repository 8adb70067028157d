package de.lenkrunde.notifications;

import de.lenkrunde.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InboxServiceTest extends IntegrationTest {

    @Autowired
    InboxService inbox;
    @Autowired
    NotificationFixtures fixtures;

    @Test
    void a_person_sees_only_their_own_notifications_newest_first() {
        long anna = testData.account("anna", Set.of(), Set.of());
        long bert = testData.account("bert", Set.of(), Set.of());
        fixtures.notify(List.of(anna, bert));
        fixtures.notify(List.of(anna));

        signInAs("anna");
        List<InboxItem> annas = inbox.list(PageRequest.of(0, 10));
        assertThat(annas).hasSize(2);
        assertThat(inbox.count()).isEqualTo(2);
        assertThat(annas.get(0).id()).isGreaterThan(annas.get(1).id());
        assertThat(annas.get(0).text(Locale.GERMANY)).isEqualTo(
                "Dieser Bereich kommt bald: Sitzungen. Bis dahin finden Sie Ihre Gremien auf der Übersicht.");
        assertThat(annas.get(0).subject()).isEqualTo(NotificationFixtures.MEETING);

        signInAs("bert");
        assertThat(inbox.list(PageRequest.of(0, 10))).hasSize(1);
        assertThat(inbox.unreadCount()).isEqualTo(1);
    }

    @Test
    void the_unread_count_falls_as_notifications_are_marked_read() {
        long anna = testData.account("anna", Set.of(), Set.of());
        fixtures.notify(List.of(anna));
        fixtures.notify(List.of(anna));
        fixtures.notify(List.of(anna));
        signInAs("anna");
        assertThat(inbox.unreadCount()).isEqualTo(3);

        InboxItem newest = inbox.list(PageRequest.of(0, 1)).get(0);
        inbox.markRead(newest.id());
        inbox.markRead(newest.id());

        assertThat(inbox.unreadCount()).isEqualTo(2);
        assertThat(inbox.list(PageRequest.of(0, 10))).filteredOn(InboxItem::unread).hasSize(2);
        assertThat(inbox.list(PageRequest.of(0, 1)).get(0).readAt()).isNotNull();

        assertThat(inbox.markAllRead()).isEqualTo(2);
        assertThat(inbox.unreadCount()).isZero();
        assertThat(inbox.count()).isEqualTo(3);
    }

    @Test
    void nobody_can_mark_another_persons_notification_read() {
        long anna = testData.account("anna", Set.of(), Set.of());
        testData.account("bert", Set.of(), Set.of());
        fixtures.notify(List.of(anna));
        long annasId = jdbc.queryForObject("SELECT id FROM notification", Long.class);

        signInAs("bert");
        inbox.markRead(annasId);
        inbox.markAllRead();

        signInAs("anna");
        assertThat(inbox.unreadCount()).isEqualTo(1);
    }

    @Test
    void the_inbox_needs_a_signed_in_user() {
        assertThatThrownBy(() -> inbox.unreadCount()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
