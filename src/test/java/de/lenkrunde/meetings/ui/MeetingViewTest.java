package de.lenkrunde.meetings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import de.lenkrunde.bodies.AgendaItemKind;
import de.lenkrunde.meetings.AgendaItemData;
import de.lenkrunde.meetings.InviteeInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The meeting page after the invitation: members read both parts of the agenda, outsiders the public part only. */
class MeetingViewTest extends MeetingUiTest {

    private long meeting;

    @BeforeEach
    void publishedMeetingWithANonPublicItem() {
        meeting = planMeeting("2. Sitzung 2026");
        testData.as("vorsitz", () -> {
            meetings.addItem(meeting, meetings.get(meeting).version(),
                    new AgendaItemData("Bericht der Jugendpflege", AgendaItemKind.INFORMATION, 15, "Jugendpflege", false, null));
            meetings.addItem(meeting, meetings.get(meeting).version(),
                    new AgendaItemData("Personalangelegenheit Quartiersmanagement", AgendaItemKind.DISCUSSION, 20, null, true,
                            "Vertraulich."));
            meetings.publish(meeting, meetings.get(meeting).version(), false);
        });
    }

    @Test
    void a_member_reads_the_public_and_the_non_public_part() {
        login("rat");
        UI.getCurrent().navigate(MeetingView.class, MeetingView.parameters(meeting));

        assertThat(headings()).containsExactly("Öffentlicher Teil", "Nichtöffentlicher Teil");
        assertThat(agendaTitles()).contains("Bericht der Jugendpflege", "Personalangelegenheit Quartiersmanagement");
        assertThat(_get(MeetingView.class).getElement().getTextRecursively()).contains("Vertraulich.");
        assertThat(_find(Span.class, spec -> spec.withText("eingeladen"))).hasSize(1);
        // a member reads, but does not plan
        assertThat(_find(Button.class, spec -> spec.withText("Tagesordnung bearbeiten"))).isEmpty();
    }

    @Test
    void an_outsider_reads_only_the_public_part() {
        login("nachbar");
        UI.getCurrent().navigate(MeetingView.class, MeetingView.parameters(meeting));

        assertThat(headings()).containsExactly("Öffentlicher Teil");
        assertThat(agendaTitles()).contains("Bericht der Jugendpflege").doesNotContain("Personalangelegenheit Quartiersmanagement");
        assertThat(_get(MeetingView.class).getElement().getTextRecursively()).doesNotContain("Personalangelegenheit", "Vertraulich.");
        // nor who was invited
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void the_chair_reads_both_parts_and_the_invitees() {
        login("vorsitz");
        UI.getCurrent().navigate(MeetingView.class, MeetingView.parameters(meeting));

        assertThat(headings()).containsExactly("Öffentlicher Teil", "Nichtöffentlicher Teil");
        @SuppressWarnings("unchecked")
        Grid<InviteeInfo> invitees = _get(Grid.class, spec -> spec.withPredicate(g -> g.getAriaLabel().filter("Eingeladen"::equals).isPresent()));
        assertThat(IntStream.range(0, _size(invitees)).mapToObj(i -> _getFormattedRow(invitees, i).get(0)))
                .containsExactlyInAnyOrder("Vorsitz Test", "Stellv Test", "Rat Test");
        assertThat(_find(Button.class, spec -> spec.withText("Tagesordnung bearbeiten"))).hasSize(1);
    }

    private static List<String> headings() {
        return _find(H3.class).stream().map(H3::getText).toList();
    }

    private static List<String> agendaTitles() {
        return _find(Span.class, spec -> spec.withClasses("agenda-title")).stream().map(Span::getText).toList();
    }
}
