package de.lenkrunde.people.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import de.lenkrunde.KaribuTest;
import de.lenkrunde.TestData;
import de.lenkrunde.home.ui.HomeView;
import de.lenkrunde.people.AccountData;
import de.lenkrunde.people.OneTimePassword;
import de.lenkrunde.people.PeopleService;
import de.lenkrunde.people.PersonData;
import de.lenkrunde.people.SystemUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class PasswordChangeViewTest extends KaribuTest {

    private static final String NEW_PASSWORD = "ein ganz neues langes Passwort";

    @Autowired
    private PeopleService people;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Test
    void a_wrong_current_password_is_shown_at_its_field() {
        testData.account("nutzer", Set.of(), Set.of());
        login("nutzer");
        UI.getCurrent().navigate(PasswordChangeView.class);

        fill("falsches-passwort-123", NEW_PASSWORD, NEW_PASSWORD);
        clickSave();

        PasswordField current = field("Aktuelles Passwort");
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("Das aktuelle Passwort ist nicht richtig.");
        assertThat(field("Neues Passwort").getValue()).isEqualTo(NEW_PASSWORD);
        assertThat(passwordStillIs("nutzer", TestData.PASSWORD)).isTrue();
    }

    @Test
    void two_different_new_passwords_are_shown_at_the_repeat_field() {
        testData.account("nutzer", Set.of(), Set.of());
        login("nutzer");
        UI.getCurrent().navigate(PasswordChangeView.class);

        fill(TestData.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "!");
        clickSave();

        PasswordField repeat = field("Neues Passwort wiederholen");
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).isEqualTo("Die beiden neuen Passwörter stimmen nicht überein.");
        assertThat(field("Aktuelles Passwort").isInvalid()).isFalse();
        assertThat(passwordStillIs("nutzer", TestData.PASSWORD)).isTrue();
    }

    @Test
    void a_too_short_new_password_is_shown_at_the_new_password_field() {
        testData.account("nutzer", Set.of(), Set.of());
        login("nutzer");
        UI.getCurrent().navigate(PasswordChangeView.class);

        fill(TestData.PASSWORD, "kurz", "kurz");
        clickSave();

        assertThat(field("Neues Passwort").isInvalid()).isTrue();
        assertThat(field("Neues Passwort").getErrorMessage()).isEqualTo("Das Passwort muss mindestens 12 Zeichen lang sein.");
        assertThat(passwordStillIs("nutzer", TestData.PASSWORD)).isTrue();
    }

    @Test
    void a_user_changes_their_password_and_is_told_so() {
        testData.account("nutzer", Set.of(), Set.of());
        login("nutzer");
        UI.getCurrent().navigate(PasswordChangeView.class);

        fill(TestData.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        clickSave();

        expectNotifications("Ihr Passwort wurde geändert.");
        assertThat(passwordStillIs("nutzer", NEW_PASSWORD)).isTrue();
        _get(HomeView.class);
    }

    @Test
    void a_user_with_a_one_time_password_is_sent_to_the_password_page_until_they_changed_it() {
        OneTimePassword oneTime = SystemUser.call(() -> {
            long person = people.create(new PersonData("Neu", "Ling", null, null, null, null));
            return people.createAccount(person, new AccountData("neuling", Set.of(), Set.of(), "de", true));
        });
        login("neuling");

        UI.getCurrent().navigate("");
        _get(PasswordChangeView.class);
        _get(Paragraph.class, spec -> spec.withText(
                "Sie haben sich mit einem Einmalpasswort angemeldet. Bitte legen Sie jetzt Ihr eigenes Passwort fest."));
        UI.getCurrent().navigate("verwaltung/gremien");
        _get(PasswordChangeView.class);

        fill(oneTime.password(), NEW_PASSWORD, NEW_PASSWORD);
        clickSave();

        expectNotifications("Ihr Passwort wurde geändert.");
        _get(HomeView.class);
        UI.getCurrent().navigate("");
        _get(HomeView.class);
    }

    private static void fill(String current, String newPassword, String repeat) {
        _setValue(field("Aktuelles Passwort"), current);
        _setValue(field("Neues Passwort"), newPassword);
        _setValue(field("Neues Passwort wiederholen"), repeat);
    }

    /** The page's own button, not the "Passwort ändern" link in the drawer. */
    private static void clickSave() {
        _click(_get(_get(PasswordChangeView.class), Button.class, spec -> spec.withText("Passwort ändern")));
    }

    private static PasswordField field(String label) {
        return _get(PasswordField.class, spec -> spec.withLabel(label));
    }

    private boolean passwordStillIs(String login, String password) {
        String hash = jdbc.queryForObject("SELECT password_hash FROM account WHERE login = ?", String.class, login);
        return passwordEncoder.matches(password, hash);
    }
}
