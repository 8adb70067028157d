package de.lenkrunde.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import de.lenkrunde.KaribuTest;
import de.lenkrunde.TestData;
import de.lenkrunde.bodies.BodyRole;
import de.lenkrunde.meetings.AgendaEntry;
import de.lenkrunde.meetings.MeetingData;
import de.lenkrunde.meetings.MeetingService;
import de.lenkrunde.proposals.CriterionData;
import de.lenkrunde.proposals.HintePrinciple;
import de.lenkrunde.proposals.ProposalData;
import de.lenkrunde.proposals.ProposalService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/**
 * The cast of the meeting view tests in the standard test world: "vorsitz" chairs the Lenkrunde Nordstadt,
 * "stellv" is its deputy (a second chair), "rat" a member, "mitglied" a member of the focus group that
 * sends proposals, "nachbar" belongs to no body.
 */
abstract class MeetingUiTest extends KaribuTest {

    /** The standard template of a new body (AgendaTemplateItem.standard()). */
    static final List<String> TEMPLATE = List.of("Eröffnung und Begrüßung",
            "Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit", "Genehmigung der Tagesordnung",
            "Genehmigung der Niederschrift der letzten Sitzung", "Verschiedenes");

    @Autowired
    protected MeetingService meetings;

    @Autowired
    protected ProposalService proposals;

    protected TestData.World world;
    protected long focusMember;

    @BeforeEach
    void meetingCast() {
        world = testData.world();
        focusMember = testData.proposalCast(world, "nachbar");
        testData.member(world.steeringNorth(), testData.account("stellv", Set.of(), Set.of()), BodyRole.DEPUTY);
        testData.member(world.steeringNorth(), testData.account("rat", Set.of(), Set.of()), BodyRole.MEMBER);
    }

    /** A meeting of the Lenkrunde Nordstadt planned by its chair with the proposed defaults (18:00–20:00). */
    protected long planMeeting(String title) {
        return testData.as("vorsitz", () -> {
            MeetingData proposed = meetings.proposeNew(world.steeringNorth());
            return meetings.plan(world.steeringNorth(), new MeetingData(title, proposed.date(), proposed.startTime(),
                    proposed.endTime(), "Ratssaal", "Markt 1", null), List.of());
        });
    }

    /** A proposal of the focus group, submitted to the Lenkrunde Nordstadt: it waits for a meeting. */
    protected long submittedProposal(String title) {
        return testData.as("mitglied", () -> {
            long id = proposals.createDraft(new ProposalData(title, world.focusNorth(), focusMember, world.steeringNorth(), null,
                    "Im Quartier fehlt " + title, "Mehr Begegnung", "Planen, bauen, feiern", "alle", null, null,
                    new BigDecimal("1200.00"), BigDecimal.ZERO, "Die Lenkrunde beschließt: " + title,
                    List.of(new CriterionData(HintePrinciple.INTERESTS_AND_WILL, true, "Von Anwohnenden gewünscht"))));
            proposals.submit(id, proposals.get(id).version());
            return id;
        });
    }

    @SuppressWarnings("unchecked")
    protected static Grid<AgendaEntry> agendaGrid() {
        return (Grid<AgendaEntry>) _get(Grid.class, spec -> spec.withId("agenda-grid"));
    }

    /** The agenda as the builder's grid shows it: "number title" per row. */
    protected static List<String> shownAgenda() {
        Grid<AgendaEntry> grid = agendaGrid();
        return IntStream.range(0, _size(grid))
                .mapToObj(i -> _getFormattedRow(grid, i).get(0) + " " + _get(grid, i).title())
                .toList();
    }

    protected static AgendaEntry row(String title) {
        Grid<AgendaEntry> grid = agendaGrid();
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i)).filter(e -> e.title().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no agenda row " + title));
    }

    /**
     * Brings a side panel of the builder ("Wartende Vorschläge", …) into view where the side column is laid out
     * as tabs; panels that are always open need nothing.
     */
    protected static void showSidePanel(String label) {
        _find(Tab.class, spec -> spec.withPredicate(t -> t.getLabel() != null && t.getLabel().startsWith(label))).forEach(tab ->
                tab.findAncestor(TabSheet.class).setSelectedTab(tab));
    }

    /** An icon button of the builder's toolbar, found by the start of its accessible name. */
    protected static Button toolbarButton(String label) {
        return _get(Button.class, spec -> spec.withPredicate(b -> b.getAriaLabel().filter(l -> l.startsWith(label)).isPresent()));
    }
}
