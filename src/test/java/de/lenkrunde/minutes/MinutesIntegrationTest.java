package de.lenkrunde.minutes;

import de.lenkrunde.IntegrationTest;
import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.decisions.DecisionData;
import de.lenkrunde.decisions.DecisionView;
import de.lenkrunde.decisions.DecisionService;
import de.lenkrunde.decisions.Vote;
import de.lenkrunde.meetings.AgendaSuggestion;
import de.lenkrunde.meetings.MeetingRunService;
import de.lenkrunde.meetings.MeetingService;
import de.lenkrunde.meetings.MeetingStatus;
import de.lenkrunde.minutes.ReviewComment.AnswerKind;
import de.lenkrunde.minutes.ReviewComment.CommentKind;
import de.lenkrunde.proposals.DecisionOutcome;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The minutes' life on the embedded MariaDB: drafted when the meeting closes, edited, signed and released, reviewed,
 * approved by the next meeting's decision or by circulation, corrected as a new edition, printed.
 */
@EnableScenarios
class MinutesIntegrationTest extends IntegrationTest {

    @Autowired
    MinutesFixture fixture;
    @Autowired
    MinutesService minutes;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingRunService run;
    @Autowired
    DecisionService decisions;
    @Autowired
    MinutesRepository repository;

    @BeforeEach
    void cast() {
        fixture.cast();
    }

    @Test
    void closing_a_meeting_drafts_minutes_with_every_element_of_section_93(Scenario scenario) {
        MinutesFixture.Held held = fixture.holdMeetingOpen(30, "3. Sitzung");
        signInAs("vorsitz");

        scenario.stimulate(() -> run.close(held.meetingId(), run.state(held.meetingId()).version(), true))
                .andWaitForStateChange(() -> repository.findByMeetingIdOrderByEdition(held.meetingId()), list -> !list.isEmpty())
                .andVerify(list -> assertThat(list).singleElement().extracting(Minutes::status).isEqualTo(MinutesStatus.DRAFT));

        MinutesView view = fixture.as("protokoll", () -> minutes.ofMeeting(held.meetingId(), null).orElseThrow());
        assertThat(view.place()).isEqualTo("Ratssaal, Marktstraße 1");
        assertThat(view.meetingStartsAt()).isNotNull();
        assertThat(view.startedAt()).isNotNull();
        assertThat(view.endedAt()).isAfter(view.startedAt());
        assertThat(view.chairName()).startsWith("Vorsitz");
        assertThat(view.minuteTakerName()).startsWith("Protokoll");
        assertThat(view.attendance().present()).extracting(MinutesView.Attendee::name)
                .contains("Vorsitz Test", "Protokoll Test", "Lrmitglied Test");
        assertThat(view.attendance().excused()).extracting(MinutesView.Attendee::name).containsExactly("Zweitmitglied Test");
        assertThat(view.items()).extracting(MinutesView.Item::title).containsSubsequence(MinutesFixture.PUBLIC_ITEM, MinutesFixture.SECRET_ITEM);
        MinutesView.Item first = item(view, MinutesFixture.PUBLIC_ITEM);
        assertThat(first.text()).isEqualTo(MinutesFixture.NOTES);
        assertThat(first.motions()).singleElement().satisfies(m -> assertThat(m.text()).contains("bis Juni"));
        assertThat(first.decisions()).singleElement().satisfies(d -> {
            assertThat(d.number()).startsWith("LR-NOR-");
            assertThat(d.outcome()).isEqualTo(DecisionOutcome.ACCEPTED);
            assertThat(d.vote()).isEqualTo(Vote.counted(3, 0, 0));
        });
        assertThat(first.actionItems()).singleElement().satisfies(a -> assertThat(a.description()).isEqualTo("Angebote einholen"));
        assertThat(item(view, MinutesFixture.SECRET_ITEM).nonPublic()).isTrue();
        assertThat(meetings.minutes(held.meetingId())).get().extracting(s -> s.stateKey()).isEqualTo("minutes.status.DRAFT");
    }

    @Test
    void sign_release_review_and_a_change_after_release_voids_the_signatures() {
        MinutesView draft = drafted();
        long id = draft.id();

        fixture.as("protokoll", () -> minutes.sign(id, version(id)));
        assertThatThrownBy(() -> fixture.as("protokoll", () -> minutes.sign(id, version(id))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("minutes.rule.alreadySigned"));
        assertThatThrownBy(() -> fixture.as("lrmitglied", () -> minutes.comment(id, item(draft, MinutesFixture.PUBLIC_ITEM).itemId(), CommentKind.COMMENT, "x")))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("minutes.rule.notReleased"));
        fixture.as("vorsitz", () -> minutes.sign(id, version(id)));

        MinutesView released = read("lrmitglied", draft.meetingId());
        assertThat(released.status()).isEqualTo(MinutesStatus.RELEASED);
        assertThat(released.signed()).isTrue();
        assertThat(released.reviewUntil()).isEqualTo(today().plusDays(MinutesService.REVIEW_DAYS));
        assertThat(released.may(MinutesAction.COMMENT)).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE message_key = 'minutes.notification.released'", Integer.class))
                .as("chair, minute-taker, two members and the advisory member are told").isEqualTo(5);

        long itemId = item(released, MinutesFixture.PUBLIC_ITEM).itemId();
        long objection = fixture.as("lrmitglied", () -> minutes.comment(id, itemId, CommentKind.OBJECTION, "Es waren 1.300 €."));
        fixture.as("beratung", () -> minutes.comment(id, itemId, CommentKind.COMMENT, "Danke."));
        assertThatThrownBy(() -> fixture.as("aussen", () -> minutes.comment(id, itemId, CommentKind.COMMENT, "?")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.as("lrmitglied", () -> minutes.comment(id, itemId, CommentKind.COMMENT, " ")))
                .isInstanceOf(InvalidInputException.class);

        MinutesView.Item item = item(read("protokoll", draft.meetingId()), MinutesFixture.PUBLIC_ITEM);
        ReviewComment comment = item.comments().get(0);
        assertThatThrownBy(() -> fixture.as("protokoll", () -> minutes.answer(objection, comment.version(), AnswerKind.ACCEPTED,
                "Korrigiert.", item.text(), item.textVersion())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("text"));
        fixture.as("protokoll", () -> minutes.answer(objection, comment.version(), AnswerKind.ACCEPTED, "Korrigiert.",
                item.text().replace("1.234,56 €", "1.300,00 €"), item.textVersion()));

        MinutesView changed = read("lrmitglied", draft.meetingId());
        assertThat(item(changed, MinutesFixture.PUBLIC_ITEM).text()).contains("1.300,00 €");
        assertThat(item(changed, MinutesFixture.PUBLIC_ITEM).comments()).first().satisfies(c -> {
            assertThat(c.answerKind()).isEqualTo(AnswerKind.ACCEPTED);
            assertThat(c.answerText()).isEqualTo("Korrigiert.");
        });
        assertThat(changed.status()).isEqualTo(MinutesStatus.RELEASED);
        assertThat(changed.signed()).as("the change voided both signatures").isFalse();
        assertThat(changed.chairSignature()).isNull();
        assertThat(changed.signaturesVoidedAt()).isNotNull();

        // the comment deadline
        testClock.set(today().plusDays(MinutesService.REVIEW_DAYS + 1).atTime(LocalTime.NOON).atZone(de.lenkrunde.base.format.Formats.ZONE).toInstant());
        assertThatThrownBy(() -> fixture.as("lrmitglied", () -> minutes.comment(id, itemId, CommentKind.COMMENT, "spät")))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("minutes.rule.reviewClosed"));
    }

    @Test
    void two_editors_of_the_same_item_get_a_conflict_with_both_texts() {
        MinutesView draft = drafted();
        MinutesView.Item item = item(draft, MinutesFixture.PUBLIC_ITEM);
        fixture.as("protokoll", () -> minutes.saveText(draft.id(), item.itemId(), item.textVersion(), "Fassung Protokoll"));
        assertThatThrownBy(() -> fixture.as("vorsitz", () -> minutes.saveText(draft.id(), item.itemId(), item.textVersion(), "Fassung Vorsitz")))
                .isInstanceOfSatisfying(MinutesTextConflictException.class, e -> {
                    assertThat(e.mine()).isEqualTo("Fassung Vorsitz");
                    assertThat(e.theirs()).isEqualTo("Fassung Protokoll");
                    assertThat(e.theirVersion()).isEqualTo(item.textVersion() + 1);
                });
        // another item is no conflict
        MinutesView.Item other = item(draft, MinutesFixture.SECRET_ITEM);
        fixture.as("vorsitz", () -> minutes.saveText(draft.id(), other.itemId(), other.textVersion(), "Anderer TOP"));
        assertThatThrownBy(() -> fixture.as("lrmitglied", () -> minutes.saveText(draft.id(), other.itemId(), 2, "x")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_next_meeting_approves_the_minutes_by_a_decision_on_their_agenda_item() {
        MinutesView released = released();
        approveInNextMeeting(released);
        MinutesView approved = read("aussen", released.meetingId());
        assertThat(approved.approval().method()).isEqualTo(ApprovalMethod.MEETING);
        assertThat(approved.approval().by()).startsWith("Beschluss LR-NOR-").contains("4. Sitzung");
        assertThat(approved.withNonPublic()).as("outsiders read the public version").isFalse();
        assertThat(approved.items()).extracting(MinutesView.Item::title).contains(MinutesFixture.PUBLIC_ITEM).doesNotContain(MinutesFixture.SECRET_ITEM);
        assertThat(fixture.as("vorsitz", () -> meetings.get(released.meetingId())).status()).isEqualTo(MeetingStatus.MINUTES_APPROVED);

        // locked: editing refused, a correction is a new edition and the approved one stays readable
        MinutesView.Item item = item(read("protokoll", released.meetingId()), MinutesFixture.PUBLIC_ITEM);
        assertThatThrownBy(() -> fixture.as("protokoll", () -> minutes.saveText(released.id(), item.itemId(), item.textVersion(), "neu")))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("minutes.rule.approved"));
        long correction = fixture.as("protokoll", () -> minutes.correct(released.id(), version(released.id()), "Tippfehler in TOP 1"));
        MinutesView second = read("protokoll", released.meetingId());
        assertThat(second.id()).isEqualTo(correction);
        assertThat(second.edition()).isEqualTo(2);
        assertThat(second.previousId()).isEqualTo(released.id());
        assertThat(second.status()).isEqualTo(MinutesStatus.DRAFT);
        assertThat(item(second, MinutesFixture.PUBLIC_ITEM).text()).isEqualTo(item.text());
        MinutesView first = fixture.as("protokoll", () -> minutes.ofMeeting(released.meetingId(), 1)).orElseThrow();
        assertThat(first.status()).isEqualTo(MinutesStatus.APPROVED);
        assertThat(first.supersededById()).isEqualTo(correction);
        assertThat(fixture.as("aussen", () -> minutes.ofMeeting(released.meetingId(), null)).orElseThrow().edition())
                .as("the public reads the approved edition while the correction is a draft").isEqualTo(1);
    }

    @Test
    void correcting_the_approving_decision_keeps_or_withdraws_the_approval() {
        MinutesView released = released();
        DecisionView approving = approveInNextMeeting(released);

        // a wording correction that still approves: the approval names the correction
        DecisionView reworded = decisions.correct(approving.id(), approving.version(), new DecisionData(
                "Die Niederschrift wird ohne Änderungen genehmigt.", DecisionOutcome.ACCEPTED, Vote.counted(4, 0, 0), null, null),
                "Wortlaut wie verlesen");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(repository.findById(released.id()).orElseThrow().approvalDecisionId()).isEqualTo(reworded.id()));
        assertThat(repository.findById(released.id()).orElseThrow().status()).isEqualTo(MinutesStatus.APPROVED);

        // corrected to deferred: the approval is withdrawn, the minutes wait again and the old meeting is closed again
        decisions.correct(reworded.id(), reworded.version(), new DecisionData("Die Genehmigung wird vertagt.", DecisionOutcome.DEFERRED,
                Vote.counted(1, 3, 0), null, null), "Einwand zu TOP 1 übersehen");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(repository.findById(released.id()).orElseThrow().status()).isEqualTo(MinutesStatus.RELEASED));
        MinutesView waiting = read("protokoll", released.meetingId());
        assertThat(waiting.approval()).isNull();
        assertThat(fixture.as("vorsitz", () -> meetings.get(released.meetingId())).status()).isEqualTo(MeetingStatus.CLOSED);
        assertThat(fixture.as("aussen", () -> minutes.ofMeeting(released.meetingId(), null))).as("no longer public").isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE message_key = 'minutes.notification.approvalWithdrawn'",
                Integer.class)).as("the reviewers are told").isPositive();
    }

    /** The next meeting takes the approval item and decides on it (accepted); returns that decision. */
    private DecisionView approveInNextMeeting(MinutesView released) {
        Instant now = testClock.instant();
        long next = fixture.planNext(45, "4. Sitzung");
        testClock.set(now);
        signInAs("vorsitz");
        List<AgendaSuggestion> offered = meetings.suggestions(next);
        AgendaSuggestion suggestion = offered.stream().filter(s -> s.key().equals("minutes:" + released.id())).findFirst().orElseThrow();
        assertThat(suggestion.title()).startsWith("Genehmigung der Niederschrift der Sitzung vom ");
        long itemId = meetings.addSuggestion(next, meetings.get(next).version(), suggestion.key());
        assertThat(meetings.suggestions(next)).noneMatch(s -> s.key().equals(suggestion.key()));
        // the template's standing "Genehmigung der Niederschrift der letzten Sitzung" became this item: no second one
        assertThat(meetings.get(next).agenda()).filteredOn(entry -> entry.data().title().startsWith("Genehmigung der Niederschrift"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.itemId()).isEqualTo(itemId);
                    assertThat(entry.data().title()).isEqualTo(suggestion.title());
                });
        meetings.publish(next, meetings.get(next).version(), false);

        testClock.set(ZonedDateTime.of(LocalDate.now(de.lenkrunde.base.format.Formats.ZONE).plusDays(45), LocalTime.of(17, 59),
                de.lenkrunde.base.format.Formats.ZONE).toInstant());
        run.start(next, run.state(next).version());
        run.attendance(next).forEach(a -> run.setAttendance(next, a.id(), a.version(), de.lenkrunde.meetings.AttendanceStatus.PRESENT));
        DecisionView decision = decisions.record(next, itemId, new DecisionData("Die Niederschrift wird genehmigt.", DecisionOutcome.ACCEPTED,
                Vote.counted(4, 0, 0), null, null));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(repository.findById(released.id()).orElseThrow().status()).isEqualTo(MinutesStatus.APPROVED));
        return decision;
    }

    @Test
    void approval_needs_released_minutes_and_a_rejecting_decision_leaves_them_released() {
        MinutesView draft = drafted();
        Minutes m = repository.findById(draft.id()).orElseThrow();
        assertThatThrownBy(() -> m.approve(ApprovalMethod.MEETING, "x", null, Instant.now()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("minutes.rule.notReleased"));
        assertThatThrownBy(() -> fixture.as("vorsitz", () -> minutes.startCirculation(draft.id(), version(draft.id()), today().plusDays(5))))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void circulation_approves_when_every_voting_member_consents_and_one_objection_stops_it() {
        allowCirculation();
        MinutesView released = released();
        long id = released.id();
        assertThatThrownBy(() -> fixture.as("protokoll", () -> minutes.startCirculation(id, version(id), today().plusDays(7))))
                .isInstanceOf(AccessDeniedException.class);
        fixture.as("vorsitz", () -> minutes.startCirculation(id, version(id), today().plusDays(7)));

        fixture.as("lrmitglied", () -> minutes.answerCirculation(id, true, null));
        assertThatThrownBy(() -> fixture.as("zweitmitglied", () -> minutes.answerCirculation(id, false, " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("reason"));
        assertThatThrownBy(() -> fixture.as("beratung", () -> minutes.answerCirculation(id, true, null)))
                .as("advisory members have no vote").isInstanceOf(AccessDeniedException.class);
        fixture.as("zweitmitglied", () -> minutes.answerCirculation(id, false, "TOP 2 fehlt ein Satz."));

        MinutesView stopped = read("vorsitz", released.meetingId());
        assertThat(stopped.status()).isEqualTo(MinutesStatus.RELEASED);
        assertThat(stopped.circulation().state()).isEqualTo(CirculationState.STOPPED);
        assertThatThrownBy(() -> fixture.as("vorsitz", () -> minutes.answerCirculation(id, true, null)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("minutes.rule.noCirculation"));

        // a new circulation: everyone consents
        fixture.as("vorsitz", () -> minutes.startCirculation(id, version(id), today().plusDays(7)));
        for (String voter : List.of("vorsitz", "protokoll", "lrmitglied", "zweitmitglied")) {
            fixture.as(voter, () -> minutes.answerCirculation(id, true, null));
        }
        MinutesView approved = read("lrmitglied", released.meetingId());
        assertThat(approved.status()).isEqualTo(MinutesStatus.APPROVED);
        assertThat(approved.approval().method()).isEqualTo(ApprovalMethod.CIRCULATION);
        assertThat(fixture.as("vorsitz", () -> meetings.get(released.meetingId())).status()).isEqualTo(MeetingStatus.MINUTES_APPROVED);
    }

    @Test
    void circulation_only_where_the_body_allows_it() {
        MinutesView released = released();
        assertThatThrownBy(() -> fixture.as("vorsitz", () -> minutes.startCirculation(released.id(), version(released.id()), today().plusDays(7))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("minutes.rule.circulationNotAllowed"));
    }

    @Test
    void the_pdf_has_the_items_umlauts_and_euro_and_the_public_version_omits_the_non_public_part() throws IOException {
        MinutesView released = released();
        byte[] membersPdf = fixture.as("vorsitz", () -> minutes.pdf(released.id(), true)).content();
        // kept for a look (pdftoppm -png -r 60 target/minutes-members.pdf /tmp/minutes)
        java.nio.file.Files.write(java.nio.file.Path.of("target", "minutes-members.pdf"), membersPdf);
        String members = text(membersPdf);
        assertThat(members).contains("Niederschrift", "Ratssaal, Marktstraße 1", MinutesFixture.PUBLIC_ITEM, MinutesFixture.SECRET_ITEM,
                "1.234,56 €", "Straße", "Ja 3, Nein 0, Enthaltung 0", "Angebote einholen", "Vorsitz Test", "Protokoll Test");
        String publicVersion = text(fixture.as("vorsitz", () -> minutes.pdf(released.id(), false)).content());
        assertThat(publicVersion).contains(MinutesFixture.PUBLIC_ITEM).doesNotContain("Personalangelegenheit", "Vertraulich");
        assertThatThrownBy(() -> fixture.as("aussen", () -> minutes.pdf(released.id(), false)))
                .as("the public reads approved minutes only").isInstanceOf(de.lenkrunde.base.validation.RecordNotFoundException.class);
    }

    @Test
    void the_waiting_list_names_what_each_reader_is_asked_to_do() {
        MinutesView draft = drafted();
        assertThat(fixture.as("protokoll", () -> minutes.waiting(org.springframework.data.domain.PageRequest.of(0, 10))))
                .singleElement().extracting(MinutesListItem::waitingFor).isEqualTo(MinutesListItem.WaitingFor.SIGNATURE);
        assertThat(fixture.as("lrmitglied", () -> minutes.countWaiting())).isZero();
        fixture.as("protokoll", () -> minutes.sign(draft.id(), version(draft.id())));
        assertThat(fixture.as("protokoll", () -> minutes.countWaiting())).as("signed: nothing to sign, not released yet").isZero();
        fixture.as("vorsitz", () -> minutes.sign(draft.id(), version(draft.id())));
        assertThat(fixture.as("lrmitglied", () -> minutes.waiting(org.springframework.data.domain.PageRequest.of(0, 10))))
                .singleElement().satisfies(row -> {
                    assertThat(row.waitingFor()).isEqualTo(MinutesListItem.WaitingFor.REVIEW);
                    assertThat(row.until()).isEqualTo(today().plusDays(MinutesService.REVIEW_DAYS));
                });
        assertThat(fixture.as("suedmitglied", () -> minutes.countWaiting())).isZero();
        assertThat(fixture.as("aussen", () -> minutes.ofMeeting(draft.meetingId(), null))).as("not approved: nothing public").isEmpty();
    }

    @Test
    void role_by_action_only_those_entitled_edit_sign_comment_and_read() {
        MinutesView draft = drafted();
        long id = draft.id();
        long itemId = item(draft, MinutesFixture.PUBLIC_ITEM).itemId();
        for (String login : List.of("lrmitglied", "beratung", "admin", "aussen", "suedmitglied")) {
            assertThatThrownBy(() -> fixture.as(login, () -> minutes.sign(id, version(id)))).as(login + " signs")
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fixture.as(login, () -> minutes.saveText(id, itemId, 1, "x"))).as(login + " edits")
                    .isInstanceOf(AccessDeniedException.class);
        }
        for (String login : List.of("vorsitz", "protokoll", "lrmitglied", "beratung", "admin")) {
            assertThat(fixture.as(login, () -> minutes.ofMeeting(draft.meetingId(), null))).as(login + " reads the draft").isPresent();
        }
        assertThat(fixture.as("aussen", () -> minutes.ofMeeting(draft.meetingId(), null))).isEmpty();
        assertThat(fixture.as("suedmitglied", () -> minutes.ofMeeting(draft.meetingId(), null))).isEmpty();
        fixture.as("protokoll", () -> minutes.sign(id, version(id)));
        fixture.as("vorsitz", () -> minutes.sign(id, version(id)));
        for (String login : List.of("vorsitz", "protokoll", "lrmitglied", "beratung")) {
            fixture.as(login, () -> minutes.comment(id, itemId, CommentKind.COMMENT, "Anmerkung von " + login));
        }
        for (String login : List.of("admin", "aussen", "suedmitglied")) {
            assertThatThrownBy(() -> fixture.as(login, () -> minutes.comment(id, itemId, CommentKind.COMMENT, "x"))).as(login + " comments")
                    .isInstanceOf(AccessDeniedException.class);
        }
        long comment = read("protokoll", draft.meetingId()).items().stream().flatMap(i -> i.comments().stream()).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> fixture.as("lrmitglied", () -> minutes.answer(comment, 1, AnswerKind.ANSWERED, "x", null, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.as("lrmitglied", () -> minutes.correct(id, version(id), "x")))
                .isInstanceOf(AccessDeniedException.class);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    MinutesView drafted() {
        MinutesFixture.Held held = fixture.holdMeeting(30, "3. Sitzung");
        await().atMost(Duration.ofSeconds(20)).until(() -> !repository.findByMeetingIdOrderByEdition(held.meetingId()).isEmpty());
        return read("protokoll", held.meetingId());
    }

    MinutesView released() {
        MinutesView draft = drafted();
        fixture.as("protokoll", () -> minutes.sign(draft.id(), version(draft.id())));
        fixture.as("vorsitz", () -> minutes.sign(draft.id(), version(draft.id())));
        return read("protokoll", draft.meetingId());
    }

    MinutesView read(String login, long meetingId) {
        return fixture.as(login, () -> minutes.ofMeeting(meetingId, null)).orElseThrow();
    }

    static MinutesView.Item item(MinutesView view, String title) {
        return view.items().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
    }

    long version(long minutesId) {
        return repository.findById(minutesId).orElseThrow().version();
    }

    LocalDate today() {
        return testClock.instant().atZone(de.lenkrunde.base.format.Formats.ZONE).toLocalDate();
    }

    void allowCirculation() {
        jdbc.update("UPDATE body SET circulation_allowed = TRUE WHERE id = ?", fixture.world.steeringNorth());
    }

    static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
