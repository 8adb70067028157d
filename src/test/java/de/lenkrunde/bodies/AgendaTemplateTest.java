package de.lenkrunde.bodies;

import de.lenkrunde.IntegrationTest;
import de.lenkrunde.TestData;
import de.lenkrunde.TestData.World;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.people.GlobalRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.AccessDeniedException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The agenda template of a body: who may read and change it, what is refused, and how it starts. */
class AgendaTemplateTest extends IntegrationTest {

    private static final List<AgendaTemplateItem> CUSTOM = List.of(
            new AgendaTemplateItem("Begrüßung", AgendaItemKind.INFORMATION, 5, false, false),
            new AgendaTemplateItem("Berichte aus den Fokusgruppen", AgendaItemKind.DISCUSSION, 30, false, false),
            new AgendaTemplateItem("Personalangelegenheiten", AgendaItemKind.DECISION, 15, true, false),
            new AgendaTemplateItem("Verschiedenes", AgendaItemKind.INFORMATION, 10, false, true));

    @Autowired
    BodyService bodies;

    World world;

    @BeforeEach
    void world() {
        world = testData.world();
        testData.account("admin", Set.of(GlobalRole.ADMIN), Set.of());
    }

    private long version(long bodyId) {
        return jdbc.queryForObject("SELECT version FROM body WHERE id = ?", Long.class, bodyId);
    }

    private List<String> storedTitles(long bodyId) {
        return jdbc.queryForList("SELECT title FROM body_agenda_template_item WHERE body_id = ? ORDER BY position",
                String.class, bodyId);
    }

    private int auditEntries() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'BODY_AGENDA_TEMPLATE_UPDATED'",
                Integer.class);
    }

    @Test
    void the_standard_template_has_five_items_with_verschiedenes_at_the_end() {
        assertThat(AgendaTemplateItem.standard()).extracting(AgendaTemplateItem::title).containsExactly(
                "Eröffnung und Begrüßung",
                "Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit",
                "Genehmigung der Tagesordnung",
                "Genehmigung der Niederschrift der letzten Sitzung",
                "Verschiedenes");
        assertThat(AgendaTemplateItem.standard()).extracting(AgendaTemplateItem::kind).containsExactly(
                AgendaItemKind.INFORMATION, AgendaItemKind.INFORMATION, AgendaItemKind.DECISION, AgendaItemKind.DECISION,
                AgendaItemKind.INFORMATION);
        assertThat(AgendaTemplateItem.standard()).extracting(AgendaTemplateItem::plannedMinutes).containsExactly(5, 5, 5, 5, 10);
        assertThat(AgendaTemplateItem.standard()).extracting(AgendaTemplateItem::atEnd).containsExactly(false, false, false, false, true);
        assertThat(AgendaTemplateItem.standard()).noneMatch(AgendaTemplateItem::nonPublic);
    }

    @Test
    void a_new_body_starts_with_the_standard_template() {
        signInAs("admin");
        long id = bodies.create(TestData.body(BodyType.CONFERENCE, "Sozialraumkonferenz Nord", "SRK-NOR", world.townNorth()));

        assertThat(bodies.agendaTemplate(id)).isEqualTo(AgendaTemplateItem.standard());
        assertThat(bodies.agendaTemplate(world.steeringNorth())).isEqualTo(AgendaTemplateItem.standard());
        assertThat(jdbc.queryForList("SELECT position FROM body_agenda_template_item WHERE body_id = ? ORDER BY position",
                Integer.class, id)).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void the_migration_gives_every_existing_body_the_standard_template() throws IOException {
        // A body as it was before the changeset: no template rows at all.
        jdbc.update("DELETE FROM body_agenda_template_item");
        jdbc.update("""
                INSERT INTO body (version, type, name, short_code, area_id, active, notice_period_days, quorum_rule, circulation_allowed)
                VALUES (0, 'FOCUS_GROUP', 'Fokusgruppe Alt', 'FG-ALT', ?, TRUE, 7, 'MORE_THAN_HALF', FALSE)
                """, world.townNorth());
        long old = jdbc.queryForObject("SELECT id FROM body WHERE short_code = 'FG-ALT'", Long.class);

        jdbc.execute(seedStatementOfTheChangeset());

        signInAs("admin");
        for (long bodyId : List.of(old, world.steeringNorth(), world.focusNorth(), world.steeringSouth())) {
            assertThat(bodies.agendaTemplate(bodyId)).as("body " + bodyId).isEqualTo(AgendaTemplateItem.standard());
        }
        // The seeded rows are read and rewritten like any other: the body can be edited as usual.
        bodies.updateAgendaTemplate(old, version(old), CUSTOM);
        assertThat(bodies.agendaTemplate(old)).isEqualTo(CUSTOM);
    }

    /** The INSERT of changeset 20261125-13-2, exactly as Liquibase ran it. */
    private static String seedStatementOfTheChangeset() throws IOException {
        String sql = new ClassPathResource("db/changelog/changes/20261125-13-body-agenda-template.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        String changeset = sql.substring(sql.indexOf("--changeset lenkrunde:20261125-13-2"));
        String insert = changeset.substring(changeset.indexOf("INSERT INTO"));
        return insert.substring(0, insert.indexOf(';'));
    }

    @Test
    void an_admin_replaces_the_template_and_the_order_is_kept() {
        signInAs("admin");
        long before = version(world.steeringSouth());
        bodies.updateAgendaTemplate(world.steeringSouth(), bodies.get(world.steeringSouth()).version(), CUSTOM);

        assertThat(bodies.agendaTemplate(world.steeringSouth())).isEqualTo(CUSTOM);
        assertThat(storedTitles(world.steeringSouth())).containsExactly("Begrüßung", "Berichte aus den Fokusgruppen",
                "Personalangelegenheiten", "Verschiedenes");
        assertThat(version(world.steeringSouth())).isEqualTo(before + 1);
        // The other bodies keep theirs.
        assertThat(bodies.agendaTemplate(world.steeringNorth())).isEqualTo(AgendaTemplateItem.standard());
    }

    @Test
    void a_coordinator_of_the_bodys_region_may_read_and_change_the_template() {
        testData.account("koord", Set.of(GlobalRole.COORDINATOR), Set.of(world.regionNorth()));
        signInAs("koord");
        BodyDetails body = bodies.get(world.focusNorth());
        assertThat(body.mayEditAgendaTemplate()).isTrue();
        assertThat(bodies.agendaTemplate(world.focusNorth())).hasSize(5);

        bodies.updateAgendaTemplate(world.focusNorth(), body.version(), CUSTOM);
        assertThat(bodies.agendaTemplate(world.focusNorth())).isEqualTo(CUSTOM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CHAIR", "DEPUTY"})
    void the_chair_and_the_deputy_may_read_and_change_the_template_but_not_the_settings(String role) {
        long chair = testData.account("vorsitz", Set.of(), Set.of());
        testData.member(world.steeringNorth(), chair, BodyRole.valueOf(role));
        signInAs("vorsitz");
        BodyDetails body = bodies.get(world.steeringNorth());
        assertThat(body.mayEditAgendaTemplate()).isTrue();
        assertThat(body.mayManageBody()).isFalse();
        assertThat(bodies.agendaTemplate(world.steeringNorth())).isEqualTo(AgendaTemplateItem.standard());

        bodies.updateAgendaTemplate(world.steeringNorth(), body.version(), CUSTOM);
        assertThat(bodies.agendaTemplate(world.steeringNorth())).isEqualTo(CUSTOM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MEMBER", "MINUTE_TAKER", "ADVISORY", "GUEST"})
    void other_members_of_the_body_may_neither_read_nor_change_the_template(String role) {
        long person = testData.account("mitglied", Set.of(), Set.of());
        testData.member(world.steeringNorth(), person, BodyRole.valueOf(role));
        assertRefused("mitglied", world.steeringNorth());
    }

    @Test
    void a_logged_in_outsider_may_neither_read_nor_change_the_template() {
        testData.account("jemand", Set.of(), Set.of());
        assertRefused("jemand", world.steeringNorth());
    }

    @Test
    void a_coordinator_of_another_region_and_the_chair_of_another_body_are_refused() {
        testData.account("koord", Set.of(GlobalRole.COORDINATOR), Set.of(world.regionNorth()));
        assertRefused("koord", world.steeringSouth());
        long chair = testData.account("vorsitz", Set.of(), Set.of());
        testData.member(world.steeringNorth(), chair, BodyRole.CHAIR);
        assertRefused("vorsitz", world.focusNorth());
    }

    @Test
    void finance_staff_may_not_change_the_template() {
        testData.account("finanzen", Set.of(GlobalRole.FINANCE), Set.of());
        assertRefused("finanzen", world.steeringNorth());
    }

    private void assertRefused(String login, long bodyId) {
        signInAs(login);
        long version = version(bodyId);
        assertThat(bodies.get(bodyId).mayEditAgendaTemplate()).isFalse();
        assertThatThrownBy(() -> bodies.agendaTemplate(bodyId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bodies.updateAgendaTemplate(bodyId, version, CUSTOM)).isInstanceOf(AccessDeniedException.class);
        // Refused before validation: even invalid input gets no hint about the rules.
        assertThatThrownBy(() -> bodies.updateAgendaTemplate(bodyId, version,
                List.of(new AgendaTemplateItem("", null, -1, false, false)))).isInstanceOf(AccessDeniedException.class);
        assertThat(storedTitles(bodyId)).hasSize(5).endsWith("Verschiedenes");
        assertThat(version(bodyId)).isEqualTo(version);
        assertThat(auditEntries()).isZero();
    }

    @Test
    void when_two_people_save_the_same_version_the_second_gets_an_edit_conflict_and_the_first_change_stays() {
        long chair = testData.account("vorsitz", Set.of(), Set.of());
        testData.member(world.steeringNorth(), chair, BodyRole.CHAIR);
        signInAs("admin");
        BodyDetails loadedByAdmin = bodies.get(world.steeringNorth());
        signInAs("vorsitz");
        BodyDetails loadedByChair = bodies.get(world.steeringNorth());

        signInAs("admin");
        bodies.updateAgendaTemplate(world.steeringNorth(), loadedByAdmin.version(), CUSTOM);

        signInAs("vorsitz");
        List<AgendaTemplateItem> chairs = new ArrayList<>(AgendaTemplateItem.standard());
        chairs.remove(3);
        assertThatThrownBy(() -> bodies.updateAgendaTemplate(world.steeringNorth(), loadedByChair.version(), chairs))
                .isInstanceOf(EditConflictException.class);

        assertThat(bodies.agendaTemplate(world.steeringNorth())).isEqualTo(CUSTOM);
        assertThat(auditEntries()).isEqualTo(1);
    }

    @Test
    void settings_and_template_share_the_bodys_version_so_a_stale_settings_save_is_a_conflict() {
        signInAs("admin");
        BodyDetails loaded = bodies.get(world.steeringNorth());
        bodies.updateAgendaTemplate(world.steeringNorth(), loaded.version(), CUSTOM);

        assertThatThrownBy(() -> bodies.update(world.steeringNorth(), loaded.version(), loaded.data()))
                .isInstanceOf(EditConflictException.class);
        assertThatThrownBy(() -> bodies.updateAgendaTemplate(world.steeringNorth(), loaded.version(), List.of()))
                .isInstanceOf(EditConflictException.class);
        assertThat(bodies.agendaTemplate(world.steeringNorth())).isEqualTo(CUSTOM);
    }

    @Test
    void saving_the_bodys_settings_keeps_its_template() {
        signInAs("admin");
        bodies.updateAgendaTemplate(world.focusNorth(), bodies.get(world.focusNorth()).version(), CUSTOM);
        BodyDetails body = bodies.get(world.focusNorth());
        BodyData d = body.data();
        bodies.update(world.focusNorth(), body.version(), new BodyData(d.type(), "Fokusgruppe Jugend Nordstadt",
                d.shortCode(), d.topic(), d.areaId(), d.active(), 14, d.quorumRule(), d.circulationAllowed()));

        assertThat(bodies.get(world.focusNorth()).data().name()).isEqualTo("Fokusgruppe Jugend Nordstadt");
        assertThat(bodies.agendaTemplate(world.focusNorth())).isEqualTo(CUSTOM);
    }

    @Test
    void an_empty_template_is_allowed() {
        signInAs("admin");
        bodies.updateAgendaTemplate(world.steeringNorth(), version(world.steeringNorth()), List.of());
        assertThat(bodies.agendaTemplate(world.steeringNorth())).isEmpty();
        assertThat(storedTitles(world.steeringNorth())).isEmpty();
    }

    @Test
    void bad_items_are_refused_field_by_field_with_their_index_and_nothing_is_saved() {
        signInAs("admin");
        long version = version(world.steeringNorth());
        List<AgendaTemplateItem> items = List.of(
                new AgendaTemplateItem("Begrüßung", AgendaItemKind.INFORMATION, 5, false, false),
                new AgendaTemplateItem("   ", AgendaItemKind.DISCUSSION, 10, false, false),
                new AgendaTemplateItem("x".repeat(201), null, 601, false, false),
                new AgendaTemplateItem("Verschiedenes", AgendaItemKind.INFORMATION, -1, false, true));

        assertThatThrownBy(() -> bodies.updateAgendaTemplate(world.steeringNorth(), version, items))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                            "templateItems[1].title", "templateItems[2].title", "templateItems[2].kind",
                            "templateItems[2].plannedMinutes", "templateItems[3].plannedMinutes");
                    assertThat(e.errors()).filteredOn(error -> error.field().equals("templateItems[1].title"))
                            .extracting(FieldError::messageKey).containsExactly("validation.required");
                    FieldError tooLong = e.errors().stream().filter(error -> error.field().equals("templateItems[2].title"))
                            .findFirst().orElseThrow();
                    assertThat(tooLong.messageKey()).isEqualTo("validation.maxLength");
                    assertThat(tooLong.arguments()).containsEntry("max", 200);
                    assertThat(e.errors()).filteredOn(error -> error.field().endsWith("plannedMinutes"))
                            .extracting(FieldError::messageKey).containsOnly("validation.range");
                });
        assertThat(bodies.agendaTemplate(world.steeringNorth())).isEqualTo(AgendaTemplateItem.standard());
        assertThat(version(world.steeringNorth())).isEqualTo(version);
        assertThat(auditEntries()).isZero();
    }

    @Test
    void the_limits_of_title_and_minutes_are_allowed() {
        signInAs("admin");
        List<AgendaTemplateItem> items = List.of(
                new AgendaTemplateItem("ä".repeat(200), AgendaItemKind.DECISION, 600, true, false),
                new AgendaTemplateItem("Pause", AgendaItemKind.INFORMATION, 0, false, false));
        bodies.updateAgendaTemplate(world.steeringNorth(), version(world.steeringNorth()), items);
        assertThat(bodies.agendaTemplate(world.steeringNorth())).isEqualTo(items);
    }

    @Test
    void more_than_forty_items_are_refused_with_a_message_for_the_whole_template() {
        signInAs("admin");
        List<AgendaTemplateItem> forty = Collections.nCopies(40,
                new AgendaTemplateItem("Bericht", AgendaItemKind.INFORMATION, 5, false, false));
        bodies.updateAgendaTemplate(world.steeringNorth(), version(world.steeringNorth()), forty);
        assertThat(bodies.agendaTemplate(world.steeringNorth())).hasSize(40);

        List<AgendaTemplateItem> fortyOne = new ArrayList<>(forty);
        fortyOne.add(new AgendaTemplateItem("Einer zu viel", AgendaItemKind.INFORMATION, 5, false, false));
        assertThatThrownBy(() -> bodies.updateAgendaTemplate(world.steeringNorth(), version(world.steeringNorth()), fortyOne))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly((String) null);
                    assertThat(e.errors().get(0).messageKey()).isEqualTo("agendaTemplate.rule.tooMany");
                    assertThat(e.errors().get(0).arguments()).containsEntry("max", 40);
                });
        assertThat(bodies.agendaTemplate(world.steeringNorth())).hasSize(40);
    }

    @Test
    void an_item_that_stays_at_the_end_may_not_be_followed_by_one_that_does_not() {
        signInAs("admin");
        List<AgendaTemplateItem> items = List.of(
                new AgendaTemplateItem("Verschiedenes", AgendaItemKind.INFORMATION, 10, false, true),
                new AgendaTemplateItem("Termine", AgendaItemKind.INFORMATION, 5, false, true),
                new AgendaTemplateItem("Berichte", AgendaItemKind.DISCUSSION, 20, false, false));
        assertThatThrownBy(() -> bodies.updateAgendaTemplate(world.steeringNorth(), version(world.steeringNorth()), items))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("templateItems[2].atEnd", "agendaTemplate.rule.atEndLast")));
        assertThat(bodies.agendaTemplate(world.steeringNorth())).isEqualTo(AgendaTemplateItem.standard());
    }

    @Test
    void each_change_of_the_template_writes_an_audit_entry_naming_who_and_what() {
        long chair = testData.account("vorsitz", Set.of(), Set.of());
        testData.member(world.steeringNorth(), chair, BodyRole.CHAIR);
        signInAs("vorsitz");
        bodies.updateAgendaTemplate(world.steeringNorth(), version(world.steeringNorth()), CUSTOM);

        List<Map<String, Object>> entries = jdbc.queryForList(
                "SELECT action, actor_login, ref_kind, ref_id, ref_label, details FROM audit_entry WHERE action = 'BODY_AGENDA_TEMPLATE_UPDATED'");
        assertThat(entries).hasSize(1);
        Map<String, Object> entry = entries.get(0);
        assertThat(entry.get("actor_login")).isEqualTo("vorsitz");
        assertThat(entry.get("ref_kind")).isEqualTo("BODY");
        assertThat(((Number) entry.get("ref_id")).longValue()).isEqualTo(world.steeringNorth());
        assertThat(entry.get("ref_label")).isEqualTo("Lenkrunde Nordstadt");
        assertThat((String) entry.get("details")).startsWith("5 -> 4 items:")
                .contains("'Berichte aus den Fokusgruppen' DISCUSSION 30min", "'Personalangelegenheiten' DECISION 15min non-public",
                        "'Verschiedenes' INFORMATION 10min at end");
    }

    @Test
    void titles_are_stored_without_surrounding_blanks() {
        signInAs("admin");
        bodies.updateAgendaTemplate(world.steeringNorth(), version(world.steeringNorth()),
                List.of(new AgendaTemplateItem("  Begrüßung  ", AgendaItemKind.INFORMATION, 5, false, false)));
        assertThat(storedTitles(world.steeringNorth())).containsExactly("Begrüßung");
    }

    @Test
    void the_template_of_a_body_that_does_not_exist_is_refused() {
        signInAs("admin");
        assertThatThrownBy(() -> bodies.agendaTemplate(999_999)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bodies.updateAgendaTemplate(999_999, 0, CUSTOM)).isInstanceOf(AccessDeniedException.class);
    }
}
