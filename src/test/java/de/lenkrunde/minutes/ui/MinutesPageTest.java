package de.lenkrunde.minutes.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import de.lenkrunde.KaribuTest;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.meetings.MeetingService;
import de.lenkrunde.meetings.ui.MeetingView;
import de.lenkrunde.minutes.MinutesFixture;
import de.lenkrunde.minutes.MinutesService;
import de.lenkrunde.minutes.MinutesStatus;
import de.lenkrunde.minutes.MinutesView;
import de.lenkrunde.minutes.ReviewComment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Signing, commenting, answering and the edit of a TOP's text, clicked like a user. */
class MinutesPageTest extends KaribuTest {

    @Autowired
    MinutesFixture fixture;
    @Autowired
    MinutesService minutes;

    private long meetingId;

    @BeforeEach
    void heldMeeting() {
        fixture.cast();
        meetingId = fixture.holdMeeting(30, "3. Sitzung").meetingId();
        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.as("protokoll", () -> minutes.ofMeeting(meetingId, null)).isPresent());
    }

    @Test
    void minute_taker_edits_and_signs_chair_signs_member_objects_minute_taker_answers() {
        login("protokoll");
        open();
        assertThat(text()).contains("Entwurf", "Ratssaal, Marktstraße 1", MinutesFixture.PUBLIC_ITEM, "Angebote einholen",
                "Ja 3, Nein 0, Enthaltung 0");
        _click(_get(Button.class, spec -> spec.withText("Text zu TOP 5 bearbeiten")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Niederschrift zu TOP 5")), "Kosten **1.250 €**.");
        _click(_get(Button.class, spec -> spec.withText("Text speichern")));
        assertThat(fixture.as("protokoll", () -> minutes.ofMeeting(meetingId, null)).orElseThrow().items())
                .anySatisfy(item -> assertThat(item.text()).isEqualTo("Kosten **1.250 €**."));
        assertThat(_get(MinutesPage.class).getChildren().toList().toString()).doesNotContain("minutes-editor");
        _click(_get(Button.class, spec -> spec.withText("Unterschreiben")));
        assertThat(text()).contains("Protokollführung: unterschrieben von Protokoll Test");

        newBrowserSession();
        login("vorsitz");
        open();
        _click(_get(Button.class, spec -> spec.withText("Unterschreiben")));
        assertThat(text()).contains("freigegeben zur Durchsicht", "Durchsicht: Anmerkungen und Einwendungen bis");

        newBrowserSession();
        login("lrmitglied");
        open();
        _click(_get(Button.class, spec -> spec.withText("Anmerkung oder Einwendung zu TOP 5")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ReviewComment.CommentKind> kind = _get(RadioButtonGroup.class, spec -> spec.withLabel("Art"));
        kind.setValue(ReviewComment.CommentKind.OBJECTION);
        _click(_get(Button.class, spec -> spec.withText("Absenden")));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Ihre Anmerkung")).isInvalid()).as("empty: refused at the field").isTrue();
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Ihre Anmerkung")), "Es waren 1.300 €.");
        _click(_get(Button.class, spec -> spec.withText("Absenden")));
        assertThat(text()).contains("Einwendung von Lrmitglied Test", "Es waren 1.300 €.");

        newBrowserSession();
        login("protokoll");
        open();
        _click(_get(Button.class, spec -> spec.withText("Beantworten")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Antwort")), "Laut Rechnung waren es 1.250 €.");
        _click(_get(Button.class, spec -> spec.withText("Antwort speichern")));
        assertThat(text()).contains("Beantwortet von Protokoll Test", "Laut Rechnung waren es 1.250 €.");
        MinutesView view = fixture.as("protokoll", () -> minutes.ofMeeting(meetingId, null)).orElseThrow();
        assertThat(view.status()).isEqualTo(MinutesStatus.RELEASED);
        assertThat(view.signed()).as("answered without a change: signatures stay").isTrue();
    }

    @Test
    void the_chair_starts_a_circulation_every_voting_member_consents_and_the_minutes_are_approved() {
        jdbc.update("UPDATE body SET circulation_allowed = TRUE WHERE id = ?", fixture.world.steeringNorth());
        for (String signer : List.of("protokoll", "vorsitz")) {
            fixture.as(signer, () -> {
                MinutesView current = minutes.ofMeeting(meetingId, null).orElseThrow();
                minutes.sign(current.id(), current.version());
            });
        }

        login("vorsitz");
        open();
        _click(_get(Button.class, spec -> spec.withText("Umlaufverfahren starten")));
        DatePicker until = _get(DatePicker.class, spec -> spec.withLabel("Antwort bis"));
        _setValue(until, testClock.instant().atZone(Formats.ZONE).toLocalDate().plusDays(7));
        List<Button> starts = _find(Button.class, spec -> spec.withText("Umlaufverfahren starten"));
        _click(starts.get(starts.size() - 1)); // the dialog's button
        assertThat(text()).contains("Läuft: Jedes stimmberechtigte Mitglied stimmt zu oder widerspricht.");

        for (String voter : List.of("vorsitz", "protokoll", "lrmitglied", "zweitmitglied")) {
            newBrowserSession();
            login(voter);
            open();
            _click(_get(Button.class, spec -> spec.withText("Zustimmen")));
        }
        assertThat(text()).contains("genehmigt", "Abgeschlossen: Alle haben zugestimmt.");
        assertThat(fixture.as("vorsitz", () -> minutes.ofMeeting(meetingId, null)).orElseThrow().status()).isEqualTo(MinutesStatus.APPROVED);
    }

    @Test
    void the_meeting_page_links_to_the_minutes_and_the_list_shows_what_waits() {
        login("protokoll");
        UI.getCurrent().navigate(MeetingView.class, MeetingView.parameters(meetingId));
        Anchor link = _get(Anchor.class, spec -> spec.withText("Niederschrift öffnen"));
        assertThat(link.getHref()).isEqualTo(MeetingService.minutesRoute(meetingId));
        assertThat(_get(MeetingView.class).getElement().getTextRecursively()).contains("Entwurf");

        UI.getCurrent().navigate(MinutesListView.class);
        assertThat(_size(_get(Grid.class))).isEqualTo(1);

        newBrowserSession();
        login("aussen");
        open();
        assertThat(text()).contains("noch keine Niederschrift").doesNotContain(MinutesFixture.SECRET_ITEM);
    }

    private void open() {
        UI.getCurrent().navigate(MeetingService.minutesRoute(meetingId));
    }

    private static String text() {
        return _get(MinutesPage.class).getElement().getTextRecursively();
    }
}
