package de.lenkrunde.live;

import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.meetings.MeetingStatus;
import de.lenkrunde.meetings.RunItem;
import de.lenkrunde.meetings.RunState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The projector link: made, renewed and revoked by the chair and deputy only; whoever holds the token — without any
 * login — sees the public picture of the meeting and never its non-public part.
 */
class ProjectorServiceTest extends LiveIntegrationTest {

    @Autowired
    private ProjectorService projector;

    private Optional<RunState> anonymously(String token) {
        SecurityContextHolder.clearContext();
        return projector.projection(token);
    }

    private void makeCurrent(long itemId) {
        jdbcClient.sql("UPDATE meeting SET current_item_id = :item, current_item_since = NOW(6) WHERE id = :id")
                .param("item", itemId).param("id", meetingId).update();
    }

    @Test
    void the_chair_makes_a_link_that_shows_the_public_picture_without_a_login() {
        ProjectorLink link = as("vorsitz", () -> projector.createLink(meetingId));
        makeCurrent(item);

        assertThat(link.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(link.route()).isEqualTo("beamer/" + link.token());
        assertThat(link.createdByName()).isEqualTo("Vorsitz Test");
        RunState state = anonymously(link.token()).orElseThrow();
        assertThat(state.meetingId()).isEqualTo(meetingId);
        assertThat(state.bodyName()).isEqualTo("Lenkrunde Nordstadt");
        assertThat(state.status()).isEqualTo(MeetingStatus.IN_PROGRESS);
        assertThat(state.currentItemId()).isEqualTo(item);
        assertThat(state.items()).extracting(RunItem::title).doesNotContain("Personalangelegenheit");
        assertThat(state.nonPublicVisible()).isFalse();
        assertThat(state.actions()).isEmpty();
        assertThat(state.quorum()).as("the room sees no attendance figures").isNull();
        assertThat(as("stellvertretung", () -> projector.activeLink(meetingId))).contains(link);
        assertThat(auditDetails(meetingId)).isEmpty();
        assertThat(jdbcClient.sql("SELECT action FROM audit_entry WHERE ref_id = :id AND action LIKE 'PROJECTOR%'")
                .param("id", meetingId).query(String.class).list()).containsExactly("PROJECTOR_LINK_CREATED");
    }

    @Test
    void during_a_non_public_item_the_projector_shows_only_that_the_non_public_part_runs() {
        ProjectorLink link = as("vorsitz", () -> projector.createLink(meetingId));
        makeCurrent(secretItem);

        RunState state = anonymously(link.token()).orElseThrow();

        assertThat(state.currentItemId()).isNull();
        assertThat(state.currentItemSince()).isNull();
        assertThat(state.currentHidden()).isTrue();
        assertThat(state.items()).extracting(RunItem::itemId).containsExactly(
                state.items().stream().filter(i -> !i.nonPublic()).map(RunItem::itemId).toArray(Long[]::new));
        assertThat(state.items()).noneMatch(RunItem::nonPublic);
    }

    @Test
    void a_new_link_revokes_the_old_one_and_a_revoked_link_shows_nothing() {
        List<LiveEvent> events = events(meetingId);
        ProjectorLink first = as("vorsitz", () -> projector.createLink(meetingId));
        ProjectorLink second = as("stellvertretung", () -> projector.createLink(meetingId));

        assertThat(second.token()).isNotEqualTo(first.token());
        assertThat(anonymously(first.token())).isEmpty();
        assertThat(anonymously(second.token())).isPresent();

        as("vorsitz", () -> projector.revokeLink(meetingId));

        assertThat(anonymously(second.token())).isEmpty();
        assertThat(as("vorsitz", () -> projector.activeLink(meetingId))).isEmpty();
        assertThat(events).extracting(LiveEvent::kind).as("open projectors are told at once")
                .containsExactly(LiveEvent.Kind.PROJECTOR_LINK_CHANGED, LiveEvent.Kind.PROJECTOR_LINK_CHANGED);
        assertThat(jdbcClient.sql("SELECT action FROM audit_entry WHERE ref_id = :id AND action LIKE 'PROJECTOR%' ORDER BY id")
                .param("id", meetingId).query(String.class).list())
                .containsExactly("PROJECTOR_LINK_CREATED", "PROJECTOR_LINK_RENEWED", "PROJECTOR_LINK_REVOKED");
    }

    @Test
    void unknown_or_malformed_tokens_show_nothing() {
        as("vorsitz", () -> projector.createLink(meetingId));

        assertThat(anonymously(null)).isEmpty();
        assertThat(anonymously("")).isEmpty();
        assertThat(anonymously("' OR 1=1 --")).isEmpty();
        assertThat(anonymously("A".repeat(43))).isEmpty();
    }

    @Test
    void only_the_chair_and_the_deputy_manage_the_link() {
        for (String login : List.of("protokoll", "lrmitglied", "lrgast", "suedmitglied", "aussen")) {
            assertThatThrownBy(() -> as(login, () -> projector.createLink(meetingId))).as(login)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(login, () -> projector.revokeLink(meetingId))).as(login)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(login, () -> projector.activeLink(meetingId))).as(login)
                    .isInstanceOf(AccessDeniedException.class);
        }
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> projector.createLink(meetingId)).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_meeting_that_was_never_invited_to_gets_no_link() {
        long planned = plannedMeeting(40);

        assertThatThrownBy(() -> as("vorsitz", () -> projector.createLink(planned)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("live.projector.rule.notLinkable"));
    }

    @Test
    void a_link_of_a_cancelled_meeting_shows_nothing() {
        ProjectorLink link = as("vorsitz", () -> projector.createLink(meetingId));
        setStatus(meetingId, MeetingStatus.CANCELLED);

        assertThat(anonymously(link.token())).isEmpty();
    }
}
