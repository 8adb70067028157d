package de.lenkrunde.meetings;

import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.bodies.AgendaItemKind;
import de.lenkrunde.documents.DocumentInfo;
import de.lenkrunde.documents.DocumentService;
import de.lenkrunde.documents.SampleFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may do what with meetings (DESIGN.md §5), per role: planning, the agenda, publishing and cancelling are
 * for admins, the coordinators of the body's region, its chair and deputy; reading a planned meeting is for
 * the body's insiders; a published one everybody signed in reads, its non-public items only the insiders.
 * A planned meeting stays hidden from those who may not read it: to them it does not exist (as a draft
 * proposal), so they get "not found" rather than "not allowed".
 */
class MeetingAccessTest extends MeetingIntegrationTest {

    /** Admin, coordinator of the body's region, chair, deputy. */
    private static final List<String> PLANNERS = List.of("admin", "koordination", "vorsitz", "stellvertretung");
    /** Read the body's planned meetings and non-public items, but do not plan. */
    private static final List<String> INSIDERS = List.of("protokoll", "lrmitglied");
    /** Neither plan nor read non-public items of the northern steering round. */
    private static final List<String> OUTSIDERS = List.of("lrgast", "finanzen", "aussen", "koordsued", "suedmitglied", "mitglied");

    @Autowired
    private DocumentService documents;

    // ---- role × action --------------------------------------------------------------------------------

    @Test
    void planning_is_for_admins_the_regions_coordinators_the_chair_and_the_deputy() {
        for (int i = 0; i < PLANNERS.size(); i++) {
            String login = PLANNERS.get(i);
            int days = 30 + i;
            long id = as(login, () -> meetings.plan(world.steeringNorth(), data(inDays(days), 18, 20), List.of()));
            assertThat(details(id).status()).as(login).isEqualTo(MeetingStatus.PLANNED);
            assertThat(as(login, () -> meetings.plannableBodies())).as(login).extracting(b -> b.id()).contains(world.steeringNorth());
        }
        for (String login : concat(INSIDERS, OUTSIDERS)) {
            assertThatThrownBy(() -> as(login, () -> meetings.plan(world.steeringNorth(), data(inDays(50), 18, 20), List.of())))
                    .as(login).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(login, () -> meetings.proposeNew(world.steeringNorth())))
                    .as(login).isInstanceOf(AccessDeniedException.class);
            assertThat(as(login, () -> meetings.plannableBodies())).as(login).extracting(b -> b.id())
                    .doesNotContain(world.steeringNorth());
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM meeting", Integer.class)).isEqualTo(PLANNERS.size());
    }

    @Test
    void only_planners_change_the_agenda_insiders_are_refused_and_outsiders_do_not_see_a_planned_meeting() {
        long id = planNorth(30);
        for (String login : PLANNERS) {
            as(login, () -> meetings.addItem(id, version(id), item("Punkt von " + login)));
        }
        assertThat(titles(details(id))).contains("Punkt von admin", "Punkt von koordination", "Punkt von vorsitz",
                "Punkt von stellvertretung");
        long before = version(id);
        for (String login : INSIDERS) {
            assertThatThrownBy(() -> as(login, () -> meetings.addItem(id, before, item("Von " + login))))
                    .as(login).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(login, () -> meetings.moveItem(id, before, details(id).agenda().get(1).itemId(), 0)))
                    .as(login).isInstanceOf(AccessDeniedException.class);
        }
        for (String login : OUTSIDERS) {
            assertThatThrownBy(() -> as(login, () -> meetings.addItem(id, before, item("Von " + login))))
                    .as(login).isInstanceOf(RecordNotFoundException.class);
        }
        assertThat(version(id)).isEqualTo(before);
    }

    @Test
    void on_a_published_meeting_everyone_but_the_planners_is_refused_the_agenda() {
        long id = planNorth(30);
        publish(id);
        long before = version(id);
        for (String login : concat(INSIDERS, OUTSIDERS)) {
            assertThatThrownBy(() -> as(login, () -> meetings.addItem(id, before, item("Von " + login))))
                    .as(login).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(login, () -> meetings.removeItem(id, before, details(id).agenda().get(0).itemId())))
                    .as(login).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(login, () -> meetings.cancel(id, before, "Von " + login)))
                    .as(login).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(login, () -> meetings.waitingProposals(id)))
                    .as(login).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(version(id)).isEqualTo(before);
        assertThat(details(id).status()).isEqualTo(MeetingStatus.INVITED);
    }

    @Test
    void publishing_is_for_planners() {
        for (int i = 0; i < PLANNERS.size(); i++) {
            String login = PLANNERS.get(i);
            long id = planNorth(30 + i);
            as(login, () -> meetings.publish(id, version(id), false));
            assertThat(details(id).status()).as(login).isEqualTo(MeetingStatus.INVITED);
        }
        long id = planNorth(40);
        for (String login : INSIDERS) {
            assertThatThrownBy(() -> as(login, () -> meetings.publish(id, version(id), true)))
                    .as(login).isInstanceOf(AccessDeniedException.class);
        }
        for (String login : OUTSIDERS) {
            assertThatThrownBy(() -> as(login, () -> meetings.publish(id, version(id), true)))
                    .as(login).isInstanceOf(RecordNotFoundException.class);
        }
        assertThat(details(id).status()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(mails(id)).isEmpty();
    }

    @Test
    void cancelling_is_for_planners() {
        for (int i = 0; i < PLANNERS.size(); i++) {
            String login = PLANNERS.get(i);
            long id = planNorth(30 + i);
            publish(id);
            as(login, () -> meetings.cancel(id, version(id), "abgesagt von " + login));
            assertThat(details(id).status()).as(login).isEqualTo(MeetingStatus.CANCELLED);
        }
        long planned = planNorth(40);
        for (String login : INSIDERS) {
            assertThatThrownBy(() -> as(login, () -> meetings.cancel(planned, version(planned), "nein")))
                    .as(login).isInstanceOf(AccessDeniedException.class);
        }
        for (String login : OUTSIDERS) {
            assertThatThrownBy(() -> as(login, () -> meetings.cancel(planned, version(planned), "nein")))
                    .as(login).isInstanceOf(RecordNotFoundException.class);
        }
        assertThat(details(planned).status()).isEqualTo(MeetingStatus.PLANNED);
    }

    // ---- reading ------------------------------------------------------------------------------------------

    @Test
    void a_planned_meeting_is_read_by_the_bodys_insiders_only() {
        long id = planNorth(30);
        long secret = addItem(id, "Personalangelegenheit", true);

        for (String login : concat(PLANNERS, INSIDERS)) {
            MeetingDetails seen = as(login, () -> meetings.get(id));
            assertThat(seen.nonPublicVisible()).as(login).isTrue();
            assertThat(seen.agenda()).as(login).extracting(AgendaEntry::itemId).contains(secret);
        }
        for (String login : OUTSIDERS) {
            assertThatThrownBy(() -> as(login, () -> meetings.get(id))).as(login).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> as(login, () -> meetings.invitationPdf(id))).as(login)
                    .isInstanceOf(RecordNotFoundException.class);
        }
    }

    @Test
    void a_published_meeting_shows_its_non_public_items_to_insiders_and_its_public_part_to_everyone_else() {
        long id = planNorth(30);
        long secret = addItem(id, "Personalangelegenheit", true);
        long open = addItem(id, "Bericht Jugend", false);
        publish(id);

        MeetingDetails forMember = as("lrmitglied", () -> meetings.get(id));
        assertThat(forMember.nonPublicVisible()).isTrue();
        assertThat(forMember.agenda()).extracting(AgendaEntry::itemId).contains(secret, open);
        assertThat(forMember.invitees()).isNotEmpty();
        assertThat(forMember.guests()).as("guests' addresses are for planners").isEmpty();
        assertThat(forMember.actions()).isEmpty();

        for (String login : OUTSIDERS) {
            MeetingDetails seen = as(login, () -> meetings.get(id));
            assertThat(seen.nonPublicVisible()).as(login).isFalse();
            assertThat(seen.agenda()).as(login).extracting(AgendaEntry::itemId).contains(open).doesNotContain(secret);
            assertThat(seen.agenda()).as(login).extracting(AgendaEntry::title).doesNotContain("Personalangelegenheit");
            assertThat(seen.invitees()).as(login).isEmpty();
            assertThat(seen.actions()).as(login).isEmpty();
        }
        MeetingDetails forChair = details(id);
        assertThat(forChair.agenda()).extracting(AgendaEntry::itemId).contains(secret);
        assertThat(forChair.actions()).contains(MeetingAction.EDIT, MeetingAction.CANCEL);
    }

    @Test
    void lists_counts_and_the_month_show_planned_meetings_only_to_insiders_of_their_body() {
        long planned = planNorth(30);
        long published = planNorth(31);
        publish(published);
        long south = as("admin", () -> meetings.plan(world.steeringSouth(), data(inDays(30), 18, 20), List.of()));
        long cancelled = planNorth(32);
        meetings.cancel(cancelled, version(cancelled), "entfällt");
        MeetingFilter upcoming = new MeetingFilter(null, MeetingFilter.When.UPCOMING, null, null, false, false);
        MeetingFilter mine = MeetingFilter.upcomingOfMine();

        assertThat(listed("aussen", upcoming)).containsExactly(published);
        assertThat(as("aussen", () -> meetings.count(upcoming))).isEqualTo(1);
        assertThat(listed("aussen", mine)).isEmpty();
        assertThat(listed("lrgast", upcoming)).containsExactly(published);
        assertThat(listed("lrgast", mine)).as("a guest member's own body").containsExactly(published);
        assertThat(listed("lrmitglied", upcoming)).containsExactly(planned, published);
        assertThat(as("lrmitglied", () -> meetings.count(upcoming))).isEqualTo(2);
        assertThat(listed("suedmitglied", upcoming)).as("the planned meeting of their own body and the published one")
                .containsExactly(south, published);
        assertThat(listed("suedmitglied", mine)).containsExactly(south);
        assertThat(listed("koordsued", upcoming)).containsExactlyInAnyOrder(south, published);
        assertThat(listed("admin", upcoming)).containsExactlyInAnyOrder(planned, published, south);
        assertThat(as("admin", () -> meetings.count(upcoming))).isEqualTo(3);
        assertThat(listed("vorsitz", new MeetingFilter(null, MeetingFilter.When.UPCOMING, null, null, false, true)))
                .containsExactly(planned, published, cancelled);
        assertThat(listed("vorsitz", new MeetingFilter(world.steeringNorth(), MeetingFilter.When.PAST, null, null, false, true)))
                .isEmpty();
        assertThat(listed("lrmitglied", new MeetingFilter(null, MeetingFilter.When.UPCOMING, inDays(31), inDays(31), false, false)))
                .containsExactly(published);

        assertThat(monthsOf("aussen")).contains(published).doesNotContain(planned, south, cancelled);
        assertThat(monthsOf("lrmitglied")).contains(planned, published, cancelled).doesNotContain(south);
        assertThat(monthsOf("admin")).contains(planned, published, south, cancelled);
        assertThat(as("lrmitglied", () -> meetings.month(YearMonth.from(inDays(30)), world.steeringSouth(), false))).isEmpty();
        assertThat(as("lrmitglied", () -> meetings.month(YearMonth.from(inDays(31)), null, false)))
                .filteredOn(m -> m.id() == published).singleElement()
                .satisfies(m -> assertThat(m.bodyName()).isEqualTo("Lenkrunde Nordstadt"));
    }

    @Test
    void a_meeting_cancelled_before_it_was_published_stays_hidden_from_outsiders() {
        long neverPublished = planNorth(30);
        long open = addItem(neverPublished, "Bericht Jugend", false);
        DocumentInfo attachment = documents.attach(MeetingService.DOCUMENT_KIND, open, "vorlage.pdf", SampleFiles.pdf());
        meetings.cancel(neverPublished, version(neverPublished), "doch nicht");
        long published = planNorth(31);
        publish(published);
        meetings.cancel(published, version(published), "Saal belegt");
        MeetingFilter withCancelled = new MeetingFilter(null, MeetingFilter.When.UPCOMING, null, null, false, true);

        for (String login : OUTSIDERS) {
            assertThatThrownBy(() -> as(login, () -> meetings.get(neverPublished))).as(login)
                    .isInstanceOf(RecordNotFoundException.class);
            assertThat(listed(login, withCancelled)).as(login).containsExactly(published);
            assertThat(monthsOf(login)).as(login).contains(published).doesNotContain(neverPublished);
            assertThatThrownBy(() -> as(login, () -> documents.open(attachment.id()))).as(login)
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(as(login, () -> meetings.get(published)).cancelReason()).as(login).isEqualTo("Saal belegt");
        }
        assertThat(as("lrmitglied", () -> meetings.get(neverPublished)).status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(listed("lrmitglied", withCancelled)).containsExactly(neverPublished, published);
        assertThat(as("lrmitglied", () -> documents.open(attachment.id())).content()).isEqualTo(SampleFiles.pdf());
    }

    // ---- attachments of agenda items ----------------------------------------------------------------------

    @Test
    void planners_attach_to_items_and_after_publishing_outsiders_read_the_public_items_attachments_only() {
        long id = planNorth(30);
        long open = addItem(id, "Bericht Jugend", false);
        long secret = addItem(id, "Personalangelegenheit", true);
        DocumentInfo openDoc = documents.attach(MeetingService.DOCUMENT_KIND, open, "vorlage.pdf", SampleFiles.pdf());
        DocumentInfo secretDoc = as("stellvertretung",
                () -> documents.attach(MeetingService.DOCUMENT_KIND, secret, "personal.pdf", SampleFiles.pdf()));
        for (String login : concat(INSIDERS, OUTSIDERS)) {
            assertThatThrownBy(() -> as(login, () -> documents.attach(MeetingService.DOCUMENT_KIND, open, "x.pdf", SampleFiles.pdf())))
                    .as(login).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as("aussen", () -> documents.list(MeetingService.DOCUMENT_KIND, open)))
                .as("not before publishing").isInstanceOf(AccessDeniedException.class);
        assertThat(as("lrmitglied", () -> documents.list(MeetingService.DOCUMENT_KIND, secret))).extracting(DocumentInfo::id)
                .containsExactly(secretDoc.id());

        publish(id);

        assertThat(as("aussen", () -> documents.list(MeetingService.DOCUMENT_KIND, open))).extracting(DocumentInfo::id)
                .containsExactly(openDoc.id());
        assertThat(as("aussen", () -> documents.open(openDoc.id())).content()).isEqualTo(SampleFiles.pdf());
        assertThatThrownBy(() -> as("aussen", () -> documents.list(MeetingService.DOCUMENT_KIND, secret)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("aussen", () -> documents.open(secretDoc.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("lrgast", () -> documents.open(secretDoc.id()))).isInstanceOf(AccessDeniedException.class);
        assertThat(as("lrmitglied", () -> documents.open(secretDoc.id())).content()).isEqualTo(SampleFiles.pdf());
        assertThat(as("aussen", () -> documents.rights(MeetingService.DOCUMENT_KIND, open)).attach()).isFalse();

        // once cancelled, the agenda and its attachments are closed for changes
        meetings.cancel(id, version(id), "entfällt");
        assertThatThrownBy(() -> documents.attach(MeetingService.DOCUMENT_KIND, open, "spaet.pdf", SampleFiles.pdf()))
                .isInstanceOf(AccessDeniedException.class);
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private List<Long> listed(String login, MeetingFilter filter) {
        return as(login, () -> meetings.list(filter, PageRequest.of(0, 50))).stream().map(MeetingListItem::id).toList();
    }

    /** The month overview of the months the meetings in 30 to 32 days fall in (with cancelled ones, as it shows them). */
    private List<Long> monthsOf(String login) {
        return java.util.stream.Stream.of(inDays(30), inDays(32)).map(YearMonth::from).distinct()
                .flatMap(month -> as(login, () -> meetings.month(month, null, false)).stream())
                .map(MeetingListItem::id).toList();
    }

    private static AgendaItemData item(String title) {
        return new AgendaItemData(title, AgendaItemKind.INFORMATION, 5, null, false, null);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
