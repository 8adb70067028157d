package de.lenkrunde.audit;

import de.lenkrunde.IntegrationTest;
import de.lenkrunde.people.GlobalRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditServiceTest extends IntegrationTest {

    private static final Pageable PAGE = PageRequest.of(0, 100);

    @Autowired
    AuditService audit;

    @BeforeEach
    void entries() {
        testData.account("admin", Set.of(GlobalRole.ADMIN), Set.of());
        testData.account("jemand", Set.of(GlobalRole.COORDINATOR, GlobalRole.FINANCE), Set.of());
        // Setting up the accounts wrote entries of its own; the test works on a known trail.
        jdbc.update("DELETE FROM audit_entry");
        // 9 March 23:30 UTC is already 10 March in Berlin; 10 March 23:30 UTC is 11 March.
        entry("2026-03-09T22:59:00Z", "anna", "BODY_CREATED", "Lenkrunde Teltow", "Anlage mit 50% Förderung");
        entry("2026-03-09T23:30:00Z", "bernd", "BODY_UPDATED", "Lenkrunde Teltow", "Name geändert");
        entry("2026-03-10T12:00:00Z", "anna", "MEMBERSHIP_ADDED", "Fokusgruppe Jugend", "Carla Cramer MEMBER");
        entry("2026-03-10T22:59:00Z", "bernd", "BODY_UPDATED", "Fokusgruppe Jugend", "Förderung 500 €");
        entry("2026-03-10T23:30:00Z", "anna", "LOGIN_FAILED", "anna", "failures=1");
    }

    private void entry(String at, String actor, String action, String label, String details) {
        jdbc.update("""
                INSERT INTO audit_entry (occurred_at, actor_login, action, ref_kind, ref_id, ref_label, ref_route, details)
                VALUES (?, ?, ?, 'BODY', 1, ?, 'verwaltung/gremien', ?)""", Timestamp.from(Instant.parse(at)), actor, action, label, details);
    }

    private List<String> details(AuditFilter filter) {
        return audit.list(filter, PAGE).stream().map(AuditEntry::details).toList();
    }

    @Test
    void without_filter_all_entries_come_newest_first() {
        signInAs("admin");
        List<AuditEntry> entries = audit.list(AuditFilter.none(), PAGE);

        assertThat(entries).extracting(AuditEntry::details).containsExactly("failures=1", "Förderung 500 €",
                "Carla Cramer MEMBER", "Name geändert", "Anlage mit 50% Förderung");
        assertThat(entries.get(0).occurredAt()).isEqualTo(Instant.parse("2026-03-10T23:30:00Z"));
        assertThat(entries.get(0).subject().label()).isEqualTo("anna");
        assertThat(entries.get(0).subject().route()).isEqualTo("verwaltung/gremien");
        assertThat(audit.count(AuditFilter.none())).isEqualTo(5);
    }

    @Test
    void pages_do_not_overlap() {
        signInAs("admin");
        List<AuditEntry> first = audit.list(AuditFilter.none(), PageRequest.of(0, 2));
        List<AuditEntry> second = audit.list(AuditFilter.none(), PageRequest.of(1, 2));
        List<AuditEntry> third = audit.list(AuditFilter.none(), PageRequest.of(2, 2));

        assertThat(first).hasSize(2);
        assertThat(second).hasSize(2);
        assertThat(third).hasSize(1);
        assertThat(first).extracting(AuditEntry::id).doesNotContainAnyElementsOf(second.stream().map(AuditEntry::id).toList());
    }

    @Test
    void the_text_filter_searches_actor_subject_and_details() {
        signInAs("admin");
        assertThat(details(new AuditFilter("bernd", null, null, null))).containsExactly("Förderung 500 €", "Name geändert");
        assertThat(details(new AuditFilter("fokusgruppe", null, null, null))).containsExactly("Förderung 500 €", "Carla Cramer MEMBER");
        assertThat(details(new AuditFilter(" Cramer ", null, null, null))).containsExactly("Carla Cramer MEMBER");
        assertThat(audit.count(new AuditFilter("Förderung", null, null, null))).isEqualTo(2);
    }

    @Test
    void percent_and_underscore_in_the_text_filter_are_taken_literally() {
        signInAs("admin");
        assertThat(details(new AuditFilter("50%", null, null, null))).containsExactly("Anlage mit 50% Förderung");
        assertThat(details(new AuditFilter("%", null, null, null))).containsExactly("Anlage mit 50% Förderung");
        assertThat(details(new AuditFilter("_", null, null, null))).isEmpty();
    }

    @Test
    void the_action_filter_matches_exactly() {
        signInAs("admin");
        assertThat(details(new AuditFilter(null, "BODY_UPDATED", null, null))).containsExactly("Förderung 500 €", "Name geändert");
        assertThat(details(new AuditFilter(null, "BODY", null, null))).isEmpty();
        assertThat(audit.count(new AuditFilter("anna", "BODY_CREATED", null, null))).isEqualTo(1);
    }

    @Test
    void the_date_range_is_made_of_whole_berlin_calendar_days() {
        signInAs("admin");
        LocalDate tenth = LocalDate.of(2026, 3, 10);

        assertThat(details(new AuditFilter(null, null, tenth, tenth)))
                .containsExactly("Förderung 500 €", "Carla Cramer MEMBER", "Name geändert");
        assertThat(details(new AuditFilter(null, null, tenth.plusDays(1), null))).containsExactly("failures=1");
        assertThat(details(new AuditFilter(null, null, null, tenth.minusDays(1)))).containsExactly("Anlage mit 50% Förderung");
        assertThat(audit.count(new AuditFilter(null, null, tenth.minusDays(1), tenth.plusDays(1)))).isEqualTo(5);
        assertThat(audit.count(new AuditFilter(null, null, LocalDate.of(2026, 4, 1), null))).isZero();
    }

    @Test
    void filters_combine() {
        signInAs("admin");
        LocalDate tenth = LocalDate.of(2026, 3, 10);
        assertThat(details(new AuditFilter("bernd", "BODY_UPDATED", tenth, tenth))).containsExactly("Förderung 500 €", "Name geändert");
        assertThat(details(new AuditFilter("Teltow", "BODY_UPDATED", tenth, tenth))).containsExactly("Name geändert");
    }

    @Test
    void the_actions_for_the_filter_are_those_in_the_trail() {
        signInAs("admin");
        assertThat(audit.actions()).containsExactly("BODY_CREATED", "BODY_UPDATED", "LOGIN_FAILED", "MEMBERSHIP_ADDED");
    }

    @Test
    void only_admins_may_read_the_trail() {
        signInAs("jemand");
        assertThatThrownBy(() -> audit.list(AuditFilter.none(), PAGE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.count(AuditFilter.none())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.actions()).isInstanceOf(AccessDeniedException.class);
    }
}
