package de.lenkrunde.proposals.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkrunde.KaribuTest;
import de.lenkrunde.TestData;
import de.lenkrunde.bodies.BodyRole;
import de.lenkrunde.notifications.ui.NotificationBell;
import de.lenkrunde.proposals.ProposalFilter;
import de.lenkrunde.proposals.ProposalListItem;
import de.lenkrunde.proposals.ProposalService;
import de.lenkrunde.proposals.ProposalStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The journey through the real views: draft, fail, fix, submit; the chair returns it; the story is told. */
class ProposalJourneyTest extends KaribuTest {

    @Autowired
    private ProposalService proposals;

    private TestData.World world;

    @BeforeEach
    void world() {
        world = testData.world();
        testData.proposalCast(world, "nachbar");
    }

    @Test
    void a_member_drafts_fails_validation_fixes_and_submits_and_the_chair_returns_it_with_a_reason() {
        login("mitglied");
        UI.getCurrent().navigate(ProposalsView.class);
        _click(_get(Button.class, spec -> spec.withText("Vorschlag entwerfen")));

        // first attempt: no title, and submitting without the texts it needs
        _click(_get(Button.class, spec -> spec.withText("Speichern und einreichen")));
        TextField title = _get(TextField.class, spec -> spec.withLabel("Titel"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Bitte ausfüllen.");

        _setValue(title, "Bewegter Spielplatz am Teich");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Anlass / Bedarf")), "Im Quartier fehlt ein Spielplatz.");
        _click(_get(Button.class, spec -> spec.withText("Speichern und einreichen")));
        // the draft is saved, but submitting is refused at the fields that are still missing
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Ziel")).getErrorMessage()).isEqualTo("Zum Einreichen bitte ausfüllen.");
        assertThat(title.getValue()).isEqualTo("Bewegter Spielplatz am Teich");

        _setValue(_get(TextArea.class, spec -> spec.withLabel("Ziel")), "Ein Treffpunkt für Familien");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Maßnahmen")), "Geräte aufstellen, Eltern bauen mit");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Beschlussvorschlag")), "Die Lenkrunde beschließt den Spielplatz.");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Unterstützung von Eigeninitiative und Selbsthilfe")), true);
        _setValue(_get(TextArea.class, spec -> spec.withPredicate(t -> "Begründung: Unterstützung von Eigeninitiative und Selbsthilfe"
                .equals(t.getAriaLabel().orElse(null)))), "Eltern bauen die Geräte mit.");
        // the contact person: the drafting member
        var contact = _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withLabel("Ansprechperson"));
        @SuppressWarnings("unchecked")
        var contactBox = (com.vaadin.flow.component.combobox.ComboBox<de.lenkrunde.people.PersonReference>) contact;
        contactBox.setValue(contactBox.getLazyDataView().getItems().filter(p -> p.displayName().equals("Mitglied Test")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Speichern und einreichen")));

        assertThat(_get(ProposalView.class)).isNotNull();
        assertThat(_get(Span.class, spec -> spec.withId("proposal-status")).getText()).isEqualTo("eingereicht");
        long id = onlyProposal().id();

        // someone outside the group and the body sees the submitted proposal, but not while it was a draft
        login("vorsitz");
        // the chair's bell counts the notice of the submission
        assertThat(_get(NotificationBell.class).unread()).isEqualTo(1);
        assertThat(_get(NotificationBell.class).getAriaLabel()).hasValueSatisfying(label -> assertThat(label).contains("1"));
        UI.getCurrent().navigate(ProposalView.class, ProposalView.parameters(id));
        _click(_get(Button.class, spec -> spec.withText("Zurückgeben")));
        List<Button> inDialog = _find(Button.class, spec -> spec.withText("Zurückgeben"));
        _click(inDialog.get(inDialog.size() - 1));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Grund")).isInvalid()).isTrue();
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Grund")), "Bitte einen Kostenplan beifügen.");
        List<Button> confirm = _find(Button.class, spec -> spec.withText("Zurückgeben"));
        _click(confirm.get(confirm.size() - 1));

        assertThat(_get(Span.class, spec -> spec.withId("proposal-status")).getText()).isEqualTo("Entwurf");
        List<String> story = _find(ListItem.class).stream().filter(li -> li.hasClassName("timeline-entry"))
                .map(li -> li.getElement().getTextRecursively()).toList();
        assertThat(story).hasSize(3);
        assertThat(story.get(0)).contains("von der Lenkrunde Nordstadt an die Fokusgruppe Jugend Nord zurückgegeben")
                .contains("Grund: Bitte einen Kostenplan beifügen.");
        assertThat(story.get(1)).contains("von der Fokusgruppe Jugend Nord an die Lenkrunde Nordstadt eingereicht");
        assertThat(story.get(2)).contains("den Entwurf für die Fokusgruppe Jugend Nord angelegt");
    }

    @Test
    void a_draft_is_not_listed_for_someone_outside_the_group() {
        login("mitglied");
        UI.getCurrent().navigate(ProposalsView.class);
        _click(_get(Button.class, spec -> spec.withText("Vorschlag entwerfen")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Titel")), "Noch geheim");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));
        long id = onlyProposal().id();

        login("nachbar");
        UI.getCurrent().navigate(ProposalsView.class);
        assertThat(_size(_get(Grid.class))).isZero();
        assertThat(_find(Button.class, spec -> spec.withText("Vorschlag entwerfen"))).isEmpty();
        UI.getCurrent().navigate(ProposalView.class, ProposalView.parameters(id));
        assertThat(_find(ProposalView.class)).isEmpty();
    }

    @Test
    void my_proposals_lists_those_of_my_groups_and_bodies_only() {
        long id = testData.as("mitglied", () -> {
            long created = proposals.createDraft(new de.lenkrunde.proposals.ProposalData("Sitzbank", world.focusNorth(), null,
                    world.steeringNorth(), null, null, null, null, null, null, null, java.math.BigDecimal.ZERO,
                    java.math.BigDecimal.ZERO, null, List.of()));
            return created;
        });
        login("mitglied");
        UI.getCurrent().navigate(MyProposalsView.class);
        assertThat(_size(_get(Grid.class))).isEqualTo(1);
        assertThat(_get(Checkbox.class, spec -> spec.withLabel("nur meine Gremien")).getValue()).isTrue();

        login("nachbar");
        UI.getCurrent().navigate(MyProposalsView.class);
        assertThat(_size(_get(Grid.class))).isZero();
        assertThat(id).isPositive();
    }

    @Test
    void an_edited_submission_shows_its_versions_and_compares_them_word_by_word() {
        long id = testData.as("mitglied", () -> {
            var d = new de.lenkrunde.proposals.ProposalData("Sitzbank am Teich", world.focusNorth(), null, world.steeringNorth(),
                    null, "Keine Bank", "Ausruhen am Teich", "Bank aufstellen", null, null, null, java.math.BigDecimal.ZERO,
                    java.math.BigDecimal.ZERO, "Die Lenkrunde beschließt die Bank.",
                    List.of(new de.lenkrunde.proposals.CriterionData(de.lenkrunde.proposals.HintePrinciple.SELF_HELP, true, "Ehrenamt")));
            long created = proposals.createDraft(d);
            jdbc.update("UPDATE proposal SET contact_person_id = (SELECT person_id FROM account WHERE login = 'mitglied') WHERE id = ?", created);
            proposals.submit(created, proposals.get(created).version());
            var current = proposals.get(created).data();
            proposals.update(created, proposals.get(created).version(), new de.lenkrunde.proposals.ProposalData(current.title(),
                    current.originGroupId(), current.contactPersonId(), current.targetBodyId(), null, current.occasion(),
                    "Ausruhen und Enten füttern am Teich", current.measures(), null, null, null, current.requestedAmount(),
                    current.ownContribution(), current.decisionProposal(), current.criteria()));
            return created;
        });
        login("nachbar");
        UI.getCurrent().navigate(ProposalView.class, ProposalView.parameters(id));
        _click(_get(Button.class, spec -> spec.withText("Vergleichen")));
        String diff = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("version-diff")).getElement().getOuterHTML();
        assertThat(diff).contains("<ins>und Enten füttern</ins>").contains("<h3>Ziel</h3>");
        _click(_find(Button.class, spec -> spec.withText("Lesen")).get(1));
        assertThat(_find(com.vaadin.flow.component.html.DescriptionList.Description.class).stream()
                .map(dd -> dd.getText())).contains("Ausruhen am Teich");
    }

    private ProposalListItem onlyProposal() {
        List<ProposalListItem> all = testData.as("mitglied", () -> proposals.list(ProposalFilter.none(), PageRequest.of(0, 10)));
        assertThat(all).hasSize(1);
        assertThat(all.get(0).status()).isIn(ProposalStatus.DRAFT, ProposalStatus.SUBMITTED);
        return all.get(0);
    }
}
