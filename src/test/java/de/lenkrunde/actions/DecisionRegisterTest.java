package de.lenkrunde.actions;

import de.lenkrunde.IntegrationTest;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.proposals.DecisionOutcome;
import de.lenkrunde.proposals.ProposalService;
import de.lenkrunde.proposals.ProposalStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The decision register on MariaDB: who sees what, every filter (free text and "ohne Umsetzung" included), the rows. */
class DecisionRegisterTest extends IntegrationTest {

    @Autowired
    private RegisterScenario scenario;
    @Autowired
    private RegisterService register;
    @Autowired
    private ActionItemService actions;
    @Autowired
    private ProposalService proposals;

    private RegisterScenario.Cast cast;

    @BeforeEach
    void cast() {
        cast = scenario.build();
    }

    private List<RegisterRow> rows(String login, RegisterFilter filter) {
        return testData.as(login, () -> {
            List<RegisterRow> page = register.page(filter, PageRequest.of(0, 50));
            assertThat(register.count(filter)).isEqualTo(page.size());
            return page;
        });
    }

    private List<String> titles(String login, RegisterFilter filter) {
        return rows(login, filter).stream().map(RegisterRow::title).toList();
    }

    @Test
    void every_signed_in_user_reads_public_decisions_and_only_insiders_the_non_public_one() {
        assertThat(titles("aussen", RegisterFilter.none())).containsExactly("Sitzungstermine 2027", "Bolzplatz am Anger");
        assertThat(titles("suedmitglied", RegisterFilter.none())).hasSize(2);
        assertThat(titles("lrmitglied", RegisterFilter.none())).hasSize(3).contains("Personalangelegenheit Quartiersbüro");
        assertThat(titles("protokoll", RegisterFilter.none())).hasSize(3);
        assertThat(titles("koordination", RegisterFilter.none())).hasSize(3);
        assertThat(titles("admin", RegisterFilter.none())).hasSize(3);
    }

    @Test
    void a_row_carries_number_vote_proposal_status_and_the_state_of_its_action_items() {
        RegisterRow bolzplatz = rows("lrmitglied", RegisterFilter.none()).stream()
                .filter(r -> r.decisionId() == cast.proposalDecision()).findFirst().orElseThrow();
        assertThat(bolzplatz.number()).isEqualTo("LR-NOR-2026/001");
        assertThat(bolzplatz.bodyName()).isEqualTo("Lenkrunde Nordstadt");
        assertThat(bolzplatz.outcome()).isEqualTo(DecisionOutcome.ACCEPTED);
        assertThat(bolzplatz.vote().yes()).isEqualTo(3);
        assertThat(bolzplatz.proposalStatus()).isEqualTo(ProposalStatus.APPROVED);
        assertThat(bolzplatz.proposalNumber()).startsWith("V-2026-");
        assertThat(bolzplatz.actionsTotal()).isEqualTo(1);
        assertThat(bolzplatz.actionsPending()).isEqualTo(1);
        assertThat(bolzplatz.actionsOverdue()).isZero();

        testClock.set(Instant.parse("2026-07-02T08:00:00Z"));
        RegisterRow later = rows("lrmitglied", RegisterFilter.none()).stream()
                .filter(r -> r.decisionId() == cast.proposalDecision()).findFirst().orElseThrow();
        assertThat(later.actionsOverdue()).isEqualTo(1);
    }

    @Test
    void filters_by_body_year_and_outcome() {
        assertThat(titles("admin", new RegisterFilter(cast.world().steeringNorth(), null, null, null, false))).hasSize(3);
        assertThat(titles("admin", new RegisterFilter(cast.world().steeringSouth(), null, null, null, false))).isEmpty();
        assertThat(titles("admin", new RegisterFilter(null, 2026, null, null, false))).hasSize(3);
        assertThat(titles("admin", new RegisterFilter(null, 2025, null, null, false))).isEmpty();
        assertThat(titles("admin", new RegisterFilter(null, null, DecisionOutcome.ACCEPTED, null, false))).hasSize(3);
        assertThat(titles("admin", new RegisterFilter(null, null, DecisionOutcome.REJECTED, null, false))).isEmpty();
    }

    @Test
    void free_text_finds_words_of_title_and_text_as_prefixes_and_the_number() {
        assertThat(titles("aussen", new RegisterFilter(null, null, null, "Ballfang", false))).containsExactly("Bolzplatz am Anger");
        assertThat(titles("aussen", new RegisterFilter(null, null, null, "dritten Quartal", false))).containsExactly("Sitzungstermine 2027");
        assertThat(titles("aussen", new RegisterFilter(null, null, null, "Sitzungstermine", false))).containsExactly("Sitzungstermine 2027");
        assertThat(titles("aussen", new RegisterFilter(null, null, null, "LR-NOR-2026/002", false))).containsExactly("Sitzungstermine 2027");
        // a word of the non-public decision finds nothing for an outsider, and the decision for an insider
        assertThat(titles("aussen", new RegisterFilter(null, null, null, "Quartiersbüro", false))).isEmpty();
        assertThat(titles("lrmitglied", new RegisterFilter(null, null, null, "Quartiersbüro", false))).hasSize(1);
        assertThat(titles("aussen", new RegisterFilter(null, null, null, "Schwimmbad", false))).isEmpty();
    }

    @Test
    void ohne_umsetzung_lists_approved_decisions_until_an_action_item_is_done_or_the_proposal_is_implemented() {
        RegisterFilter without = new RegisterFilter(null, null, null, null, true);
        assertThat(titles("admin", without)).hasSize(3);

        // the focus group (owner of the calendar item) marks it done: that decision has an implementation now
        ActionItemView calendar = testData.as("mitglied", () -> actions.get(cast.calendarAction()).item());
        testData.as("mitglied", () -> actions.complete(calendar.id(), calendar.version(), "Alle Termine stehen im Kalender."));
        assertThat(titles("admin", without)).containsExactlyInAnyOrder("Bolzplatz am Anger", "Personalangelegenheit Quartiersbüro");

        // progress alone is no implementation
        ActionItemView goals = testData.as("lrmitglied", () -> actions.get(cast.goalsAction()).item());
        testData.as("lrmitglied", () -> actions.reportProgress(goals.id(), goals.version(), 30, "Zwei Angebote liegen vor."));
        assertThat(titles("admin", without)).contains("Bolzplatz am Anger");

        // the chair starts the proposal's implementation: it is implemented, even without a done item
        testData.as("vorsitz", () -> proposals.startImplementation(cast.proposal(), proposals.get(cast.proposal()).version()));
        assertThat(titles("admin", without)).containsExactly("Personalangelegenheit Quartiersbüro");
        assertThat(titles("aussen", without)).isEmpty();
    }

    @Test
    void the_decision_page_context_has_meeting_motions_history_proposal_and_action_items() {
        DecisionContext context = testData.as("aussen", () -> register.context(cast.proposalDecision()));
        assertThat(context.meetingRoute()).isEqualTo("sitzungen/" + cast.meetingId());
        assertThat(context.meetingTitle()).isEqualTo("Ordentliche Sitzung");
        assertThat(context.bodyName()).isEqualTo("Lenkrunde Nordstadt");
        assertThat(context.history()).hasSize(1);
        assertThat(context.proposalRoute()).isEqualTo("vorschlaege/" + cast.proposal());
        assertThat(context.proposalStatus()).isEqualTo(ProposalStatus.APPROVED);
        assertThat(context.proposalTimeline()).extracting(de.lenkrunde.proposals.TimelineEntry::action)
                .as("newest first: decided after it was submitted").containsSubsequence("DECIDE_ACCEPTED", "SUBMIT");
        assertThat(testData.as("aussen", () -> register.context(cast.plainDecision())).proposalTimeline()).as("no proposal").isEmpty();
        assertThat(context.actionItems()).extracting(ActionItemView::description).containsExactly("Angebote für Tore einholen");

        assertThatThrownBy(() -> testData.as("aussen", () -> register.context(cast.secretDecision())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(testData.as("protokoll", () -> register.context(cast.secretDecision())).decision().nonPublic()).isTrue();
    }

    @Test
    void the_csv_export_reads_every_row_of_the_filter() {
        assertThat(testData.as("admin", () -> register.all(RegisterFilter.none()))).hasSize(3);
        assertThat(testData.as("aussen", () -> register.all(RegisterFilter.none()))).hasSize(2);
    }
}
