package de.lenkrunde.actions;

import de.lenkrunde.IntegrationTest;
import de.lenkrunde.StatementCounter;
import de.lenkrunde.proposals.DecisionOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision register with 100,000 decisions and 300,000 action items (seeded by JDBC batches on top of the
 * {@link RegisterScenario}): server-side times of {@link RegisterService#page} and {@link RegisterService#count},
 * first and deep page, each filter, and the statements per page. Runs only with {@code ./mvnw -B -Pbench test};
 * prints figures, asserts no times (STACK.md) but asserts at most 3 statements per page.
 */
@Import(StatementCounter.class)
@EnabledIfSystemProperty(named = "lenkrunde.bench", matches = "true", disabledReason = "benchmarks run with ./mvnw -B -Pbench test")
class RegisterBenchmark extends IntegrationTest {

    static final int DECISIONS = 100_000;
    static final int ACTIONS = 300_000;
    static final int WARM_UP = 10;
    static final int RUNS = 20;
    /** In every 200th decision's text: the free-text case finds ~0.5 % of the rows. */
    static final String RARE_WORD = "Trinkbrunnen";

    @Autowired
    private RegisterScenario scenario;
    @Autowired
    private RegisterService register;
    @Autowired
    private UnimplementedDecisions unimplemented;

    private final List<String> lines = new ArrayList<>();

    @Test
    void register_of_one_hundred_thousand_decisions() {
        RegisterScenario.Cast cast = scenario.build();
        long seedStart = System.nanoTime();
        seed(cast);
        long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;
        long rebuildStart = System.nanoTime();
        unimplemented.rebuild(); // the seed wrote around the services that keep the "ohne Umsetzung" set
        long rebuildMillis = (System.nanoTime() - rebuildStart) / 1_000_000;
        jdbc.execute("ANALYZE TABLE decision, action_item, unimplemented_decision");
        line("Register benchmark: %,d decisions and %,d action items seeded in %,d ms", DECISIONS, ACTIONS, seedMillis);
        line("\"ohne Umsetzung\" set rebuilt in %,d ms: %,d decisions", rebuildMillis,
                jdbc.queryForObject("SELECT COUNT(*) FROM unimplemented_decision", Integer.class));
        line("%d warm-up runs, then %d measured runs per case; times in ms, server side (service call incl. transaction)", WARM_UP, RUNS);
        line("");
        line("%-12s %-34s %6s | %15s | %15s | %-10s | %s", "user", "case", "rows", "page med/p95", "count med/p95", "target",
                "statements page+count");
        line("-".repeat(130));
        Map<String, Integer> worst = new HashMap<>();
        for (String login : List.of("lrmitglied", "aussen", "admin")) {
            signInAs(login);
            int visible = register.count(RegisterFilter.none());
            int deep = (visible - 50) / 50 * 50;
            int half = visible / 2 / 50 * 50;
            measure(login, "first page", RegisterFilter.none(), 0, "< 50 ms", worst);
            measure(login, "middle page (offset " + half + ")", RegisterFilter.none(), half, "< 100 ms", worst);
            measure(login, "last page (offset " + deep + ")", RegisterFilter.none(), deep, "< 100 ms", worst);
            measure(login, "body Lenkrunde Nordstadt", new RegisterFilter(cast.world().steeringNorth(), null, null, null, false), 0, "< 50 ms", worst);
            measure(login, "body, deep (offset 20000)", new RegisterFilter(cast.world().steeringNorth(), null, null, null, false), 20_000, "< 100 ms", worst);
            measure(login, "year 2023", new RegisterFilter(null, 2023, null, null, false), 0, "< 50 ms", worst);
            measure(login, "outcome rejected", new RegisterFilter(null, null, DecisionOutcome.REJECTED, null, false), 0, "< 50 ms", worst);
            measure(login, "text '" + RARE_WORD + "'", new RegisterFilter(null, null, null, RARE_WORD, false), 0, "< 100 ms", worst);
            measure(login, "text 'Spielplatz Teich'", new RegisterFilter(null, null, null, "Spielplatz Teich", false), 0, "< 100 ms", worst);
            measure(login, "ohne Umsetzung", new RegisterFilter(null, null, null, null, true), 0, "< 50 ms", worst);
            RegisterFilter without = new RegisterFilter(null, null, null, null, true);
            int lastWithout = Math.max(0, (register.count(without) - 1) / 50 * 50);
            measure(login, "ohne Umsetzung, last (offset " + lastWithout + ")", without, lastWithout, "< 100 ms", worst);
            measure(login, "all filters", new RegisterFilter(cast.world().steeringNorth(), 2025, DecisionOutcome.ACCEPTED, "Spielplatz", true),
                    0, "< 100 ms", worst);
        }
        line("-".repeat(130));
        line("targets: first page < 50 ms, deep page < 100 ms, free text < 100 ms, <= 3 statements per page");
        System.out.println(String.join(System.lineSeparator(), lines));
        assertThat(worst.getOrDefault("page", 0)).as("statements per page").isLessThanOrEqualTo(3);
    }

    @AfterEach
    void cleanUp() {
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

    private void measure(String login, String name, RegisterFilter filter, int offset, String target, Map<String, Integer> worst) {
        PageRequest page = PageRequest.of(offset / 50, 50);
        for (int i = 0; i < WARM_UP; i++) {
            register.page(filter, page);
            register.count(filter);
        }
        long[] pageTimes = new long[RUNS];
        long[] countTimes = new long[RUNS];
        int rows = 0;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            rows = register.page(filter, page).size();
            long t1 = System.nanoTime();
            register.count(filter);
            long t2 = System.nanoTime();
            pageTimes[i] = t1 - t0;
            countTimes[i] = t2 - t1;
        }
        StatementCounter.start();
        register.page(filter, page);
        int pageStatements = StatementCounter.stop();
        StatementCounter.start();
        register.count(filter);
        int countStatements = StatementCounter.stop();
        worst.merge("page", pageStatements, Math::max);
        line("%-12s %-34s %6d | %15s | %15s | %-10s | %d+%d", login, name, rows, figures(pageTimes), figures(countTimes), target,
                pageStatements, countStatements);
    }

    private static String figures(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
        long p95 = sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
        return "%6.1f / %6.1f".formatted(median / 1e6, p95 / 1e6);
    }

    private void line(String format, Object... args) {
        lines.add(args.length == 0 ? format : format.formatted(args));
    }

    // ---- seeding ----------------------------------------------------------------------------------------

    private static final String[] SUBJECTS = {"Spielplatz", "Bücherschrank", "Sitzbank", "Jugendtreff", "Seniorencafé",
            "Gemeinschaftsgarten", "Radweg", "Sommerfest", "Nachbarschaftshilfe", "Hausaufgabenhilfe", "Bolzplatz", "Dorfladen",
            "Mitfahrbank", "Repaircafé", "Kinderfest", "Streuobstwiese", "Lesepatenschaft", "Bürgerbus", "Sprachcafé"};
    private static final String[] PLACES = {"am Teich", "im Stadtpark", "an der Grundschule", "am Marktplatz", "hinter dem Rathaus",
            "im Lindenhain", "an der Kirche", "im Neubaugebiet", "am Bahnhof", "im Ortskern", "an der Feuerwehr", "am Sportplatz"};
    private static final String[] WORDS = {"Begegnung", "Anwohnende", "Barrierefreiheit", "Kinder", "Jugendliche", "Senioren",
            "Ehrenamt", "Verein", "Beleuchtung", "Sicherheit", "Beteiligung", "Nachbarschaft", "Klimaschutz", "Mobilität", "Kultur"};
    private static final String[] OUTCOMES = {"ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED_AMENDED", "REJECTED",
            "DEFERRED", "REFERRED_BACK"};
    private static final String[] STATUSES = {"OPEN", "IN_PROGRESS", "IN_PROGRESS", "DONE", "DONE", "DONE", "CANCELLED"};

    private void seed(RegisterScenario.Cast cast) {
        Random random = new Random(42);
        long[] bodies = {cast.world().steeringNorth(), cast.world().steeringSouth()};
        int[] sequence = new int[2 * 10];
        long itemBase = 10_000_000L;
        Instant start = LocalDate.of(2020, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        long span = LocalDate.of(2026, 11, 30).atStartOfDay().toInstant(ZoneOffset.UTC).getEpochSecond() - start.getEpochSecond();
        // explicit ids, so that the action items can name their decision in the same batch round
        long firstId = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM decision", Long.class) + 1;
        List<Object[]> decisions = new ArrayList<>();
        List<Object[]> actions = new ArrayList<>();
        for (int i = 0; i < DECISIONS; i++) {
            int b = i % 2;
            Instant decided = start.plusSeconds((long) ((double) i / DECISIONS * span));
            int year = decided.atZone(ZoneOffset.UTC).getYear();
            int seq = 100 + ++sequence[b * 10 + (year - 2020)]; // above the scenario's own numbers
            String subject = SUBJECTS[random.nextInt(SUBJECTS.length)] + " " + PLACES[random.nextInt(PLACES.length)];
            String text = "Die Lenkrunde beschließt: " + subject + ". " + WORDS[random.nextInt(WORDS.length)] + " und "
                    + WORDS[random.nextInt(WORDS.length)] + (i % 200 == 0 ? " mit " + RARE_WORD : "") + ".";
            long itemId = itemBase + i;
            decisions.add(new Object[]{firstId + i, bodies[b], cast.meetingId(), itemId, "1", subject, i % 10 == 0, i % 3 == 0 ? cast.proposal() : null,
                    (b == 0 ? "LR-NOR-" : "LR-SUD-") + year + "/" + String.format("%04d", seq), year, seq,
                    text, OUTCOMES[random.nextInt(OUTCOMES.length)], Timestamp.from(decided)});
            int count = i % 10 == 0 ? 0 : (i % 10 < 4 ? 2 : 4); // 0, 2 or 4 items: 300,000 in all
            for (int a = 0; a < count && actions.size() < ACTIONS; a++) {
                LocalDate due = decided.atZone(ZoneOffset.UTC).toLocalDate().plusDays(14 + random.nextInt(120));
                String status = STATUSES[random.nextInt(STATUSES.length)];
                actions.add(new Object[]{bodies[b], cast.meetingId(), itemId, firstId + i, "Aufgabe " + a + " zu " + subject,
                        cast.member(), "Lrmitglied Test", Date.valueOf(due), status, status.equals("DONE") ? 100 : random.nextInt(90),
                        Timestamp.from(decided)});
            }
            if (decisions.size() == 5_000) {
                flush(decisions, actions);
            }
        }
        flush(decisions, actions);
    }

    private void flush(List<Object[]> decisions, List<Object[]> actions) {
        jdbc.batchUpdate("""
                INSERT INTO decision (id, version, body_id, meeting_id, item_id, item_number, title, non_public, proposal_id, number,
                    decision_year, sequence_no, revision, text, outcome, vote_method, votes_yes, votes_no, votes_abstain, entitled,
                    quorum_reached, decided_at)
                VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 'COUNTED', 5, 1, 1, 7, TRUE, ?)
                """, decisions);
        jdbc.batchUpdate("""
                INSERT INTO action_item (version, body_id, meeting_id, item_id, decision_id, description, owner_person_id, owner_name,
                    due_date, status, progress, created_at, updated_at)
                VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NOW())
                """, actions);
        decisions.clear();
        actions.clear();
    }
}
