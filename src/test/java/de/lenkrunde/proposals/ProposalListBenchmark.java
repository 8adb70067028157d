package de.lenkrunde.proposals;

import de.lenkrunde.IntegrationTest;
import de.lenkrunde.StatementCounter;
import de.lenkrunde.TestData;
import de.lenkrunde.bodies.BodyRole;
import de.lenkrunde.bodies.BodyService;
import de.lenkrunde.bodies.BodyType;
import de.lenkrunde.people.GlobalRole;
import de.lenkrunde.people.SystemUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Vorschläge" list with 20,000 proposals: server-side time of {@link ProposalService#list} and
 * {@link ProposalService#count} and the statements per page. Runs only with {@code ./mvnw -B -Pbench test}.
 * It reports figures and asserts no times (STACK.md); it does assert the statements per page.
 */
@Import(StatementCounter.class)
@EnabledIfSystemProperty(named = "lenkrunde.bench", matches = "true", disabledReason = "benchmarks run with ./mvnw -B -Pbench test")
class ProposalListBenchmark extends IntegrationTest {

    static final int PROPOSALS = 20_000;
    static final int WARM_UP = 10;
    static final int RUNS = 20;
    /** Occurs in every 50th proposal's texts: the free-text case finds ~2 % of the rows. */
    static final String RARE_WORD = "Trinkbrunnen";

    @Autowired
    private ProposalService proposals;

    @Autowired
    private BodyService bodies;

    private final List<String> lines = new ArrayList<>();

    @Test
    void list_of_twenty_thousand_proposals() {
        TestData.World world = testData.world();
        List<Long> groups = new ArrayList<>(List.of(world.focusNorth()));
        List<Long> targets = new ArrayList<>(List.of(world.steeringNorth(), world.steeringSouth()));
        SystemUser.call(() -> {
            groups.add(bodies.create(TestData.body(BodyType.FOCUS_GROUP, "Fokusgruppe Senioren Nord", "FG-SEN", world.townNorth())));
            groups.add(bodies.create(TestData.body(BodyType.FOCUS_GROUP, "Fokusgruppe Familie Süd", "FG-FAS", world.townSouth())));
            groups.add(bodies.create(TestData.body(BodyType.FOCUS_GROUP, "Fokusgruppe Bildung Süd", "FG-BIS", world.townSouth())));
            groups.add(bodies.create(TestData.body(BodyType.FOCUS_GROUP, "Fokusgruppe Umwelt Nord", "FG-UMN", world.townNorth())));
            targets.add(bodies.create(TestData.body(BodyType.CONFERENCE, "Sozialraumkonferenz Testkreis", "SRK-TK", world.district())));
            return null;
        });
        long member = testData.account("mitglied", Set.of(), Set.of());
        testData.member(world.focusNorth(), member, BodyRole.MEMBER);
        testData.account("admin", Set.of(GlobalRole.ADMIN), Set.of());

        long seedStart = System.nanoTime();
        seed(groups, targets, member, world);
        long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;
        jdbc.execute("ANALYZE TABLE proposal");
        int withWord = jdbc.queryForObject("SELECT COUNT(*) FROM proposal WHERE MATCH (title, occasion, goal, measures, decision_proposal) "
                + "AGAINST ('+" + RARE_WORD + "*' IN BOOLEAN MODE)", Integer.class);

        line("Proposal list benchmark: %,d proposals seeded in %,d ms (%d focus groups, %d target bodies); '%s' in %,d rows",
                PROPOSALS, seedMillis, groups.size(), targets.size(), RARE_WORD, withWord);
        line("%d warm-up runs, then %d measured runs per case; times in ms, server side (service call incl. transaction)", WARM_UP, RUNS);
        line("");
        line("%-8s %-26s %7s | %15s | %15s | %15s | %-12s | %s", "user", "case", "rows", "list med/p95", "count med/p95",
                "list+count", "target", "statements list+count (50 | 200)");
        line("-".repeat(150));
        Map<String, Integer> worst = new HashMap<>();
        for (String login : List.of("mitglied", "admin")) {
            signInAs(login);
            int visible = proposals.count(ProposalFilter.none());
            int deepOffset = Math.min(19_000, (visible - 50) / 50 * 50);
            measure(login, "first page", ProposalFilter.none(), 0, Sort.unsorted(), "< 50 ms", worst);
            measure(login, "deep page (offset " + deepOffset + ")", ProposalFilter.none(), deepOffset, Sort.unsorted(), "< 100 ms", worst);
            measure(login, "status SUBMITTED", filter(null, ProposalStatus.SUBMITTED), 0, Sort.unsorted(), "", worst);
            measure(login, "text '" + RARE_WORD + "'", filter(RARE_WORD, null), 0, Sort.unsorted(), "", worst);
            measure(login, "sort amount desc", ProposalFilter.none(), 0, Sort.by(Sort.Direction.DESC, "requestedAmount"), "", worst);
            measure(login, "sort amount desc, deep", ProposalFilter.none(), deepOffset, Sort.by(Sort.Direction.DESC, "requestedAmount"), "", worst);
        }
        line("-".repeat(150));
        line("targets: first page < 50 ms, deep page < 100 ms, <= 3 statements per page (one list call)");
        line("");
        explain();
        System.out.println(String.join(System.lineSeparator(), lines));

        assertThat(worst.getOrDefault("list", 0)).as("statements per page (one list call)").isLessThanOrEqualTo(3);
    }

    @AfterEach
    void cleanUp() {
        // leave nothing behind for whatever runs next in this JVM
        jdbc.execute((java.sql.Connection connection) -> {
            try (var statement = connection.createStatement()) {
                statement.execute("SET FOREIGN_KEY_CHECKS = 0");
                for (String table : jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                        + "AND table_type = 'BASE TABLE' AND table_name NOT IN ('DATABASECHANGELOG', 'DATABASECHANGELOGLOCK')", String.class)) {
                    statement.execute("TRUNCATE TABLE `" + table + "`");
                }
                statement.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
            return null;
        });
    }

    private void measure(String login, String name, ProposalFilter filter, int offset, Sort sort, String target,
                         Map<String, Integer> worst) {
        Pageable page = PageRequest.of(offset / 50, 50, sort);
        for (int i = 0; i < WARM_UP; i++) {
            proposals.list(filter, page);
            proposals.count(filter);
        }
        long[] list = new long[RUNS];
        long[] count = new long[RUNS];
        long[] both = new long[RUNS];
        int rows = 0;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            rows = proposals.list(filter, page).size();
            long t1 = System.nanoTime();
            proposals.count(filter);
            long t2 = System.nanoTime();
            list[i] = t1 - t0;
            count[i] = t2 - t1;
            both[i] = t2 - t0;
        }
        int[] statements50 = statements(filter, PageRequest.of(offset / 50, 50, sort));
        int[] statements200 = statements(filter, PageRequest.of(offset / 200, 200, sort));
        worst.merge("list", Math.max(statements50[0], statements200[0]), Math::max);
        worst.merge("count", Math.max(statements50[1], statements200[1]), Math::max);
        line("%-8s %-26s %7d | %15s | %15s | %15s | %-12s | %d+%d | %d+%d", login, name, rows, figures(list), figures(count),
                figures(both), target, statements50[0], statements50[1], statements200[0], statements200[1]);
    }

    private int[] statements(ProposalFilter filter, Pageable page) {
        StatementCounter.start();
        proposals.list(filter, page);
        int list = StatementCounter.stop();
        StatementCounter.start();
        proposals.count(filter);
        int count = StatementCounter.stop();
        return new int[]{list, count};
    }

    private static String figures(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
        long p95 = sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
        return "%6.1f / %6.1f".formatted(median / 1e6, p95 / 1e6);
    }

    /** The plans of the member's queries, as ProposalQueries builds them (member of the first group). */
    private void explain() {
        long group = jdbc.queryForObject("SELECT MIN(origin_group_id) FROM proposal", Long.class);
        String where = " FROM proposal p WHERE (p.reference_number IS NOT NULL OR FALSE OR p.origin_group_id IN (" + group + "))"
                + " AND (NULL IS NULL OR p.status = NULL) ";
        Map<String, String> queries = new java.util.LinkedHashMap<>();
        queries.put("deep page", "SELECT p.id, p.title FROM proposal p JOIN (SELECT p.id" + where
                + "ORDER BY p.updated_at DESC, p.id DESC LIMIT 50 OFFSET 17000) page ON page.id = p.id ORDER BY p.updated_at DESC, p.id DESC");
        queries.put("count", "SELECT COUNT(*)" + where);
        queries.put("free text", "SELECT p.id, p.title" + where + "AND ('" + RARE_WORD + "' IS NULL OR p.reference_number = '" + RARE_WORD
                + "' OR (TRUE AND MATCH (p.title, p.occasion, p.goal, p.measures, p.decision_proposal) AGAINST ('+" + RARE_WORD
                + "*' IN BOOLEAN MODE))) ORDER BY p.updated_at DESC, p.id DESC LIMIT 50 OFFSET 0");
        queries.forEach((name, sql) -> {
            line("EXPLAIN %s:", name);
            for (Map<String, Object> row : jdbc.queryForList("EXPLAIN " + sql)) {
                line("  type=%s key=%s rows=%s extra=%s", row.get("type"), row.get("key"), row.get("rows"), row.get("Extra"));
            }
        });
    }

    private static ProposalFilter filter(String text, ProposalStatus status) {
        return new ProposalFilter(text, status, null, null, null, false);
    }

    private void line(String format, Object... args) {
        lines.add(args.length == 0 ? format : format.formatted(args));
    }

    // ---- seeding ----------------------------------------------------------------------------------------

    private static final String[] SUBJECTS = {"Spielplatz", "Bücherschrank", "Sitzbank", "Jugendtreff", "Seniorencafé",
            "Gemeinschaftsgarten", "Radweg", "Sommerfest", "Nachbarschaftshilfe", "Hausaufgabenhilfe", "Bolzplatz", "Dorfladen",
            "Mitfahrbank", "Repaircafé", "Kinderfest", "Streuobstwiese", "Lesepatenschaft", "Bürgerbus", "Sprachcafé",
            "Bewegungsparcours", "Quartierszeitung", "Skateanlage", "Insektenhotel", "Familienzentrum", "Kulturabend"};
    private static final String[] PLACES = {"am Teich", "im Stadtpark", "an der Grundschule", "am Marktplatz", "hinter dem Rathaus",
            "im Lindenhain", "an der Kirche", "im Neubaugebiet", "am Bahnhof", "im Ortskern", "an der Feuerwehr", "am Sportplatz"};
    private static final String[] WORDS = {"Begegnung", "Anwohnende", "Barrierefreiheit", "Kinder", "Jugendliche", "Senioren",
            "Ehrenamt", "Verein", "Beleuchtung", "Sicherheit", "Sauberkeit", "Beteiligung", "Nachbarschaft", "Integration",
            "Klimaschutz", "Schatten", "Wasser", "Pflanzen", "Werkstatt", "Treffpunkt", "Mobilität", "Einsamkeit", "Bewegung",
            "Gesundheit", "Bildung", "Kultur", "Sprache", "Vielfalt", "Umwelt", "Verkehr", "Lärmschutz", "Wegebau", "Spielgeräte",
            "Materialkosten", "Honorar", "Öffentlichkeitsarbeit", "Planung", "Genehmigung", "Pflege", "Wartung"};
    /** Most proposals have moved on from submission; about 10 % are drafts. */
    private static final ProposalStatus[] LATER = {ProposalStatus.SUBMITTED, ProposalStatus.SUBMITTED, ProposalStatus.SCHEDULED,
            ProposalStatus.APPROVED, ProposalStatus.APPROVED, ProposalStatus.REJECTED, ProposalStatus.FUNDING_REQUESTED,
            ProposalStatus.FUNDED, ProposalStatus.FUNDED, ProposalStatus.PARTIALLY_FUNDED, ProposalStatus.NOT_FUNDED,
            ProposalStatus.IN_IMPLEMENTATION, ProposalStatus.IN_IMPLEMENTATION, ProposalStatus.COMPLETED, ProposalStatus.COMPLETED,
            ProposalStatus.COMPLETED, ProposalStatus.DISCONTINUED, ProposalStatus.WITHDRAWN};

    private void seed(List<Long> groups, List<Long> targets, long contact, TestData.World world) {
        Random random = new Random(42);
        Instant now = Instant.now();
        long twoYears = Duration.ofDays(730).toSeconds();
        Map<Integer, Integer> numbers = new HashMap<>();
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < PROPOSALS; i++) {
            Instant updated = now.minusSeconds((long) (random.nextDouble() * twoYears));
            Instant created = updated.minus(Duration.ofDays(random.nextInt(60)));
            boolean draft = random.nextInt(10) == 0;
            ProposalStatus status = draft ? ProposalStatus.DRAFT : LATER[random.nextInt(LATER.length)];
            int year = created.atOffset(ZoneOffset.UTC).getYear();
            String number = draft ? null : "V-%d-%04d".formatted(year, numbers.merge(year, 1, Integer::sum));
            String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
            String title = subject + " " + PLACES[random.nextInt(PLACES.length)];
            boolean rare = i % 50 == 7;
            long group = groups.get(random.nextInt(groups.size()));
            long target = targets.get(random.nextInt(targets.size()));
            batch.add(new Object[]{number, draft ? null : year, status.name(), title, group, contact, target,
                    group == world.focusNorth() ? world.townNorth() : null,
                    "Im Quartier fehlt " + words(random, 8) + (rare ? " ein " + RARE_WORD : ""),
                    "Mehr " + words(random, 6), "Wir planen " + words(random, 12) + (rare && i % 100 == 7 ? " und " + RARE_WORD + "anschluss" : ""),
                    "Kinder, Jugendliche und Ältere", LocalDate.ofInstant(created, ZoneOffset.UTC).plusMonths(2),
                    LocalDate.ofInstant(created, ZoneOffset.UTC).plusMonths(8),
                    BigDecimal.valueOf(50 * (1 + random.nextInt(800))).setScale(2), BigDecimal.valueOf(10 * random.nextInt(100)).setScale(2),
                    "Die Lenkrunde beschließt: " + title, Timestamp.from(created), Timestamp.from(updated),
                    draft ? null : Timestamp.from(created.plus(Duration.ofDays(1)))});
            if (batch.size() == 1000) {
                insert(batch);
            }
        }
        insert(batch);
    }

    private void insert(List<Object[]> batch) {
        jdbc.batchUpdate("""
                INSERT INTO proposal (version, reference_number, reference_year, status, title, origin_group_id, contact_person_id,
                    target_body_id, area_id, occasion, goal, measures, target_group, planned_from, planned_to, requested_amount,
                    own_contribution, decision_proposal, text_version, created_at, updated_at, submitted_at)
                VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)
                """, batch);
        batch.clear();
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

}
