package de.lenkrunde.meetings;

import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.bodies.AgendaItemKind;
import de.lenkrunde.notifications.MailDelivery;
import de.lenkrunde.notifications.MailStatus;
import de.lenkrunde.proposals.ProposalStatus;
import de.lenkrunde.proposals.TimelineEntry;
import de.lenkrunde.proposals.UnscheduleReason;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Meetings on the real database: planning, the agenda builder, publishing, amendments, cancelling, carry-over. */
class MeetingServiceTest extends MeetingIntegrationTest {

    // ---- planning -----------------------------------------------------------------------------------

    @Test
    void a_new_meeting_starts_from_the_bodys_template_with_verschiedenes_last() {
        long id = planNorth(30);

        MeetingDetails meeting = meetings.get(id);
        assertThat(meeting.status()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(meeting.bodyName()).isEqualTo("Lenkrunde Nordstadt");
        assertThat(meeting.noticePeriodDays()).isEqualTo(7);
        assertThat(meeting.data()).isEqualTo(data(inDays(30), 18, 20));
        assertThat(titles(meeting)).containsExactlyElementsOf(STANDARD_AGENDA);
        assertThat(numbers(meeting)).containsExactly("1", "2", "3", "4", "5");
        assertThat(meeting.agenda()).extracting(AgendaEntry::atEnd).containsExactly(false, false, false, false, true);
        assertThat(meeting.agenda()).allSatisfy(e -> assertThat(e.state()).isEqualTo(AgendaItemState.OPEN));
        assertThat(meeting.plannedMinutes()).isEqualTo(30);
        assertThat(meeting.actions()).containsExactlyInAnyOrder(MeetingAction.EDIT, MeetingAction.PUBLISH, MeetingAction.CANCEL);
        assertThat(meeting.updatedByName()).isEqualTo("Vorsitz Test");
        assertThat(auditActions(id)).containsExactly("MEETING_PLANNED");
    }

    @Test
    void a_new_item_goes_in_before_verschiedenes() {
        long id = planNorth(30);

        long itemId = addItem(id, "Bericht der Koordination", false);

        MeetingDetails meeting = meetings.get(id);
        assertThat(titles(meeting)).element(4).isEqualTo("Bericht der Koordination");
        assertThat(titles(meeting)).last().isEqualTo("Verschiedenes");
        assertThat(entry(meeting, itemId).number()).isEqualTo("5");
    }

    @Test
    void an_overlapping_meeting_of_the_same_body_is_refused_at_the_start_time_but_another_body_may_meet_then() {
        planNorth(30);

        assertThatThrownBy(() -> meetings.plan(world.steeringNorth(), data(inDays(30), 19, 21), List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("startTime", "meeting.validation.overlap")));
        long back2back = meetings.plan(world.steeringNorth(), data(inDays(30), 20, 21), List.of());
        long south = as("admin", () -> meetings.plan(world.steeringSouth(), data(inDays(30), 18, 20), List.of()));

        assertThat(as("admin", () -> meetings.get(south)).bodyName()).isEqualTo("Lenkrunde Südstadt");
        assertThat(meetings.get(back2back).status()).isEqualTo(MeetingStatus.PLANNED);
    }

    @Test
    void moving_a_meeting_onto_another_is_refused_and_a_cancelled_meeting_blocks_nothing() {
        long first = planNorth(30);
        long second = planNorth(31);

        assertThatThrownBy(() -> meetings.update(second, version(second), data(inDays(30), 17, 19), List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("startTime"));
        meetings.update(second, version(second), data(inDays(31), 17, 19), List.of());

        meetings.cancel(first, version(first), "Terminverschiebung");
        meetings.update(second, version(second), data(inDays(30), 18, 20), List.of());
        assertThat(meetings.get(second).data().date()).isEqualTo(inDays(30));
    }

    @Test
    void invalid_details_and_guests_are_refused_at_their_fields() {
        assertThatThrownBy(() -> meetings.plan(world.steeringNorth(), data(inDays(30), 20, 18), List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("endTime"));
        assertThatThrownBy(() -> meetings.plan(world.steeringNorth(), data(inDays(30), 18, 20),
                List.of(new MeetingData.Guest("Gustav Gast", "kein-at-zeichen"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsOnly("guests"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM meeting", Integer.class)).isZero();
    }

    // ---- proposals on the agenda --------------------------------------------------------------------

    @Test
    void a_waiting_proposal_becomes_a_beschluss_item_and_is_scheduled_with_the_meeting_as_cause() {
        long id = planNorth(30);
        long proposal = submitted("Spielplatz am Teich");
        String reference = proposals.get(proposal).referenceNumber();
        assertThat(meetings.waitingProposals(id)).extracting(p -> p.id()).containsExactly(proposal);

        long itemId = meetings.addProposal(id, version(id), proposal);

        MeetingDetails meeting = meetings.get(id);
        AgendaEntry item = entry(meeting, itemId);
        assertThat(item.data().kind()).isEqualTo(AgendaItemKind.DECISION);
        assertThat(item.title()).isEqualTo("Spielplatz am Teich");
        assertThat(item.proposalId()).isEqualTo(proposal);
        assertThat(item.proposalLabel()).isEqualTo(reference + " Spielplatz am Teich");
        assertThat(item.data().presenter()).isEqualTo("Fokusgruppe Jugend Nord");
        assertThat(item.data().description()).isEqualTo("Die Lenkrunde beschließt: Spielplatz am Teich");
        assertThat(item.number()).isEqualTo("5");
        assertThat(titles(meeting)).last().isEqualTo("Verschiedenes");

        assertThat(proposals.get(proposal).status()).isEqualTo(ProposalStatus.SCHEDULED);
        assertThat(meetings.waitingProposals(id)).isEmpty();
        TimelineEntry scheduled = proposals.timeline(proposal).get(0);
        assertThat(scheduled.action()).isEqualTo("SCHEDULE");
        assertThat(scheduled.fromStatus()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(scheduled.toStatus()).isEqualTo(ProposalStatus.SCHEDULED);
        assertThat(scheduled.cause().kind()).isEqualTo("MEETING");
        assertThat(scheduled.cause().id()).isEqualTo(id);
        assertThat(scheduled.cause().label()).startsWith(meeting.bodyName() + ": Ordentliche Sitzung, ");
        assertThat(scheduled.cause().route()).isEqualTo("sitzungen/" + id);
    }

    @Test
    void removing_the_item_returns_the_proposal_to_submitted() {
        long id = planNorth(30);
        long proposal = submitted("Bank am Marktplatz");
        long itemId = meetings.addProposal(id, version(id), proposal);

        meetings.removeItem(id, version(id), itemId);

        assertThat(titles(meetings.get(id))).containsExactlyElementsOf(STANDARD_AGENDA);
        assertThat(proposals.get(proposal).status()).isEqualTo(ProposalStatus.SUBMITTED);
        TimelineEntry back = proposals.timeline(proposal).get(0);
        assertThat(back.action()).isEqualTo("UNSCHEDULE_REMOVED_FROM_AGENDA");
        assertThat(back.toStatus()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(back.cause().id()).isEqualTo(id);
        assertThat(meetings.waitingProposals(id)).extracting(p -> p.id()).containsExactly(proposal);
    }

    @Test
    void a_proposal_that_does_not_wait_or_goes_to_another_body_is_refused() {
        long id = planNorth(30);
        long other = planNorth(40);
        long scheduled = submitted("Schon eingeplant");
        meetings.addProposal(other, version(other), scheduled);
        long forSouth = submitted("Für Südstadt", world.steeringSouth());
        long draft = as("mitglied", () -> proposals.createDraft(draft("Noch ein Entwurf", world.steeringNorth())));
        long before = version(id);

        assertThatThrownBy(() -> meetings.addProposal(id, before, scheduled)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.proposalNotSubmitted"));
        assertThatThrownBy(() -> meetings.addProposal(id, before, forSouth)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.proposalOtherBody"));
        // a draft is not even visible to the steering round: its existence is not disclosed
        assertThatThrownBy(() -> meetings.addProposal(id, before, draft)).isInstanceOf(RecordNotFoundException.class);

        assertThat(titles(meetings.get(id))).containsExactlyElementsOf(STANDARD_AGENDA);
        assertThat(version(id)).isEqualTo(before);
        assertThat(proposals.get(forSouth).status()).isEqualTo(ProposalStatus.SUBMITTED);
    }

    @Test
    void a_change_on_a_stale_version_is_refused_and_the_first_change_stays() {
        long id = planNorth(30);
        MeetingDetails seen = meetings.get(id);
        long opening = seen.agenda().get(0).itemId();
        long misc = seen.agenda().get(4).itemId();

        as("vorsitz", () -> meetings.moveItem(id, seen.version(), misc, 0));
        assertThatThrownBy(() -> as("stellvertretung", () -> meetings.moveItem(id, seen.version(), opening, 3)))
                .isInstanceOfSatisfying(EditConflictException.class, e -> assertThat(e.changedBy()).isEqualTo("Vorsitz Test"));
        assertThatThrownBy(() -> as("stellvertretung", () -> meetings.addItem(id, seen.version(),
                new AgendaItemData("Zu spät", AgendaItemKind.INFORMATION, 5, null, false, null))))
                .isInstanceOf(EditConflictException.class);
        // the TOP itself (a child row without a version of its own) is guarded by the meeting's version too
        assertThatThrownBy(() -> as("stellvertretung", () -> meetings.updateItem(id, seen.version(), opening,
                new AgendaItemData("Begrüßung durch die Stellvertretung", AgendaItemKind.INFORMATION, 5, null, false, null))))
                .isInstanceOf(EditConflictException.class);

        MeetingDetails now = meetings.get(id);
        assertThat(titles(now)).containsExactly("Verschiedenes", "Eröffnung und Begrüßung",
                "Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit", "Genehmigung der Tagesordnung",
                "Genehmigung der Niederschrift der letzten Sitzung");
        assertThat(now.version()).isEqualTo(seen.version() + 1);
    }

    @Test
    void the_agenda_builder_indents_outdents_and_updates_items_through_the_service() {
        long id = planNorth(30);
        long report = addItem(id, "Berichte", false);
        long youth = addItem(id, "Bericht Jugend", false);

        meetings.indentItem(id, version(id), youth);
        assertThat(numbers(meetings.get(id))).containsExactly("1", "2", "3", "4", "5", "5.1", "6");
        meetings.updateItem(id, version(id), youth,
                new AgendaItemData("Bericht der Fokusgruppe Jugend", AgendaItemKind.INFORMATION, 10, "FG Jugend", false, null));
        meetings.outdentItem(id, version(id), youth);

        MeetingDetails meeting = meetings.get(id);
        assertThat(numbers(meeting)).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(entry(meeting, youth).title()).isEqualTo("Bericht der Fokusgruppe Jugend");
        assertThat(entry(meeting, youth).data().presenter()).isEqualTo("FG Jugend");
        assertThat(entry(meeting, report).depth()).isZero();
        assertThatThrownBy(() -> meetings.indentItem(id, version(id), meeting.agenda().get(0).itemId()))
                .isInstanceOf(BusinessRuleException.class);
    }

    // ---- publishing -----------------------------------------------------------------------------------

    @Test
    void publishing_freezes_the_numbers_invites_the_members_and_guests_and_queues_their_mails() {
        long id = meetings.plan(world.steeringNorth(), data(inDays(30), 18, 20),
                List.of(new MeetingData.Guest("Gustav Gast", "gustav@example.org")));
        long secret = addItem(id, "Personalangelegenheit Quartiersmanagement", true);
        long proposal = submitted("Spielplatz am Teich");
        meetings.addProposal(id, version(id), proposal);

        meetings.publish(id, version(id), false);

        MeetingDetails meeting = meetings.get(id);
        assertThat(meeting.status()).isEqualTo(MeetingStatus.INVITED);
        assertThat(meeting.agendaRevision()).isEqualTo(1);
        assertThat(meeting.publishedAt()).isNotNull();
        assertThat(meeting.shortNotice()).isFalse();
        assertThat(numbers(meeting)).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(jdbc.queryForList("SELECT number FROM agenda_item WHERE meeting_id = ? ORDER BY position", String.class, id))
                .as("the numbers are stored").containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(meeting.actions()).containsExactlyInAnyOrder(MeetingAction.EDIT, MeetingAction.CANCEL);
        assertThat(meeting.invitees()).extracting(InviteeInfo::name, InviteeInfo::role, InviteeInfo::nonPublic)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Vorsitz Test", "CHAIR", true),
                        org.assertj.core.groups.Tuple.tuple("Stellvertretung Test", "DEPUTY", true),
                        org.assertj.core.groups.Tuple.tuple("Protokoll Test", "MINUTE_TAKER", true),
                        org.assertj.core.groups.Tuple.tuple("Lrmitglied Test", "MEMBER", true),
                        org.assertj.core.groups.Tuple.tuple("Lrgast Test", "GUEST", false),
                        org.assertj.core.groups.Tuple.tuple("Gustav Gast", "EXTERNAL_GUEST", false));
        assertThat(auditActions(id)).last().isEqualTo("MEETING_PUBLISHED");

        List<Mail> mails = mails(id);
        assertThat(mails).extracting(Mail::address).containsExactlyInAnyOrder("vorsitz@example.org",
                "stellvertretung@example.org", "protokoll@example.org", "lrmitglied@example.org", "lrgast@example.org",
                "gustav@example.org");
        assertThat(mails).allSatisfy(mail -> {
            assertThat(mail.status()).as("no mail server configured in this context").isEqualTo("HELD");
            assertThat(mail.subject()).startsWith("Lenkrunde: Einladung: Lenkrunde Nordstadt – Ordentliche Sitzung");
            assertThat(mail.attachments()).extracting(Attachment::fileName)
                    .containsExactly("einladung-" + inDays(30) + "-" + id + ".pdf", "einladung-" + inDays(30) + "-" + id + ".ics");
            assertThat(mail.attachment("ics").contentType()).isEqualTo("text/calendar; charset=UTF-8; method=REQUEST");
            assertThat(mail.attachment("ics").text()).contains("METHOD:REQUEST", "UID:meeting-" + id + "@lenkrunde", "SEQUENCE:0");
            assertThat(mail.attachment("pdf").contentType()).isEqualTo("application/pdf");
        });
        for (String insider : List.of("vorsitz@example.org", "lrmitglied@example.org", "protokoll@example.org")) {
            Mail mail = mailTo(mails, insider);
            assertThat(pdfText(mail.attachment("pdf").content()))
                    .contains("Spielplatz am Teich", "Nichtöffentlicher Teil", "Personalangelegenheit Quartiersmanagement");
            assertThat(mail.body()).contains("Personalangelegenheit Quartiersmanagement");
        }
        for (String outsider : List.of("lrgast@example.org", "gustav@example.org")) {
            Mail mail = mailTo(mails, outsider);
            assertThat(pdfText(mail.attachment("pdf").content())).contains("Spielplatz am Teich")
                    .doesNotContain("Personalangelegenheit", "Nichtöffentlicher Teil");
            assertThat(mail.body()).contains("Spielplatz am Teich").doesNotContain("Personalangelegenheit");
        }
        assertThat(mailTo(mails, "gustav@example.org").personId()).isNull();
        assertThat(mailTo(mails, "gustav@example.org").recipientName()).isEqualTo("Gustav Gast");

        List<MailDelivery> deliveries = meetings.deliveries(id);
        assertThat(deliveries).hasSize(6).allSatisfy(d -> assertThat(d.status()).isEqualTo(MailStatus.HELD));
        assertThat(entry(meeting, secret).data().nonPublic()).isTrue();
    }

    @Test
    void the_invitation_pdf_download_shows_the_non_public_part_only_to_insiders() {
        long id = planNorth(30);
        addItem(id, "Grundstücksangelegenheit", true);
        publish(id);

        assertThat(pdfText(as("lrmitglied", () -> meetings.invitationPdf(id)).content())).contains("Grundstücksangelegenheit");
        Download forOutsider = as("aussen", () -> meetings.invitationPdf(id));
        assertThat(forOutsider.contentType()).isEqualTo("application/pdf");
        assertThat(pdfText(forOutsider.content())).contains("Verschiedenes").doesNotContain("Grundstücksangelegenheit");
        assertThat(new String(as("aussen", () -> meetings.calendarEntry(id)).content(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("UID:meeting-" + id + "@lenkrunde");
        assertThatThrownBy(() -> as("aussen", () -> meetings.deliveries(id)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void inside_the_notice_period_publishing_needs_a_confirmation_and_the_short_notice_is_recorded() {
        long id = planNorth(3);
        assertThat(meetings.publishingIsShortNotice(id)).isTrue();

        assertThatThrownBy(() -> meetings.publish(id, version(id), false)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.shortNoticeUnconfirmed"));
        assertThat(meetings.get(id).status()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(mails(id)).isEmpty();

        meetings.publish(id, version(id), true);

        MeetingDetails meeting = meetings.get(id);
        assertThat(meeting.status()).isEqualTo(MeetingStatus.INVITED);
        assertThat(meeting.shortNotice()).isTrue();
        assertThat(auditActions(id)).last().isEqualTo("MEETING_PUBLISHED_SHORT_NOTICE");
        assertThat(jdbc.queryForObject("SELECT details FROM audit_entry WHERE action = 'MEETING_PUBLISHED_SHORT_NOTICE'", String.class))
                .contains("notice period of 7 days", "confirmed");
        assertThat(mails(id)).hasSize(5);
    }

    @Test
    void a_meeting_outside_the_notice_period_needs_no_confirmation() {
        long id = planNorth(7);
        assertThat(meetings.publishingIsShortNotice(id)).isFalse();
        meetings.publish(id, version(id), false);
        assertThat(meetings.get(id).shortNotice()).isFalse();
    }

    @Test
    void a_change_after_publishing_waits_as_an_amendment_and_goes_out_as_revision_two() {
        long id = planNorth(30);
        publish(id);
        int invitations = mails(id).size();
        MeetingDetails published = meetings.get(id);
        long minutesItem = published.agenda().get(3).itemId();

        long added = addItem(id, "Dringlichkeitsantrag Jugendtreff", false);
        meetings.removeItem(id, version(id), minutesItem);

        MeetingDetails pending = meetings.get(id);
        assertThat(pending.amendmentPending()).isTrue();
        assertThat(pending.actions()).contains(MeetingAction.SEND_AMENDMENT).doesNotContain(MeetingAction.PUBLISH);
        assertThat(entry(pending, added).number()).isEqualTo("4a");
        assertThat(entry(pending, added).newSinceInvitation()).isTrue();
        assertThat(entry(pending, added).pendingChange()).isTrue();
        assertThat(entry(pending, minutesItem).withdrawn()).isTrue();
        assertThat(entry(pending, minutesItem).number()).isEqualTo("4");
        assertThat(numbers(pending)).containsExactly("1", "2", "3", "4", "4a", "5");

        meetings.sendAmendment(id, version(id));

        MeetingDetails amended = meetings.get(id);
        assertThat(amended.agendaRevision()).isEqualTo(2);
        assertThat(amended.amendmentPending()).isFalse();
        assertThat(entry(amended, added).pendingChange()).isFalse();
        assertThat(entry(amended, added).newSinceInvitation()).isTrue();
        assertThat(auditActions(id)).last().isEqualTo("MEETING_AGENDA_AMENDED");
        List<Mail> mails = mails(id);
        assertThat(mails).hasSize(2 * invitations);
        List<Mail> amendments = mails.subList(invitations, mails.size());
        assertThat(amendments).allSatisfy(mail -> {
            assertThat(mail.subject()).startsWith("Lenkrunde: Änderung der Tagesordnung: Lenkrunde Nordstadt");
            assertThat(mail.attachment("ics").text()).contains("SEQUENCE:1");
        });
        assertThat(pdfText(mailTo(amendments, "lrmitglied@example.org").attachment("pdf").content()))
                .contains("Dringlichkeitsantrag Jugendtreff");
        assertThatThrownBy(() -> meetings.sendAmendment(id, version(id))).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.noAmendment"));
    }

    @Test
    void a_guest_added_after_publishing_is_invited_with_the_amendment() {
        long id = planNorth(30);
        publish(id);
        int invitations = mails(id).size();

        meetings.update(id, version(id), data(inDays(30), 18, 20), List.of(new MeetingData.Guest("Hanna Hinzu", "hanna@example.org")));
        assertThat(meetings.get(id).amendmentPending()).isTrue();
        assertThat(meetings.get(id).guests()).extracting(MeetingData.Guest::name).containsExactly("Hanna Hinzu");
        meetings.sendAmendment(id, version(id));

        assertThat(meetings.get(id).invitees()).extracting(InviteeInfo::name).contains("Hanna Hinzu");
        List<Mail> amendments = mails(id).subList(invitations, mails(id).size());
        assertThat(amendments).extracting(Mail::address).contains("hanna@example.org", "lrmitglied@example.org");
        assertThat(mailTo(amendments, "hanna@example.org").attachments()).hasSize(2);
    }

    @Test
    void a_published_meeting_cannot_be_published_again_nor_indented() {
        long id = planNorth(30);
        publish(id);
        long item = meetings.get(id).agenda().get(2).itemId();

        assertThatThrownBy(() -> meetings.publish(id, version(id), true)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> meetings.indentItem(id, version(id), item)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.numbersFrozen"));
    }

    // ---- cancelling -----------------------------------------------------------------------------------

    @Test
    void cancelling_needs_a_reason_returns_the_proposals_and_tells_the_invitees_with_a_calendar_cancellation() {
        long id = meetings.plan(world.steeringNorth(), data(inDays(30), 18, 20),
                List.of(new MeetingData.Guest("Gustav Gast", "gustav@example.org")));
        long kept = submitted("Spielplatz am Teich");
        long removed = submitted("Bank am Marktplatz");
        meetings.addProposal(id, version(id), kept);
        long removedItem = meetings.addProposal(id, version(id), removed);
        publish(id);
        meetings.removeItem(id, version(id), removedItem);
        assertThat(proposals.get(removed).status()).isEqualTo(ProposalStatus.SUBMITTED);
        int invitations = mails(id).size();

        assertThatThrownBy(() -> meetings.cancel(id, version(id), "  ")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("reason"));
        assertThatThrownBy(() -> meetings.cancel(id, version(id), "x".repeat(1001)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("reason"));
        assertThat(meetings.get(id).status()).isEqualTo(MeetingStatus.INVITED);

        meetings.cancel(id, version(id), "Der Saal ist nicht verfügbar");

        MeetingDetails meeting = meetings.get(id);
        assertThat(meeting.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(meeting.cancelReason()).isEqualTo("Der Saal ist nicht verfügbar");
        assertThat(meeting.cancelledAt()).isNotNull();
        assertThat(meeting.actions()).isEmpty();
        assertThat(proposals.get(kept).status()).isEqualTo(ProposalStatus.SUBMITTED);
        TimelineEntry back = proposals.timeline(kept).get(0);
        assertThat(back.action()).isEqualTo("UNSCHEDULE_MEETING_CANCELLED");
        assertThat(back.reason()).isEqualTo("Der Saal ist nicht verfügbar");
        assertThat(back.cause().id()).isEqualTo(id);
        assertThat(proposals.timeline(removed)).extracting(TimelineEntry::action)
                .as("the withdrawn item's proposal was returned once, not again")
                .doesNotContain("UNSCHEDULE_MEETING_CANCELLED");

        List<Mail> cancellations = mails(id).subList(invitations, mails(id).size());
        assertThat(cancellations).extracting(Mail::address).containsExactlyInAnyOrder("vorsitz@example.org",
                "stellvertretung@example.org", "protokoll@example.org", "lrmitglied@example.org", "lrgast@example.org",
                "gustav@example.org");
        assertThat(cancellations).allSatisfy(mail -> {
            assertThat(mail.subject()).startsWith("Lenkrunde: Abgesagt: Lenkrunde Nordstadt – Ordentliche Sitzung");
            assertThat(mail.body()).contains("Der Saal ist nicht verfügbar");
            assertThat(mail.attachments()).singleElement().satisfies(ics -> {
                assertThat(ics.fileName()).endsWith(".ics");
                assertThat(ics.contentType()).isEqualTo("text/calendar; charset=UTF-8; method=CANCEL");
                assertThat(ics.text()).contains("METHOD:CANCEL", "UID:meeting-" + id + "@lenkrunde", "STATUS:CANCELLED");
            });
        });
        assertThat(auditActions(id)).last().isEqualTo("MEETING_CANCELLED");
        assertThatThrownBy(() -> meetings.addItem(id, version(id),
                new AgendaItemData("Nachtrag", AgendaItemKind.INFORMATION, 5, null, false, null)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.agendaClosed"));
        assertThatThrownBy(() -> meetings.cancel(id, version(id), "noch einmal")).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void a_planned_meeting_is_cancelled_without_mails() {
        long id = planNorth(30);
        long proposal = submitted("Sommerfest");
        meetings.addProposal(id, version(id), proposal);

        meetings.cancel(id, version(id), "doch nicht nötig");

        assertThat(meetings.get(id).status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(proposals.get(proposal).status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(mails(id)).isEmpty();
    }

    @Test
    void a_meeting_in_progress_cannot_be_cancelled() {
        long id = planNorth(30);
        publish(id);
        // the live console that starts meetings does not exist yet: set the state it would set
        jdbc.update("UPDATE meeting SET status = 'IN_PROGRESS' WHERE id = ?", id);

        assertThatThrownBy(() -> meetings.cancel(id, version(id), "zu spät")).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.illegalTransition"));
        assertThat(meetings.get(id).actions()).isEmpty();
    }

    @Test
    void a_proposal_that_left_the_agenda_meanwhile_blocks_neither_removing_its_item_nor_cancelling() {
        long id = planNorth(30);
        long other = planNorth(40);
        long withdrawn = submitted("Zurückgezogen");
        long returned = submitted("Zurückgegeben");
        long movedOn = submitted("Anderswo eingeplant");
        long withdrawnItem = meetings.addProposal(id, version(id), withdrawn);
        meetings.addProposal(id, version(id), returned);
        meetings.addProposal(id, version(id), movedOn);
        publish(id);
        // the group withdraws one (allowed while SCHEDULED), the chair returns two; one comes back and goes elsewhere
        as("mitglied", () -> proposals.withdraw(withdrawn, proposals.get(withdrawn).version(), "Hat sich erledigt"));
        proposals.returnToGroup(returned, proposals.get(returned).version(), "Bitte Kostenplan beifügen");
        proposals.returnToGroup(movedOn, proposals.get(movedOn).version(), "Bitte überarbeiten");
        as("mitglied", () -> proposals.submit(movedOn, proposals.get(movedOn).version()));
        meetings.addProposal(other, version(other), movedOn);

        meetings.removeItem(id, version(id), withdrawnItem);
        meetings.cancel(id, version(id), "Der Saal ist nicht verfügbar");

        assertThat(meetings.get(id).status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(proposals.get(withdrawn).status()).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThat(proposals.get(returned).status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(proposals.get(movedOn).status()).as("still on the other meeting's agenda").isEqualTo(ProposalStatus.SCHEDULED);
        assertThat(proposals.timeline(movedOn).get(0).cause().id()).isEqualTo(other);
    }

    // ---- carry-over -------------------------------------------------------------------------------------

    @Test
    void a_deferred_item_of_the_previous_meeting_is_offered_taken_with_its_proposal_and_not_offered_again() {
        long previous = planNorth(20);
        long proposal = submitted("Spielplatz am Teich");
        long deferredItem = meetings.addProposal(previous, version(previous), proposal);
        long otherItem = addItem(previous, "Bericht", false);
        publish(previous);
        // the live console that will defer items does not exist yet: close the meeting as it would
        jdbc.update("UPDATE meeting SET status = 'CLOSED' WHERE id = ?", previous);
        jdbc.update("UPDATE agenda_item SET state = 'DEFERRED' WHERE item_id = ?", deferredItem);
        jdbc.update("UPDATE agenda_item SET state = 'DONE' WHERE item_id = ?", otherItem);
        proposals.unschedule(proposal, UnscheduleReason.DEFERRED, "Kostenplan fehlt", null);
        long next = planNorth(30);

        List<AgendaSuggestion> suggestions = meetings.suggestions(next);

        assertThat(suggestions).singleElement().satisfies(s -> {
            assertThat(s.key()).isEqualTo("deferred:" + deferredItem);
            assertThat(s.sourceKey()).isEqualTo("meeting.suggestion.deferred");
            assertThat(s.title()).isEqualTo("Spielplatz am Teich");
            assertThat(s.kind()).isEqualTo(AgendaItemKind.DECISION);
            assertThat(s.proposalId()).isEqualTo(proposal);
            assertThat(s.origin().label()).startsWith("TOP 5 · Ordentliche Sitzung, ");
            assertThat(s.origin().route()).isEqualTo("sitzungen/" + previous);
        });

        long taken = meetings.addSuggestion(next, version(next), "deferred:" + deferredItem);

        MeetingDetails meeting = meetings.get(next);
        assertThat(entry(meeting, taken).title()).isEqualTo("Spielplatz am Teich");
        assertThat(entry(meeting, taken).proposalId()).isEqualTo(proposal);
        assertThat(entry(meeting, taken).number()).isEqualTo("5");
        assertThat(proposals.get(proposal).status()).isEqualTo(ProposalStatus.SCHEDULED);
        assertThat(proposals.timeline(proposal).get(0).cause().id()).isEqualTo(next);
        assertThat(meetings.suggestions(next)).isEmpty();
        assertThatThrownBy(() -> meetings.addSuggestion(next, version(next), "deferred:" + deferredItem))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.rule.suggestionGone"));
    }

    @Test
    void a_deferred_standing_item_of_the_template_is_not_offered_again_as_the_new_agenda_has_it() {
        long previous = planNorth(20);
        long opening = meetings.get(previous).agenda().get(0).itemId();
        long report = addItem(previous, "Bericht Quartiersmanagement", false);
        jdbc.update("UPDATE meeting SET status = 'CLOSED' WHERE id = ?", previous);
        jdbc.update("UPDATE agenda_item SET state = 'DEFERRED' WHERE item_id IN (?, ?)", opening, report);
        long next = planNorth(30);
        assertThat(titles(meetings.get(next))).as("from the template").contains("Eröffnung und Begrüßung");

        assertThat(meetings.suggestions(next)).extracting(AgendaSuggestion::key).containsExactly("deferred:" + report);
    }

    @Test
    void a_deferred_item_without_a_proposal_is_carried_over_as_a_plain_item() {
        long previous = planNorth(20);
        long item = addItem(previous, "Verkehrsberuhigung Schulweg", true);
        jdbc.update("UPDATE meeting SET status = 'CLOSED' WHERE id = ?", previous);
        jdbc.update("UPDATE agenda_item SET state = 'DEFERRED' WHERE item_id = ?", item);
        long next = planNorth(30);

        long taken = meetings.addSuggestion(next, version(next), "deferred:" + item);

        AgendaEntry entry = entry(meetings.get(next), taken);
        assertThat(entry.title()).isEqualTo("Verkehrsberuhigung Schulweg");
        assertThat(entry.data().nonPublic()).isTrue();
        assertThat(entry.proposalId()).isNull();
        assertThat(meetings.suggestions(next)).isEmpty();
        assertThatThrownBy(() -> as("lrmitglied", () -> meetings.suggestions(next)))
                .as("suggestions are for planners").isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
