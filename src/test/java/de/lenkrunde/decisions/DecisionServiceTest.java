package de.lenkrunde.decisions;

import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.meetings.AgendaItemState;
import de.lenkrunde.meetings.MeetingStatus;
import de.lenkrunde.meetings.RunItem;
import de.lenkrunde.proposals.DecisionOutcome;
import de.lenkrunde.proposals.ProposalStatus;
import de.lenkrunde.proposals.TimelineEntry;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recording decisions and motions in the running meeting, on the real database. */
@EnableScenarios
class DecisionServiceTest extends DecisionIntegrationTest {

    @Test
    void recording_numbers_the_decision_and_moves_the_proposal_in_the_same_transaction_and_publishes_the_event(Scenario scenario) {
        allVotingPresent();
        int entitled = votingPresent(proposalItem);

        scenario.stimulate(() -> as("vorsitz", () -> decisions.record(meetingId, proposalItem,
                        accepted("Die Lenkrunde beschließt: Spielplatz am Anger", entitled - 1, 1, 0))))
                .andWaitForEventOfType(DecisionRecorded.class)
                .matching(event -> event.proposalId() != null && event.proposalId() == proposal)
                .toArriveAndVerify(event -> {
                    assertThat(event.number()).matches("[A-Z-]+-2026/001");
                    assertThat(event.outcome()).isEqualTo(DecisionOutcome.ACCEPTED);
                    assertThat(event.vote()).isEqualTo(Vote.counted(entitled - 1, 1, 0));
                    assertThat(event.correctsDecisionId()).isNull();
                });

        DecisionView decision = as("vorsitz", () -> decisions.ofMeeting(meetingId)).get(0);
        assertThat(decision.number()).endsWith("-2026/001");
        assertThat(decision.entitled()).isEqualTo(entitled);
        assertThat(decision.quorumReached()).isTrue();
        // funding listens to the event and, as money is requested, opens its request after the commit
        awaitListeners();
        assertThat(as("mitglied", () -> proposals.get(proposal)).status()).isEqualTo(ProposalStatus.FUNDING_REQUESTED);
        TimelineEntry last = as("mitglied", () -> proposals.timeline(proposal)).stream()
                .filter(e -> e.action().equals("DECIDE_ACCEPTED")).findFirst().orElseThrow();
        assertThat(last.cause().kind()).isEqualTo(DecisionService.KIND);
        assertThat(last.cause().label()).startsWith(decision.number());
        assertThat(last.cause().route()).isEqualTo("beschluesse/" + decision.id());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'DECISION_RECORDED'", Integer.class)).isEqualTo(1);
    }

    @Test
    void a_refused_proposal_transition_rolls_the_decision_and_its_number_back() {
        allVotingPresent();
        as("mitglied", () -> proposals.withdraw(proposal, proposals.get(proposal).version(), "Hat sich erledigt"));

        assertThatThrownBy(() -> as("vorsitz", () -> decisions.record(meetingId, proposalItem, accepted("Beschluss", 3, 0, 0))))
                .isInstanceOf(BusinessRuleException.class);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM decision", Integer.class)).isZero();
        as("vorsitz", () -> decisions.record(meetingId, plainItem, accepted("Termine 2027 wie vorgelegt", 3, 0, 0)));
        assertThat(as("vorsitz", () -> decisions.ofMeeting(meetingId))).extracting(DecisionView::number)
                .singleElement().asString().as("no gap: the rolled-back number is taken again").endsWith("-2026/001");
    }

    @Test
    void votes_are_checked_against_the_voting_members_present_and_not_biased() {
        allVotingPresent();
        int entitled = votingPresent(plainItem);
        as("protokoll", () -> run.setBiased(meetingId, plainItem, person("lrmitglied"), true));
        assertThat(votingPresent(plainItem)).as("a biased member does not count").isEqualTo(entitled - 1);

        assertThatThrownBy(() -> as("vorsitz", () -> decisions.record(meetingId, plainItem, accepted("Termine", entitled, 0, 0))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.messageKey()).isEqualTo("decision.vote.tooMany");
                            assertThat(error.arguments()).containsEntry("max", entitled - 1);
                        }));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM decision", Integer.class)).isZero();

        DecisionView decision = as("vorsitz", () -> decisions.record(meetingId, plainItem, accepted("Termine", entitled - 1, 0, 0)));
        assertThat(decision.entitled()).isEqualTo(entitled - 1);
    }

    @Test
    void without_quorum_the_vote_needs_a_reason_that_is_recorded() {
        present(person("vorsitz"));
        assertThat(as("vorsitz", () -> run.quorum(meetingId, plainItem)).reached()).isFalse();

        assertThatThrownBy(() -> as("vorsitz", () -> decisions.record(meetingId, plainItem, accepted("Termine", 1, 0, 0))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("quorumOverrideReason", "decision.quorum.overrideRequired")));

        DecisionView decision = as("vorsitz", () -> decisions.record(meetingId, plainItem, new DecisionData("Termine",
                DecisionOutcome.ACCEPTED, Vote.counted(1, 0, 0), "Termine müssen heute an die Verwaltung", null)));
        assertThat(decision.quorumReached()).isFalse();
        assertThat(decision.quorumOverrideReason()).isEqualTo("Termine müssen heute an die Verwaltung");
    }

    @Test
    void the_outcome_must_fit_the_item() {
        allVotingPresent();
        assertThatThrownBy(() -> as("vorsitz", () -> decisions.record(meetingId, infoItem, accepted("Kenntnisnahme", 3, 0, 0))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("decision.rule.notDecisionItem"));
        assertThatThrownBy(() -> as("vorsitz", () -> decisions.record(meetingId, plainItem, new DecisionData("Zurück",
                DecisionOutcome.REFERRED_BACK, Vote.counted(3, 0, 0), null, "Unklar"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("outcome", "decision.outcome.notForItem")));
        assertThatThrownBy(() -> as("vorsitz", () -> decisions.record(meetingId, proposalItem, new DecisionData(
                "Die Lenkrunde beschließt: Spielplatz am Anger", DecisionOutcome.ACCEPTED_AMENDED, Vote.counted(3, 0, 0), null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("outcome", "decision.outcome.amendedWithoutChange")));
    }

    @Test
    void an_accepted_amendment_becomes_the_text_being_voted() {
        allVotingPresent();
        DecisionDraft before = as("vorsitz", () -> decisions.draft(meetingId, proposalItem));
        assertThat(before.suggestedText()).isEqualTo("Die Lenkrunde beschließt: Spielplatz am Anger");
        assertThat(before.amended()).isFalse();

        as("vorsitz", () -> decisions.recordMotion(meetingId, proposalItem, new MotionData(MotionKind.AMENDMENT, null,
                person("lrmitglied"), null, "Mit Sonnensegel", "Die Lenkrunde beschließt: Spielplatz am Anger mit Sonnensegel",
                MotionOutcome.ACCEPTED, Vote.counted(3, 1, 0))));
        as("vorsitz", () -> decisions.recordMotion(meetingId, proposalItem, new MotionData(MotionKind.AMENDMENT, null,
                null, "Gast Müller", "Ohne Zaun", "Ohne Zaun", MotionOutcome.REJECTED, Vote.counted(1, 3, 0))));

        DecisionDraft after = as("vorsitz", () -> decisions.draft(meetingId, proposalItem));
        assertThat(after.suggestedText()).as("the rejected amendment changes nothing")
                .isEqualTo("Die Lenkrunde beschließt: Spielplatz am Anger mit Sonnensegel");
        assertThat(after.amended()).isTrue();
        assertThat(as("lrmitglied", () -> decisions.motions(meetingId, proposalItem))).extracting(MotionView::moverName)
                .hasSize(2).last().isEqualTo("Gast Müller");

        DecisionView decision = as("vorsitz", () -> decisions.record(meetingId, proposalItem, new DecisionData(after.suggestedText(),
                DecisionOutcome.ACCEPTED_AMENDED, Vote.counted(4, 0, 1), null, null)));
        assertThat(decision.outcome()).isEqualTo(DecisionOutcome.ACCEPTED_AMENDED);
        assertThat(as("mitglied", () -> proposals.get(proposal)).status()).isEqualTo(ProposalStatus.APPROVED);
    }

    @Test
    void vertagt_defers_the_item_and_the_proposal_waits_again() {
        allVotingPresent();
        as("vorsitz", () -> decisions.record(meetingId, proposalItem, new DecisionData("Vertagt", DecisionOutcome.DEFERRED,
                Vote.counted(3, 2, 0), null, "Kostenschätzung fehlt")));

        assertThat(as("mitglied", () -> proposals.get(proposal)).status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(as("vorsitz", () -> run.state(meetingId)).items()).filteredOn(i -> i.itemId() == proposalItem)
                .singleElement().satisfies(item -> {
                    assertThat(item.state()).isEqualTo(AgendaItemState.DEFERRED);
                    assertThat(item.stateReason()).isEqualTo("Kostenschätzung fehlt");
                });
    }

    @Test
    void zurückverwiesen_sends_the_proposal_back_to_the_focus_group_with_the_reason() {
        allVotingPresent();
        as("vorsitz", () -> decisions.record(meetingId, proposalItem, new DecisionData("Zurück an die Fokusgruppe",
                DecisionOutcome.REFERRED_BACK, Vote.counted(4, 0, 0), null, "Bitte Standort klären")));
        assertThat(as("mitglied", () -> proposals.get(proposal)).status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(lastTimelineEntry().reason()).isEqualTo("Bitte Standort klären");
    }

    @Test
    void a_correction_keeps_the_original_and_the_proposal_follows(Scenario scenario) {
        allVotingPresent();
        DecisionView original = as("vorsitz", () -> decisions.record(meetingId, proposalItem,
                accepted("Die Lenkrunde beschließt: Spielplatz am Anger", 4, 1, 0)));
        awaitListeners(); // funding has opened its request; a correction racing it would meet an edit conflict
        DecisionView recorded = as("vorsitz", () -> decisions.get(original.id()));

        scenario.stimulate(() -> as("vorsitz", () -> decisions.correct(original.id(), recorded.version(), new DecisionData(
                        "Die Lenkrunde lehnt den Spielplatz ab.", DecisionOutcome.REJECTED, Vote.counted(1, 4, 0), null, null),
                        "Ja- und Nein-Stimmen vertauscht")))
                .andWaitForEventOfType(DecisionRecorded.class)
                .matching(event -> event.correctsDecisionId() != null)
                .toArriveAndVerify(event -> {
                    assertThat(event.correctsDecisionId()).isEqualTo(original.id());
                    assertThat(event.number()).isEqualTo(original.number());
                    assertThat(event.outcome()).isEqualTo(DecisionOutcome.REJECTED);
                });

        List<DecisionView> history = as("lrmitglied", () -> decisions.history(original.id()));
        assertThat(history).extracting(DecisionView::revision).containsExactly(0, 1);
        assertThat(history.get(0).outcome()).as("the original stays as it was").isEqualTo(DecisionOutcome.ACCEPTED);
        assertThat(history.get(0).supersededById()).isEqualTo(history.get(1).id());
        assertThat(history.get(1).correctionReason()).isEqualTo("Ja- und Nein-Stimmen vertauscht");
        assertThat(as("mitglied", () -> proposals.get(proposal)).status()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(lastTimelineEntry().action()).isEqualTo("CORRECT_REJECTED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'DECISION_CORRECTED'", Integer.class)).isEqualTo(1);

        assertThatThrownBy(() -> as("vorsitz", () -> decisions.correct(original.id(), as("vorsitz", () -> decisions.get(original.id())).version(),
                accepted("x", 3, 0, 0), "noch einmal"))).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("decision.rule.alreadyCorrected"));
        assertThatThrownBy(() -> as("vorsitz", () -> decisions.correct(history.get(1).id(), history.get(1).version() + 1, accepted("x", 3, 0, 0), "alte Fassung")))
                .as("a stale version").isInstanceOf(EditConflictException.class);
    }

    @Test
    void after_the_minutes_are_approved_a_decision_cannot_be_corrected() {
        allVotingPresent();
        DecisionView decision = as("vorsitz", () -> decisions.record(meetingId, plainItem, accepted("Termine", 3, 0, 0)));
        jdbc.update("UPDATE meeting SET status = ? WHERE id = ?", MeetingStatus.MINUTES_APPROVED.name(), meetingId);

        assertThatThrownBy(() -> as("vorsitz", () -> decisions.correct(decision.id(), decision.version(),
                accepted("Termine neu", 3, 0, 0), "Tippfehler"))).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("decision.rule.minutesApproved"));
    }

    @Test
    void closing_settles_a_decided_item_as_done_and_defers_only_the_undecided_ones() {
        allVotingPresent();
        as("vorsitz", () -> decisions.record(meetingId, proposalItem, accepted("Die Lenkrunde beschließt: Spielplatz am Anger", 3, 0, 0)));
        awaitListeners();

        List<Long> openAtClose = as("vorsitz", () -> run.openAtClose(meetingId)).stream().map(RunItem::itemId).toList();
        assertThat(openAtClose).doesNotContain(proposalItem).contains(plainItem);
        as("vorsitz", () -> run.close(meetingId, run.state(meetingId).version(), true));

        Map<Long, AgendaItemState> states = as("vorsitz", () -> run.state(meetingId)).items().stream()
                .collect(java.util.stream.Collectors.toMap(RunItem::itemId, RunItem::state));
        assertThat(states.get(proposalItem)).isEqualTo(AgendaItemState.DONE);
        assertThat(states.get(plainItem)).isEqualTo(AgendaItemState.DEFERRED);
        // the decided proposal stays decided: no "vertagt", no return to the waiting list
        assertThat(as("mitglied", () -> proposals.get(proposal)).status()).isEqualTo(ProposalStatus.FUNDING_REQUESTED);
    }

    @Test
    void nothing_is_recorded_on_a_closed_meeting() {
        allVotingPresent();
        as("vorsitz", () -> run.close(meetingId, run.state(meetingId).version(), true));
        assertThatThrownBy(() -> as("vorsitz", () -> decisions.record(meetingId, plainItem, accepted("Termine", 3, 0, 0))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("decision.rule.meetingNotRunning"));
        assertThatThrownBy(() -> as("vorsitz", () -> decisions.recordMotion(meetingId, plainItem, new MotionData(MotionKind.SUBSTANTIVE,
                null, null, "Herr Meier", "Antrag", null, MotionOutcome.WITHDRAWN, null))))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void a_second_recording_on_the_same_item_is_refused_with_the_first_number() {
        allVotingPresent();
        DecisionView first = as("vorsitz", () -> decisions.record(meetingId, plainItem, accepted("Termine", 3, 0, 0)));
        assertThatThrownBy(() -> as("stellvertretung", () -> decisions.record(meetingId, plainItem, accepted("Termine", 3, 0, 0))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("decision.rule.alreadyDecided");
                    assertThat(e.arguments()).containsExactly(first.number());
                });
    }

    @Test
    void twenty_parallel_recordings_in_one_body_get_twenty_distinct_consecutive_numbers() throws Exception {
        List<Long> items = new ArrayList<>();
        testClock.set(INVITED);
        jdbc.update("UPDATE meeting SET status = 'INVITED' WHERE id = ?", meetingId); // add items: agenda editable again
        for (int i = 1; i <= 20; i++) {
            items.add(addItem("Beschluss " + i, de.lenkrunde.bodies.AgendaItemKind.DECISION, false));
        }
        jdbc.update("UPDATE meeting SET status = 'IN_PROGRESS' WHERE id = ?", meetingId);
        testClock.set(OPENING);
        allVotingPresent();

        List<String> numbers = parallel(items.stream().map(item -> (Callable<String>) () -> as(
                item % 2 == 0 ? "vorsitz" : "stellvertretung",
                () -> decisions.record(meetingId, item, accepted("Beschluss", 3, 0, 0)).number())).toList());

        List<Integer> sequence = numbers.stream().map(n -> Integer.parseInt(n.substring(n.indexOf('/') + 1))).sorted().toList();
        assertThat(sequence).containsExactlyElementsOf(IntStream.rangeClosed(1, 20).boxed().toList());
        assertThat(jdbc.queryForObject("SELECT last_number FROM decision_counter", Integer.class)).isEqualTo(20);
    }

    @Test
    void chair_and_deputy_saving_the_same_item_at_once_leave_exactly_one_decision() throws Exception {
        allVotingPresent();
        List<Callable<String>> both = List.of("vorsitz", "stellvertretung").stream().map(login -> (Callable<String>) () -> {
            try {
                return as(login, () -> decisions.record(meetingId, plainItem, accepted("Termine", 3, 0, 0)).number());
            } catch (BusinessRuleException | EditConflictException refused) {
                return "refused";
            }
        }).toList();

        List<String> results = parallel(both);

        assertThat(results).containsOnlyOnce("refused");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM decision", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT last_number FROM decision_counter", Integer.class)).isEqualTo(1);
    }

    // ---- who may ------------------------------------------------------------------------------------------

    @Test
    void only_chair_and_deputy_record_decisions_and_motions() {
        allVotingPresent();
        for (String login : List.of("protokoll", "lrmitglied", "lrgast", "koordination", "admin", "finanzen", "suedmitglied", "aussen")) {
            assertThatThrownBy(() -> as(login, () -> decisions.record(meetingId, plainItem, accepted("Termine", 3, 0, 0))))
                    .as(login).isInstanceOfAny(AccessDeniedException.class, RecordNotFoundException.class);
            assertThatThrownBy(() -> as(login, () -> decisions.recordMotion(meetingId, plainItem, new MotionData(MotionKind.SUBSTANTIVE,
                    null, null, "Herr Meier", "Antrag", null, MotionOutcome.WITHDRAWN, null))))
                    .as(login).isInstanceOfAny(AccessDeniedException.class, RecordNotFoundException.class);
        }
        assertThat(as("stellvertretung", () -> decisions.record(meetingId, plainItem, accepted("Termine", 3, 0, 0))).number()).isNotBlank();
    }

    @Test
    void decisions_on_non_public_items_are_read_only_by_insiders_and_never_on_the_projector() {
        allVotingPresent();
        DecisionView secret = as("vorsitz", () -> decisions.record(meetingId, secretItem, accepted("Geheim", 3, 0, 0)));
        DecisionView open = as("vorsitz", () -> decisions.record(meetingId, plainItem, accepted("Termine", 3, 0, 0)));

        for (String insider : List.of("vorsitz", "protokoll", "lrmitglied", "koordination", "admin")) {
            assertThat(as(insider, () -> decisions.ofMeeting(meetingId))).as(insider).hasSize(2);
        }
        for (String outsider : List.of("lrgast", "suedmitglied", "aussen", "finanzen")) {
            assertThat(as(outsider, () -> decisions.ofMeeting(meetingId))).as(outsider).extracting(DecisionView::id)
                    .containsExactly(open.id());
            assertThatThrownBy(() -> as(outsider, () -> decisions.get(secret.id()))).as(outsider).isInstanceOf(RecordNotFoundException.class);
        }
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThat(decisions.publicOfMeeting(meetingId)).extracting(DecisionView::id).containsExactly(open.id());
    }

    @Test
    void only_chair_and_deputy_correct() {
        allVotingPresent();
        DecisionView decision = as("vorsitz", () -> decisions.record(meetingId, plainItem, accepted("Termine", 3, 0, 0)));
        for (String login : List.of("protokoll", "lrmitglied", "koordination", "admin", "aussen")) {
            assertThatThrownBy(() -> as(login, () -> decisions.correct(decision.id(), decision.version(), accepted("Neu", 3, 0, 0), "Fehler")))
                    .as(login).isInstanceOfAny(AccessDeniedException.class, RecordNotFoundException.class);
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** Waits until funding's listener has taken the published decisions. */
    private void awaitListeners() {
        publications.awaitCompleted("de.lenkrunde.funding");
    }

    private TimelineEntry lastTimelineEntry() {
        List<TimelineEntry> timeline = as("mitglied", () -> proposals.timeline(proposal));
        // the timeline lists the newest entry first
        return timeline.stream().filter(e -> e.kind() == TimelineEntry.Kind.TRANSITION).findFirst().orElseThrow();
    }

    private static <T> List<T> parallel(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
