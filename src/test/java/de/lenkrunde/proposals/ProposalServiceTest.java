package de.lenkrunde.proposals;

import de.lenkrunde.IntegrationTest;
import de.lenkrunde.TestData;
import de.lenkrunde.base.TypedReference;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.bodies.BodyRole;
import de.lenkrunde.people.GlobalRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProposalServiceTest extends IntegrationTest {

    @Autowired
    private ProposalService proposals;

    @Autowired
    private de.lenkrunde.documents.DocumentService documents;

    @Autowired
    private de.lenkrunde.notifications.InboxService inbox;

    private TestData.World world;
    private long contact;

    @BeforeEach
    void world() {
        world = testData.world();
        contact = testData.proposalCast(world, "gast");
    }

    @Test
    void a_focus_group_member_drafts_and_submits_and_the_proposal_gets_the_years_first_number() {
        signInAs("mitglied");
        long id = proposals.createDraft(draft("Spielplatz am Teich"));
        String number = proposals.submit(id, proposals.get(id).version());

        int year = LocalDate.now(Formats.ZONE).getYear();
        assertThat(number).isEqualTo("V-%d-0001".formatted(year));
        ProposalDetails details = proposals.get(id);
        assertThat(details.status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(details.originGroupName()).isEqualTo("Fokusgruppe Jugend Nord");
        assertThat(details.targetBodyName()).isEqualTo("Lenkrunde Nordstadt");
        assertThat(proposals.timeline(id)).extracting(TimelineEntry::action).containsExactly("SUBMIT", "CREATE");
        TimelineEntry submitted = proposals.timeline(id).get(0);
        assertThat(submitted.fromStatus()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(submitted.toStatus()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(submitted.actorName()).isEqualTo("Mitglied Test");
        assertThat(submitted.arguments()).containsExactly("Fokusgruppe Jugend Nord", "Lenkrunde Nordstadt", number);
    }

    @Test
    void twenty_concurrent_submissions_get_twenty_different_numbers_without_gaps() throws Exception {
        signInAs("mitglied");
        List<Long> ids = IntStream.range(0, 20).mapToObj(i -> proposals.createDraft(draft("Vorschlag " + i))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> numbers = new ArrayList<>();
        for (long id : ids) {
            long version = proposals.get(id).version();
            Callable<String> submit = () -> {
                start.await();
                return testData.as("mitglied", () -> proposals.submit(id, version));
            };
            numbers.add(pool.submit(submit));
        }
        start.countDown();
        List<String> assigned = new ArrayList<>();
        for (Future<String> number : numbers) {
            assigned.add(number.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        int year = LocalDate.now(Formats.ZONE).getYear();
        assertThat(assigned).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 20).mapToObj(n -> "V-%d-%04d".formatted(year, n)).toList());
    }

    @Test
    void a_draft_is_visible_only_to_its_group_and_a_submitted_proposal_to_everyone_signed_in() {
        signInAs("mitglied");
        long id = proposals.createDraft(draft("Geheimer Entwurf"));

        testData.as("gast", () -> {
            assertThatThrownBy(() -> proposals.get(id)).isInstanceOf(RecordNotFoundException.class);
            assertThat(proposals.count(ProposalFilter.none())).isZero();
        });
        testData.as("vorsitz", () -> assertThatThrownBy(() -> proposals.get(id)).isInstanceOf(RecordNotFoundException.class));

        proposals.submit(id, proposals.get(id).version());
        testData.as("gast", () -> {
            ProposalDetails seen = proposals.get(id);
            assertThat(seen.title()).isEqualTo("Geheimer Entwurf");
            assertThat(seen.contactVisible()).isFalse();
            assertThat(seen.data().contactPersonId()).isNull();
            assertThat(seen.actions()).isEmpty();
            assertThat(proposals.count(ProposalFilter.none())).isEqualTo(1);
        });
        testData.as("vorsitz", () -> {
            ProposalDetails seen = proposals.get(id);
            assertThat(seen.contactVisible()).isTrue();
            assertThat(seen.contactName()).isEqualTo("Mitglied Test");
            assertThat(seen.actions()).contains(ProposalAction.RETURN, ProposalAction.FORWARD, ProposalAction.COMMENT)
                    .doesNotContain(ProposalAction.EDIT, ProposalAction.SUBMIT);
        });
    }

    @Test
    void the_chair_returns_a_proposal_with_a_reason_and_the_timeline_shows_both_steps_newest_first() {
        long id = submitted("Bank am Marktplatz");

        testData.as("vorsitz", () -> {
            assertThatThrownBy(() -> proposals.returnToGroup(id, proposals.get(id).version(), " "))
                    .isInstanceOf(InvalidInputException.class);
            proposals.returnToGroup(id, proposals.get(id).version(), "Bitte einen Kostenplan beifügen");
        });

        signInAs("mitglied");
        ProposalDetails back = proposals.get(id);
        assertThat(back.status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(back.referenceNumber()).isNotNull();
        List<TimelineEntry> timeline = proposals.timeline(id);
        assertThat(timeline).extracting(TimelineEntry::action).containsExactly("RETURN", "SUBMIT", "CREATE");
        assertThat(timeline.get(0).reason()).isEqualTo("Bitte einen Kostenplan beifügen");
        assertThat(timeline.get(0).actorName()).isEqualTo("Vorsitz Test");
    }

    @Test
    void only_the_target_bodys_chair_or_a_coordinator_may_return_or_forward() {
        long id = submitted("Seniorencafé");
        signInAs("mitglied");
        assertThatThrownBy(() -> proposals.returnToGroup(id, proposals.get(id).version(), "nein"))
                .isInstanceOf(AccessDeniedException.class);
        testData.as("gast", () -> assertThatThrownBy(() -> proposals.forward(id, proposals.get(id).version(), world.steeringSouth(), null))
                .isInstanceOf(AccessDeniedException.class));
        testData.account("koordination", Set.of(GlobalRole.COORDINATOR), Set.of(world.regionNorth()));
        testData.as("koordination", () -> proposals.forward(id, proposals.get(id).version(), world.steeringSouth(), "zuständig ist Süd"));

        ProposalDetails forwarded = testData.as("gast", () -> proposals.get(id));
        assertThat(forwarded.targetBodyName()).isEqualTo("Lenkrunde Südstadt");
        assertThat(forwarded.originGroupName()).isEqualTo("Fokusgruppe Jugend Nord");
        TimelineEntry hop = testData.as("koordination", () -> proposals.timeline(id).get(0));
        assertThat(hop.kind()).isEqualTo(TimelineEntry.Kind.FORWARD);
        assertThat(hop.arguments()).containsExactly("Lenkrunde Nordstadt", "Lenkrunde Südstadt");
    }

    @Test
    void a_second_save_of_the_same_version_is_refused_as_a_conflict_and_the_first_change_stays() {
        signInAs("mitglied");
        long id = proposals.createDraft(draft("Erste Fassung"));
        long version = proposals.get(id).version();
        proposals.update(id, version, withTitle(draft("x"), "Zweite Fassung"));

        assertThatThrownBy(() -> proposals.update(id, version, withTitle(draft("x"), "Dritte Fassung")))
                .isInstanceOf(EditConflictException.class);
        assertThat(proposals.get(id).title()).isEqualTo("Zweite Fassung");
    }

    @Test
    void bad_amounts_and_overlong_texts_are_refused_at_their_fields() {
        signInAs("mitglied");
        ProposalData d = draft("Zu teuer");
        ProposalData bad = new ProposalData("T".repeat(201), d.originGroupId(), d.contactPersonId(), d.targetBodyId(), null,
                "x".repeat(4001), d.goal(), d.measures(), null, null, null, new BigDecimal("10000000.01"),
                new BigDecimal("-1.00"), d.decisionProposal(), d.criteria());
        assertThatThrownBy(() -> proposals.createDraft(bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .contains("title", "occasion", "requestedAmount", "ownContribution"));
        ProposalData threeDecimals = new ProposalData("Cent", d.originGroupId(), null, d.targetBodyId(), null, null, null, null,
                null, null, null, new BigDecimal("12.345"), BigDecimal.ZERO, null, List.of());
        assertThatThrownBy(() -> proposals.createDraft(threeDecimals)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void someone_outside_the_group_cannot_draft_for_it_and_a_steering_round_is_no_origin() {
        signInAs("gast");
        assertThatThrownBy(() -> proposals.createDraft(draft("Fremd"))).isInstanceOf(AccessDeniedException.class);
        signInAs("mitglied");
        ProposalData d = draft("Falsche Herkunft");
        ProposalData fromSteering = new ProposalData(d.title(), world.steeringNorth(), null, world.steeringSouth(), null,
                null, null, null, null, null, null, BigDecimal.ZERO, BigDecimal.ZERO, null, List.of());
        assertThatThrownBy(() -> proposals.createDraft(fromSteering)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void comments_are_for_the_group_and_the_target_body_and_hidden_from_others() {
        long id = submitted("Jugendtreff");
        testData.as("vorsitz", () -> proposals.comment(id, "Gute Idee – bitte mit dem Jugendamt abstimmen."));
        testData.as("gast", () -> {
            assertThatThrownBy(() -> proposals.comment(id, "Ich auch!")).isInstanceOf(AccessDeniedException.class);
            assertThat(proposals.timeline(id)).extracting(TimelineEntry::kind).doesNotContain(TimelineEntry.Kind.COMMENT);
        });
        signInAs("mitglied");
        assertThat(proposals.timeline(id).get(0).reason()).isEqualTo("Gute Idee – bitte mit dem Jugendamt abstimmen.");
        assertThatThrownBy(() -> proposals.comment(id, "x".repeat(2001))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void meetings_decisions_and_funding_move_the_proposal_through_their_service_methods_with_typed_causes() {
        long id = submitted("Sommerfest");
        TypedReference meeting = TypedReference.of("MEETING", 7L, "Lenkrunde 12.03.2026", "sitzungen/7");
        testData.as("vorsitz", () -> {
            proposals.schedule(id, meeting);
            proposals.applyDecision(id, DecisionOutcome.ACCEPTED, null, TypedReference.of("DECISION", 3L, "LR-NOR-2026/001", "beschluesse/3"));
        });
        testData.account("finanzen", Set.of(GlobalRole.FINANCE), Set.of());
        testData.as("finanzen", () -> {
            proposals.fundingRequested(id, TypedReference.of("FUNDING_REQUEST", 1L, "Mittelantrag 1", "finanzen/1"));
            proposals.fundingDecided(id, FundingResult.PARTIALLY_FUNDED, "3.000,00 € aus 1.2.3", "Deckel erreicht",
                    TypedReference.of("FUNDING_REQUEST", 1L, "Mittelantrag 1", "finanzen/1"));
        });
        testData.as("vorsitz", () -> {
            proposals.startImplementation(id, proposals.get(id).version());
            proposals.complete(id, proposals.get(id).version(), "Fest mit 300 Gästen", new BigDecimal("2950.00"));
        });

        List<TimelineEntry> timeline = testData.as("vorsitz", () -> proposals.timeline(id));
        assertThat(timeline).extracting(TimelineEntry::toStatus).startsWith(ProposalStatus.COMPLETED, ProposalStatus.IN_IMPLEMENTATION,
                ProposalStatus.PARTIALLY_FUNDED, ProposalStatus.FUNDING_REQUESTED, ProposalStatus.APPROVED, ProposalStatus.SCHEDULED);
        assertThat(timeline.get(5).cause()).isEqualTo(meeting);
        assertThat(timeline.get(2).arguments()).contains("3.000,00 € aus 1.2.3");
        testData.as("mitglied", () -> assertThatThrownBy(() -> proposals.schedule(id, meeting)).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void the_list_filters_by_status_body_and_words_of_the_text() {
        long playground = submitted("Spielplatz am Teich");
        long bench = submitted("Bank am Marktplatz");
        signInAs("mitglied");
        long draftId = proposals.createDraft(draft("Noch ein Entwurf"));

        assertThat(ids(new ProposalFilter(null, null, null, null, null, false))).containsExactlyInAnyOrder(playground, bench, draftId);
        assertThat(ids(new ProposalFilter(null, ProposalStatus.DRAFT, null, null, null, false))).containsExactly(draftId);
        assertThat(ids(new ProposalFilter("spielpl", null, null, null, null, false))).containsExactly(playground);
        assertThat(ids(new ProposalFilter("Teich Spielplatz", null, null, null, null, false))).containsExactly(playground);
        assertThat(ids(new ProposalFilter(null, null, world.steeringSouth(), null, null, false))).isEmpty();
        String number = proposals.get(bench).referenceNumber();
        assertThat(ids(new ProposalFilter(number, null, null, null, null, false))).containsExactly(bench);
        assertThat(proposals.list(ProposalFilter.none(), PageRequest.of(0, 10)).get(0).targetBodyName()).isEqualTo("Lenkrunde Nordstadt");
    }

    @Test
    void the_group_attaches_a_cost_plan_everyone_who_reads_the_proposal_may_download_it_and_the_timeline_tells() {
        long id = submitted("Spielplatz mit Kostenplan");
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        testData.as("mitglied", () -> documents.attach(ProposalService.DOCUMENT_KIND, id, "Kostenplan 2026.pdf", pdf));

        testData.as("gast", () -> {
            assertThat(documents.list(ProposalService.DOCUMENT_KIND, id)).extracting(d -> d.fileName()).containsExactly("Kostenplan 2026.pdf");
            assertThatThrownBy(() -> documents.attach(ProposalService.DOCUMENT_KIND, id, "fremd.pdf", pdf))
                    .isInstanceOf(AccessDeniedException.class);
            TimelineEntry attached = proposals.timeline(id).get(0);
            assertThat(attached.kind()).isEqualTo(TimelineEntry.Kind.ATTACHMENT);
            assertThat(attached.arguments()).containsExactly("Kostenplan 2026.pdf");
            assertThat(attached.actorName()).isEqualTo("Mitglied Test");
        });
    }

    @Test
    void the_chair_gets_a_notice_of_a_submission_and_the_group_a_notice_when_it_comes_back() {
        long id = submitted("Trinkbrunnen am Markt");

        testData.as("vorsitz", () -> {
            assertThat(inbox.unreadCount()).isEqualTo(1);
            var notice = inbox.list(PageRequest.of(0, 10)).get(0);
            assertThat(notice.messageKey()).isEqualTo("notification.proposal.submitted");
            assertThat(notice.subject().route()).isEqualTo("vorschlaege/" + id);
            proposals.returnToGroup(id, proposals.get(id).version(), "Standort klären");
        });
        testData.as("mitglied", () -> {
            var notice = inbox.list(PageRequest.of(0, 10)).get(0);
            assertThat(notice.messageKey()).isEqualTo("notification.proposal.returned");
            assertThat(notice.arguments()).contains("Lenkrunde Nordstadt", "Standort klären");
        });
        testData.as("gast", () -> assertThat(inbox.unreadCount()).isZero());
    }

    @Test
    void each_edit_of_a_submitted_text_is_a_version_that_can_be_compared_word_by_word() {
        long id = submitted("Spielplatz am Teich");
        signInAs("mitglied");
        ProposalData first = proposals.get(id).data();
        proposals.update(id, proposals.get(id).version(), withGoal(first, "Ein Treffpunkt für alle Generationen"));
        proposals.update(id, proposals.get(id).version(), withGoal(first, "Ein Treffpunkt für alle Generationen"));

        assertThat(proposals.textVersions(id)).extracting(TextVersionInfo::versionNo).containsExactly(2, 1);
        assertThat(proposals.get(id).textVersion()).isEqualTo(2);
        TextComparison comparison = testData.as("gast", () -> proposals.compare(id, 1, 2));
        assertThat(comparison.changes()).extracting(TextComparison.FieldChange::field).containsExactly("goal");
        assertThat(comparison.changes().get(0).parts()).contains(new WordDiff.Part(WordDiff.Part.Kind.ADDED, "Ein Treffpunkt für alle Generationen"));
        assertThat(proposals.timeline(id).get(0).action()).isEqualTo("EDIT");
        assertThat(proposals.textVersion(id, 1)).containsEntry("goal", "Mehr Begegnung").containsEntry("title", "Spielplatz am Teich");
        assertThat(proposals.textVersion(id, 2)).containsEntry("goal", "Ein Treffpunkt für alle Generationen");
    }

    @Test
    void a_stale_save_names_who_changed_the_proposal_in_between() {
        long id = submitted("Bücherschrank");
        long version = testData.as("mitglied", () -> proposals.get(id).version());
        testData.as("vorsitz", () -> proposals.comment(id, "Schöne Idee"));
        long colleague = testData.account("kollegin", Set.of(), Set.of());
        testData.member(world.focusNorth(), colleague, BodyRole.MEMBER);
        testData.as("kollegin", () -> proposals.update(id, version, withGoal(proposals.get(id).data(), "Bücher tauschen")));

        signInAs("mitglied");
        assertThatThrownBy(() -> proposals.update(id, version, withGoal(proposals.get(id).data(), "Bücher verschenken")))
                .isInstanceOfSatisfying(EditConflictException.class, e -> assertThat(e.changedBy()).isEqualTo("Kollegin Test"));
    }

    private static ProposalData withGoal(ProposalData d, String goal) {
        return new ProposalData(d.title(), d.originGroupId(), d.contactPersonId(), d.targetBodyId(), d.areaId(), d.occasion(),
                goal, d.measures(), d.targetGroup(), d.plannedFrom(), d.plannedTo(), d.requestedAmount(),
                d.ownContribution(), d.decisionProposal(), d.criteria());
    }

    private List<Long> ids(ProposalFilter filter) {
        return proposals.list(filter, PageRequest.of(0, 50)).stream().map(ProposalListItem::id).toList();
    }

    private long submitted(String title) {
        return testData.as("mitglied", () -> {
            long id = proposals.createDraft(draft(title));
            proposals.submit(id, proposals.get(id).version());
            return id;
        });
    }

    private ProposalData draft(String title) {
        return new ProposalData(title, world.focusNorth(), contact, world.steeringNorth(), null,
                "Im Quartier fehlt " + title, "Mehr Begegnung", "Planen, bauen, feiern", "alle", null, null,
                new BigDecimal("3500.00"), new BigDecimal("350.00"), "Die Lenkrunde beschließt: " + title,
                List.of(new CriterionData(HintePrinciple.INTERESTS_AND_WILL, true, "Von Anwohnenden gewünscht")));
    }

    private static ProposalData withTitle(ProposalData d, String title) {
        return new ProposalData(title, d.originGroupId(), d.contactPersonId(), d.targetBodyId(), d.areaId(), d.occasion(),
                d.goal(), d.measures(), d.targetGroup(), d.plannedFrom(), d.plannedTo(), d.requestedAmount(),
                d.ownContribution(), d.decisionProposal(), d.criteria());
    }
}
