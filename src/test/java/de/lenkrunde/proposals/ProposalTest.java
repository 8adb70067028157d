package de.lenkrunde.proposals;

import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static de.lenkrunde.proposals.ProposalStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The life cycle of DESIGN.md §3: every action in every state, allowed or refused by the aggregate. */
class ProposalTest {

    private static final Instant NOW = Instant.parse("2026-03-12T09:00:00Z");
    private static final ReferenceNumber NUMBER = new ReferenceNumber(2026, 42);

    /** Action → the states it is allowed in and the state it leads to (null: the state stays). */
    private static final Map<String, Step> STEPS = Map.ofEntries(
            Map.entry("edit", new Step(EnumSet.of(DRAFT, SUBMITTED, SCHEDULED), null, p -> p.edit(complete(), NOW))),
            Map.entry("submit", new Step(EnumSet.of(DRAFT), SUBMITTED, p -> p.submit(NUMBER, NOW))),
            Map.entry("withdraw", new Step(EnumSet.of(DRAFT, SUBMITTED, SCHEDULED), WITHDRAWN, p -> p.withdraw("Idee erledigt", NOW))),
            Map.entry("return", new Step(EnumSet.of(SUBMITTED, SCHEDULED), DRAFT, p -> p.returnToDraft("Kostenplan fehlt", NOW))),
            Map.entry("forward", new Step(EnumSet.of(SUBMITTED), null, p -> p.forward(99L, NOW))),
            Map.entry("schedule", new Step(EnumSet.of(SUBMITTED), SCHEDULED, p -> p.schedule(NOW))),
            Map.entry("unschedule", new Step(EnumSet.of(SCHEDULED), SUBMITTED, p -> p.unschedule(NOW))),
            Map.entry("decide", new Step(EnumSet.of(SCHEDULED), APPROVED, p -> p.applyDecision(DecisionOutcome.ACCEPTED, null, NOW))),
            Map.entry("requestFunding", new Step(EnumSet.of(APPROVED, NOT_FUNDED), FUNDING_REQUESTED, p -> p.fundingRequested(NOW))),
            Map.entry("fundingDecided", new Step(EnumSet.of(FUNDING_REQUESTED), FUNDED, p -> p.fundingDecided(FundingResult.FUNDED, NOW))),
            Map.entry("startImplementation", new Step(EnumSet.of(FUNDED, PARTIALLY_FUNDED), IN_IMPLEMENTATION, p -> p.startImplementation(NOW))),
            Map.entry("complete", new Step(EnumSet.of(IN_IMPLEMENTATION), COMPLETED, p -> p.complete("Spielplatz eröffnet", new BigDecimal("4800.00"), NOW))),
            Map.entry("discontinue", new Step(EnumSet.of(IN_IMPLEMENTATION), DISCONTINUED, p -> p.discontinue("Träger aufgelöst", NOW))));

    static Stream<Arguments> everyActionInEveryState() {
        return STEPS.keySet().stream().sorted().flatMap(action -> Arrays.stream(ProposalStatus.values())
                .map(status -> Arguments.of(action, status)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyActionInEveryState")
    void an_action_is_allowed_exactly_in_its_states_and_refused_naming_the_current_state(String action, ProposalStatus status) {
        Proposal proposal = inStatus(status, true);
        Step step = STEPS.get(action);
        if (step.allowedIn().contains(status)) {
            assertThatCode(() -> step.change().accept(proposal)).doesNotThrowAnyException();
            assertThat(proposal.status()).isEqualTo(step.leadsTo() == null ? status : step.leadsTo());
        } else if (action.equals("startImplementation") && status == APPROVED) {
            // allowed from APPROVED only without money (see the test below); this proposal needs money
            assertThatThrownBy(() -> step.change().accept(proposal)).hasMessageContaining("proposal.rule.fundingFirst");
        } else {
            assertThatThrownBy(() -> step.change().accept(proposal))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasMessageContaining("proposal.rule.notAllowedInStatus")
                    .hasMessageContaining("proposalStatus." + status.name());
            assertThat(proposal.status()).isEqualTo(status);
        }
    }

    @Test
    void a_decision_outcome_leads_to_the_state_of_design_section_3() {
        Map<DecisionOutcome, ProposalStatus> expected = Map.of(DecisionOutcome.ACCEPTED, APPROVED,
                DecisionOutcome.ACCEPTED_AMENDED, APPROVED, DecisionOutcome.REJECTED, REJECTED,
                DecisionOutcome.DEFERRED, SUBMITTED, DecisionOutcome.REFERRED_BACK, DRAFT);
        expected.forEach((outcome, state) -> {
            Proposal proposal = inStatus(SCHEDULED, true);
            proposal.applyDecision(outcome, "an die Fokusgruppe zur Überarbeitung", NOW);
            assertThat(proposal.status()).as(outcome.name()).isEqualTo(state);
        });
    }

    @Test
    void referring_back_returning_withdrawing_and_discontinuing_need_a_reason() {
        assertReasonRequired(inStatus(SCHEDULED, true), p -> p.applyDecision(DecisionOutcome.REFERRED_BACK, " ", NOW));
        assertReasonRequired(inStatus(SUBMITTED, true), p -> p.returnToDraft(null, NOW));
        assertReasonRequired(inStatus(DRAFT, true), p -> p.withdraw("", NOW));
        assertReasonRequired(inStatus(IN_IMPLEMENTATION, true), p -> p.discontinue(null, NOW));
    }

    @Test
    void funding_results_lead_to_funded_partially_funded_or_not_funded_and_not_funded_may_ask_again() {
        for (FundingResult result : FundingResult.values()) {
            Proposal proposal = inStatus(FUNDING_REQUESTED, true);
            proposal.fundingDecided(result, NOW);
            assertThat(proposal.status()).isEqualTo(ProposalStatus.valueOf(result.name()));
        }
        Proposal notFunded = inStatus(NOT_FUNDED, true);
        notFunded.fundingRequested(NOW);
        assertThat(notFunded.status()).isEqualTo(FUNDING_REQUESTED);
    }

    @Test
    void an_approved_proposal_without_money_goes_straight_to_implementation_one_with_money_needs_funding_first() {
        Proposal withoutMoney = inStatus(APPROVED, false);
        withoutMoney.startImplementation(NOW);
        assertThat(withoutMoney.status()).isEqualTo(IN_IMPLEMENTATION);

        Proposal withMoney = inStatus(APPROVED, true);
        assertThatThrownBy(() -> withMoney.startImplementation(NOW)).hasMessageContaining("proposal.rule.fundingFirst");
        assertThatThrownBy(() -> withoutMoney.fundingRequested(NOW)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void submitting_needs_the_texts_a_contact_and_at_least_one_justified_principle() {
        ProposalData bare = ProposalData.empty(1L, 2L);
        Proposal proposal = new Proposal(new ProposalData("Spielplatz", 1L, null, 2L, null, null, null, null, null, null, null,
                BigDecimal.ZERO, BigDecimal.ZERO, null, List.of(new CriterionData(HintePrinciple.SELF_HELP, true, null))), NOW);

        assertThatThrownBy(() -> proposal.submit(NUMBER, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("occasion", "goal", "measures", "decisionProposal", "contactPersonId", "criteria"));
        assertThat(proposal.status()).isEqualTo(DRAFT);
        assertThat(proposal.referenceNumber()).isNull();
        assertThat(bare.criteria()).hasSize(5).noneMatch(CriterionData::addressed);
    }

    @Test
    void the_reference_number_is_given_at_the_first_submission_and_kept_when_submitted_again() {
        Proposal proposal = inStatus(DRAFT, true);
        assertThat(proposal.needsReferenceNumber()).isTrue();
        proposal.submit(NUMBER, NOW);
        assertThat(proposal.referenceNumber()).isEqualTo("V-2026-0042");

        proposal.returnToDraft("Bitte Kostenplan ergänzen", NOW);
        assertThat(proposal.needsReferenceNumber()).isFalse();
        proposal.submit(new ReferenceNumber(2026, 43), NOW);
        assertThat(proposal.referenceNumber()).isEqualTo("V-2026-0042");
    }

    @Test
    void an_edit_after_submission_is_a_new_text_version_and_cannot_move_the_proposal_to_other_bodies() {
        Proposal proposal = inStatus(SUBMITTED, true);
        assertThat(proposal.textVersion()).isEqualTo(1);
        proposal.edit(complete(), NOW);
        assertThat(proposal.textVersion()).as("saving the same text is no new version").isEqualTo(1);
        ProposalData d = complete();
        proposal.edit(new ProposalData(d.title(), d.originGroupId(), d.contactPersonId(), d.targetBodyId(), d.areaId(),
                d.occasion(), "Ein Ort für alle Generationen", d.measures(), d.targetGroup(), d.plannedFrom(), d.plannedTo(),
                d.requestedAmount(), d.ownContribution(), d.decisionProposal(), d.criteria()), NOW);
        assertThat(proposal.textVersion()).isEqualTo(2);

        ProposalData otherTarget = withTarget(complete(), 77L);
        assertThatThrownBy(() -> proposal.edit(otherTarget, NOW)).hasMessageContaining("proposal.rule.bodiesFixed");
    }

    @Test
    void a_planned_period_that_ends_before_it_starts_is_refused_at_the_end_date() {
        ProposalData data = complete();
        ProposalData backwards = new ProposalData(data.title(), data.originGroupId(), data.contactPersonId(), data.targetBodyId(),
                null, data.occasion(), data.goal(), data.measures(), null, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 31),
                data.requestedAmount(), data.ownContribution(), data.decisionProposal(), data.criteria());
        assertThatThrownBy(() -> new Proposal(backwards, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("plannedTo"));
    }

    @Test
    void completing_needs_a_result_and_a_valid_actual_cost() {
        Proposal proposal = inStatus(IN_IMPLEMENTATION, true);
        assertThatThrownBy(() -> proposal.complete(" ", new BigDecimal("-1"), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("result", "actualCost"));
        assertThatThrownBy(() -> proposal.complete("fertig", new BigDecimal("10.005"), NOW)).isInstanceOf(InvalidInputException.class);
        proposal.complete("fertig", new BigDecimal("0.00"), NOW);
        assertThat(proposal.status()).isEqualTo(COMPLETED);
    }

    @Test
    void forwarding_to_the_body_it_is_already_with_is_refused() {
        Proposal proposal = inStatus(SUBMITTED, true);
        assertThatThrownBy(() -> proposal.forward(proposal.targetBodyId(), NOW)).isInstanceOf(InvalidInputException.class);
    }

    private static void assertReasonRequired(Proposal proposal, Consumer<Proposal> change) {
        ProposalStatus before = proposal.status();
        assertThatThrownBy(() -> change.accept(proposal))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::messageKey).containsExactly("proposal.rule.reasonRequired"));
        assertThat(proposal.status()).isEqualTo(before);
    }

    /** A proposal brought into {@code status} through the real transitions. */
    static Proposal inStatus(ProposalStatus status, boolean needsMoney) {
        ProposalData data = needsMoney ? complete() : withAmount(complete(), BigDecimal.ZERO);
        Proposal p = new Proposal(data, NOW);
        List<Consumer<Proposal>> path = switch (status) {
            case DRAFT -> List.of();
            case WITHDRAWN -> List.of(x -> x.withdraw("doch nicht", NOW));
            case SUBMITTED -> List.of(x -> x.submit(NUMBER, NOW));
            case SCHEDULED -> List.of(x -> x.submit(NUMBER, NOW), x -> x.schedule(NOW));
            case APPROVED -> List.of(x -> x.submit(NUMBER, NOW), x -> x.schedule(NOW), x -> x.applyDecision(DecisionOutcome.ACCEPTED, null, NOW));
            case REJECTED -> List.of(x -> x.submit(NUMBER, NOW), x -> x.schedule(NOW), x -> x.applyDecision(DecisionOutcome.REJECTED, null, NOW));
            default -> null;
        };
        if (path != null) {
            path.forEach(step -> step.accept(p));
            return p;
        }
        Proposal approved = inStatus(APPROVED, needsMoney);
        switch (status) {
            case FUNDING_REQUESTED -> approved.fundingRequested(NOW);
            case FUNDED, PARTIALLY_FUNDED, NOT_FUNDED -> {
                approved.fundingRequested(NOW);
                approved.fundingDecided(FundingResult.valueOf(status.name()), NOW);
            }
            case IN_IMPLEMENTATION, COMPLETED, DISCONTINUED -> {
                approved.fundingRequested(NOW);
                approved.fundingDecided(FundingResult.FUNDED, NOW);
                approved.startImplementation(NOW);
                if (status == COMPLETED) {
                    approved.complete("fertig", BigDecimal.TEN, NOW);
                } else if (status == DISCONTINUED) {
                    approved.discontinue("abgebrochen", NOW);
                }
            }
            default -> throw new IllegalArgumentException(status.name());
        }
        assertThat(approved.status()).isEqualTo(status);
        return approved;
    }

    static ProposalData complete() {
        return new ProposalData("Bewegter Spielplatz am Teich", 1L, 5L, 2L, null,
                "Kein Spielplatz im Quartier", "Ein Ort für Kinder und Eltern", "Geräte aufstellen, Eltern bauen mit",
                "Kinder bis 12", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 10, 31),
                new BigDecimal("5000.00"), new BigDecimal("500.00"), "Die Lenkrunde beschließt den Spielplatz.",
                List.of(new CriterionData(HintePrinciple.SELF_HELP, true, "Eltern bauen selbst mit")));
    }

    private static ProposalData withAmount(ProposalData d, BigDecimal amount) {
        return new ProposalData(d.title(), d.originGroupId(), d.contactPersonId(), d.targetBodyId(), d.areaId(), d.occasion(),
                d.goal(), d.measures(), d.targetGroup(), d.plannedFrom(), d.plannedTo(), amount, d.ownContribution(),
                d.decisionProposal(), d.criteria());
    }

    private static ProposalData withTarget(ProposalData d, long target) {
        return new ProposalData(d.title(), d.originGroupId(), d.contactPersonId(), target, d.areaId(), d.occasion(),
                d.goal(), d.measures(), d.targetGroup(), d.plannedFrom(), d.plannedTo(), d.requestedAmount(),
                d.ownContribution(), d.decisionProposal(), d.criteria());
    }

    private record Step(Set<ProposalStatus> allowedIn, ProposalStatus leadsTo, Consumer<Proposal> change) {
    }
}
