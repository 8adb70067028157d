package de.lenkrunde.live.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import de.lenkrunde.KaribuTest;
import de.lenkrunde.TestData;
import de.lenkrunde.bodies.AgendaItemKind;
import de.lenkrunde.bodies.BodyRole;
import de.lenkrunde.decisions.DecisionService;
import de.lenkrunde.decisions.DecisionView;
import de.lenkrunde.decisions.MotionKind;
import de.lenkrunde.decisions.MotionOutcome;
import de.lenkrunde.decisions.MotionView;
import de.lenkrunde.meetings.AgendaItemData;
import de.lenkrunde.meetings.AttendanceEntry;
import de.lenkrunde.meetings.AttendanceStatus;
import de.lenkrunde.meetings.MeetingData;
import de.lenkrunde.meetings.MeetingRunService;
import de.lenkrunde.meetings.MeetingService;
import de.lenkrunde.people.PersonReference;
import de.lenkrunde.proposals.DecisionOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chair records in the console like in the room: a motion, a decision whose first vote counts more voices than
 * are present (refused at the field, nothing typed lost) and then a valid one, and an action item for the decision.
 */
class DecisionConsoleTest extends KaribuTest {

    private static final Instant INVITED = Instant.parse("2026-06-01T08:00:00Z");
    private static final Instant OPENING = Instant.parse("2026-06-18T15:58:00Z");

    @Autowired
    private MeetingService meetings;
    @Autowired
    private MeetingRunService run;
    @Autowired
    private DecisionService decisions;

    private long meetingId;
    private long item;
    private long member;

    @BeforeEach
    void runningMeeting() {
        testClock.set(INVITED);
        TestData.World world = testData.world();
        testData.proposalCast(world, "aussen");
        member = testData.account("rat", Set.of(), Set.of());
        testData.member(world.steeringNorth(), member, BodyRole.MEMBER);
        testData.member(world.steeringNorth(), testData.account("rat2", Set.of(), Set.of()), BodyRole.MEMBER);
        meetingId = testData.as("vorsitz", () -> meetings.plan(world.steeringNorth(), new MeetingData("Ordentliche Sitzung",
                LocalDate.of(2026, 6, 18), LocalTime.of(18, 0), LocalTime.of(20, 0), "Ratssaal", null, null), List.of()));
        item = testData.as("vorsitz", () -> meetings.addItem(meetingId, meetings.get(meetingId).version(),
                new AgendaItemData("Sitzungstermine 2027", AgendaItemKind.DECISION, 15, "Vorsitz", false, null)));
        testData.as("vorsitz", () -> meetings.publish(meetingId, meetings.get(meetingId).version(), false));
        testClock.set(OPENING);
        testData.as("vorsitz", () -> {
            run.start(meetingId, run.state(meetingId).version());
            for (AttendanceEntry entry : run.attendance(meetingId)) {
                run.setAttendance(meetingId, entry.id(), entry.version(), AttendanceStatus.PRESENT);
            }
            run.goTo(meetingId, run.state(meetingId).version(), item);
        });
        login("vorsitz");
        UI.getCurrent().navigate("sitzungen/" + meetingId + "/leitung");
    }

    @Test
    void an_accepted_amendment_fills_the_decision_text_and_preselects_amended() {
        TabSheet work = _get(TabSheet.class, spec -> spec.withClasses("console-work"));
        work.setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        Select<MotionKind> kind = _get(Select.class, spec -> spec.withLabel("Art des Antrags"));
        kind.setValue(MotionKind.AMENDMENT);
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("oder Name")), "Frau Kaya");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Antrag")), "Den zweiten Donnerstag nehmen");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Neue Fassung des Beschlusstextes")),
                "Die Lenkrunde tagt 2027 an jedem zweiten Donnerstag.");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Ja")), 2);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Nein")), 0);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Enthaltungen")), 0);
        _click(_get(Button.class, spec -> spec.withText("Antrag erfassen")));

        work.setSelectedIndex(2);
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Beschlusstext")).getValue())
                .isEqualTo("Die Lenkrunde tagt 2027 an jedem zweiten Donnerstag.");
        @SuppressWarnings("unchecked")
        Select<DecisionOutcome> outcome = _get(Select.class, spec -> spec.withLabel("Ergebnis"));
        assertThat(outcome.getValue()).isEqualTo(DecisionOutcome.ACCEPTED_AMENDED);
    }

    @Test
    void the_chair_records_a_motion_a_decision_after_a_refused_vote_and_an_action_item() {
        int entitled = testData.as("vorsitz", () -> run.quorum(meetingId, item)).votingPresent();
        TabSheet work = _get(TabSheet.class, spec -> spec.withClasses("console-work"));

        work.setSelectedIndex(1);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Antrag")), "Termine in den Sommerferien streichen");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Ja")), 1);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Nein")), 2);
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("oder Name")), "Frau Gast");
        @SuppressWarnings("unchecked")
        Select<MotionOutcome> motionOutcome = _get(Select.class, spec -> spec.withLabel("Ergebnis"));
        motionOutcome.setValue(MotionOutcome.REJECTED);
        _click(_get(Button.class, spec -> spec.withText("Antrag erfassen")));
        assertThat(testData.as("vorsitz", () -> decisions.motions(meetingId, item))).extracting(MotionView::moverName, MotionView::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Frau Gast", MotionOutcome.REJECTED));

        work.setSelectedIndex(2);
        TextArea text = _get(TextArea.class, spec -> spec.withLabel("Beschlusstext"));
        _setValue(text, "Die Lenkrunde tagt 2027 an jedem zweiten Donnerstag.");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Ja")), entitled + 1);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Nein")), 0);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Enthaltungen")), 0);
        _click(_get(Button.class, spec -> spec.withText("Beschluss speichern")));

        IntegerField yes = _get(IntegerField.class, spec -> spec.withLabel("Ja"));
        assertThat(yes.isInvalid()).isTrue();
        assertThat(yes.getErrorMessage()).isEqualTo((entitled + 1) + " Stimmen eingetragen, aber nur " + entitled
                + " Stimmberechtigte anwesend (ohne Befangene, mit Stellvertretungen).");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Beschlusstext")).getValue())
                .as("nothing typed is lost").isEqualTo("Die Lenkrunde tagt 2027 an jedem zweiten Donnerstag.");
        assertThat(testData.as("vorsitz", () -> decisions.ofMeeting(meetingId))).isEmpty();

        _setValue(yes, entitled - 1);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Enthaltungen")), 1);
        _click(_get(Button.class, spec -> spec.withText("Beschluss speichern")));

        List<DecisionView> taken = testData.as("vorsitz", () -> decisions.ofMeeting(meetingId));
        assertThat(taken).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(DecisionOutcome.ACCEPTED);
            assertThat(d.text()).isEqualTo("Die Lenkrunde tagt 2027 an jedem zweiten Donnerstag.");
            assertThat(d.number()).endsWith("-2026/001");
        });
        assertThat(_get(DecisionResult.class).getElement().getTextRecursively())
                .contains(taken.get(0).number()).contains("angenommen").contains((entitled - 1) + " Ja · 0 Nein · 1 Enthaltungen");
        _get(Button.class, spec -> spec.withText("Berichtigen"));

        _get(TabSheet.class, spec -> spec.withClasses("console-work")).setSelectedIndex(3);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Aufgabe")), "Termine an die Verwaltung melden");
        _click(_get(Button.class, spec -> spec.withText("Aufgabe anlegen")));
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("Fällig am")).isInvalid()).as("due date missing").isTrue();

        @SuppressWarnings("unchecked")
        ComboBox<PersonReference> owner = _get(ComboBox.class, spec -> spec.withLabel("Person"));
        owner.setValue(new PersonReference(member, "Rat Test", null));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Fällig am")), LocalDate.of(2026, 6, 30));
        _click(_get(Button.class, spec -> spec.withText("Aufgabe anlegen")));

        assertThat(jdbc.queryForList("SELECT description, owner_person_id, decision_id, status FROM action_item"))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("description")).isEqualTo("Termine an die Verwaltung melden");
                    assertThat(((Number) row.get("owner_person_id")).longValue()).isEqualTo(member);
                    assertThat(((Number) row.get("decision_id")).longValue()).isEqualTo(taken.get(0).id());
                    assertThat(row.get("status")).isEqualTo("OPEN");
                });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE person_id = ? AND message_key = 'notification.action.assigned'", Integer.class, member))
                .as("the owner is told").isEqualTo(1);
    }
}
