package de.lenkrunde.notifications.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import de.lenkrunde.KaribuTest;
import de.lenkrunde.base.TypedReference;
import de.lenkrunde.base.ui.EmptyState;
import de.lenkrunde.notifications.InboxItem;
import de.lenkrunde.notifications.MailAttachment;
import de.lenkrunde.notifications.MailStatus;
import de.lenkrunde.notifications.NotificationMessage;
import de.lenkrunde.notifications.Notifier;
import de.lenkrunde.notifications.OutboxMail;
import de.lenkrunde.people.GlobalRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class NotificationsViewTest extends KaribuTest {

    private static final TypedReference MEETING = TypedReference.of("MEETING", 42L, "Sitzung 12.03.2027", "sitzungen/42");

    @Autowired
    private Notifier notifier;
    @Autowired
    private TransactionTemplate transactions;

    @Test
    void the_bell_shows_the_unread_count_and_the_view_lists_and_marks_read() {
        long anna = testData.account("anna", Set.of(), Set.of());
        login("anna");
        assertThat(bell().getAriaLabel().orElseThrow()).contains("Mitteilungen: keine ungelesen");

        notify(anna, "Sitzungen");
        notify(anna, "Aufgaben");
        UI.getCurrent().navigate("mitteilungen");

        assertThat(bell().unread()).isEqualTo(2);
        assertThat(bell().getAriaLabel().orElseThrow()).contains("Mitteilungen: 2 ungelesen");
        Grid<InboxItem> grid = grid();
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_getFormattedRow(grid, 0)).anySatisfy(cell -> assertThat(cell).contains("Dieser Bereich kommt bald: Aufgaben."));
        Anchor link = (Anchor) _getCellComponent(grid, 0, "subject");
        assertThat(link.getHref()).isEqualTo("sitzungen/42");
        assertThat(link.getText()).isEqualTo("Sitzung 12.03.2027");

        _click((Button) _getCellComponent(grid, 0, "markRead"));
        assertThat(_get(grid, 0).unread()).isFalse();
        assertThat(bell().getAriaLabel().orElseThrow()).contains("Mitteilungen: 1 ungelesen");

        _click(_get(Button.class, spec -> spec.withText("Alle als gelesen markieren")));
        assertThat(bell().unread()).isZero();
        assertThat(bell().getAriaLabel().orElseThrow()).contains("keine ungelesen");
        assertThat(_get(grid, 1).unread()).isFalse();
    }

    @Test
    void without_notifications_the_view_says_so() {
        testData.account("anna", Set.of(), Set.of());
        login("anna");
        UI.getCurrent().navigate("mitteilungen");

        _get(_get(EmptyState.class), com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withText(de.lenkrunde.base.i18n.TranslationProvider.translate("notifications.empty", java.util.Locale.GERMANY)));
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(Grid.class);
    }

    @Test
    void the_admin_sees_held_mails_in_the_outbox_and_filters_them_by_status() {
        testData.account("admin", Set.of(GlobalRole.ADMIN), Set.of());
        long anna = testData.account("anna", Set.of(), Set.of());
        notify(anna, "Sitzungen");
        login("admin");
        UI.getCurrent().navigate("verwaltung/postausgang");

        @SuppressWarnings("unchecked")
        Grid<OutboxMail> grid = _get(Grid.class);
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).status()).isEqualTo(MailStatus.HELD);
        assertThat(_getFormattedRow(grid, 0)).contains("anna@example.org");
        _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withText(
                "Kein Mailserver eingerichtet (spring.mail.host): Mails werden zurückgehalten und nur hier angezeigt."));

        @SuppressWarnings("unchecked")
        ComboBox<MailStatus> status = _get(ComboBox.class, spec -> spec.withLabel("Status"));
        selectByLabel(status, "fehlgeschlagen");
        assertThat(_size(grid)).isZero();
        selectByLabel(status, "zurückgehalten");
        assertThat(_size(grid)).isEqualTo(1);
    }

    @Test
    void the_outbox_shows_a_guest_by_name_and_the_names_of_each_mails_attachments() {
        testData.account("admin", Set.of(GlobalRole.ADMIN), Set.of());
        long anna = testData.account("anna", Set.of(), Set.of());
        MailAttachment pdf = new MailAttachment("Tagesordnung.pdf", "application/pdf", new byte[]{37, 80, 68, 70});
        MailAttachment ics = new MailAttachment("einladung.ics", "text/calendar; charset=UTF-8; method=REQUEST",
                "BEGIN:VCALENDAR".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        transactions.executeWithoutResult(tx -> {
            notifier.notify(List.of(anna), NotificationMessage.of("comingSoon.text", "Sitzungen"), MEETING, List.of(pdf));
            notifier.mailGuest("Gerda Gast", "gerda@example.org", NotificationMessage.of("comingSoon.text", "Sitzungen"),
                    MEETING, List.of(pdf, ics));
        });
        login("admin");
        UI.getCurrent().navigate("verwaltung/postausgang");

        @SuppressWarnings("unchecked")
        Grid<OutboxMail> grid = _get(Grid.class);
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_getFormattedRow(grid, 0)).contains("Gerda Gast (Gast) <gerda@example.org>",
                "Tagesordnung.pdf, einladung.ics");
        assertThat(_get(grid, 0).toGuest()).isTrue();
        assertThat(_getFormattedRow(grid, 1)).contains("anna@example.org", "Tagesordnung.pdf");
    }

    private void notify(long personId, String area) {
        transactions.executeWithoutResult(tx ->
                notifier.notify(List.of(personId), NotificationMessage.of("comingSoon.text", area), MEETING));
    }

    /** The bell of the layout currently shown. */
    private static NotificationBell bell() {
        return _get(NotificationBell.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<InboxItem> grid() {
        return _get(Grid.class);
    }
}
