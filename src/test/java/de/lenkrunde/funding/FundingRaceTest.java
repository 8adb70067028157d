package de.lenkrunde.funding;

import de.lenkrunde.IntegrationTest;
import de.lenkrunde.TestData;
import de.lenkrunde.base.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty approvals at the same moment against a line that can fund only some of them: the conditional update lets
 * exactly as many through as fit, the line is never over-committed, and each loser is told the money left.
 */
class FundingRaceTest extends IntegrationTest {

    @Autowired
    private FundingService funding;
    @Autowired
    private BudgetService budget;
    @Autowired
    private FundingFixtures fixtures;

    @Test
    void twenty_parallel_approvals_never_over_commit_a_line_and_the_losers_see_the_available_amount() throws Exception {
        TestData.World world = fixtures.cast();
        long line = fixtures.line("SRF-RACE", "7000.00", null);
        List<Long> requests = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            requests.add(fixtures.requested(world, "Projekt " + i, "1000.00"));
        }
        Map<Long, Long> versions = new java.util.HashMap<>();
        testData.as("kaemmerei", () -> requests.forEach(r -> versions.put(r, funding.get(r).version())));

        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (long request : requests) {
            String login = request % 2 == 0 ? "kaemmerei" : "finanzen";
            results.add(pool.submit((Callable<String>) () -> {
                start.await();
                return testData.as(login, () -> {
                    try {
                        funding.decide(request, versions.get(request), FundingDecisionData.approve(new BigDecimal("1000.00"), line));
                        return "approved";
                    } catch (InvalidInputException e) {
                        return e.errors().get(0).messageKey() + " " + e.errors().get(0).arguments().get("max");
                    }
                });
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(outcomes).filteredOn("approved"::equals).hasSize(7);
        assertThat(outcomes).filteredOn(o -> !o.equals("approved")).hasSize(13)
                .allSatisfy(o -> assertThat(o).startsWith("funding.rule.moreThanAvailable")
                        .endsWith(de.lenkrunde.base.format.Formats.money(BigDecimal.ZERO)));
        signInAs("kaemmerei");
        BudgetLineItem after = budget.get(line);
        assertThat(after.committed()).isEqualByComparingTo("7000.00");
        assertThat(after.available()).isEqualByComparingTo("0.00");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM funding_request WHERE status = 'APPROVED'", Integer.class)).isEqualTo(7);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM funding_request WHERE status = 'REQUESTED'", Integer.class)).isEqualTo(13);
        assertThat(jdbc.queryForObject("SELECT SUM(committed_amount) FROM funding_request", BigDecimal.class)).isEqualByComparingTo("7000.00");
    }
}
