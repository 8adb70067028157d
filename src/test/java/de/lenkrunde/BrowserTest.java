package de.lenkrunde;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import de.lenkrunde.home.demo.DemoData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Base of browser tests: the whole application on a random port with the demo town Lindenhain, driven by
 * Debian's Chromium through Playwright. Deliberately not an {@link IntegrationTest}: that one empties
 * every table before each test, and the golden journeys need the demo data.
 *
 * <p>Vaadin's dev tools (the floating "Development Mode" notice and button) are switched off: production
 * has no such overlay, it covers part of every screenshot, and the scans should judge our pages only.
 * (Measured: with dev tools on, axe reported no additional violation.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lenkrunde.demo.enabled=true",
        "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("test")
public abstract class BrowserTest {

    /** The first page of a fresh dev-mode server can take a while. */
    protected static final double FIRST_LOAD_MS = 30_000;
    protected static final double STEP_MS = 15_000;
    protected static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");
    protected static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;
    /** Further people's browsers in the same test (a member beside the chair, the projector); closed after it. */
    private final List<BrowserContext> otherBrowsers = new java.util.ArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("de-DE")
                .setViewportSize(1280, 800));
        context.setDefaultTimeout(STEP_MS);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        otherBrowsers.forEach(BrowserContext::close);
        otherBrowsers.clear();
        if (context != null) {
            context.close();
        }
    }

    /** A second person's browser (own cookies, own session) beside {@link #page}. */
    protected Page newPage() {
        BrowserContext other = browser.newContext(new Browser.NewContextOptions()
                .setLocale("de-DE").setViewportSize(1280, 800));
        other.setDefaultTimeout(STEP_MS);
        otherBrowsers.add(other);
        return other.newPage();
    }

    /** Runs a step written for {@link #page} against another person's page. */
    protected <T> T on(Page other, java.util.function.Supplier<T> step) {
        Page own = page;
        page = other;
        try {
            return step.get();
        } finally {
            page = own;
        }
    }

    protected void logIn(Page other, String login) {
        on(other, () -> {
            logInAsDemoUser(login);
            return null;
        });
    }

    protected void waitFor(Page other) {
        on(other, () -> {
            waitForVaadin();
            return null;
        });
    }

    protected void screenshotOf(Page other, String name) {
        on(other, () -> {
            screenshot(name);
            return null;
        });
    }

    protected List<String> blockingViolations(Page other, String pageName) {
        return on(other, () -> blockingViolations(pageName));
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a path and waits until Vaadin has rendered it and answered every request. */
    protected void open(String path) {
        page.navigate(url(path), new Page.NavigateOptions().setTimeout(FIRST_LOAD_MS));
        waitForVaadin();
    }

    /** Waits until the Flow client has no server round trip in flight and its loading bar is gone. */
    protected void waitForVaadin() {
        page.waitForFunction("""
                () => {
                  const flow = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                  if (!flow) return false;
                  const clients = Object.values(flow).filter(c => typeof c.isActive === 'function');
                  if (clients.length === 0 || clients.some(c => c.isActive())) return false;
                  // Lumo keeps the bar in the layout and fades it out: wait until it is off and transparent
                  const indicator = document.querySelector('.v-loading-indicator');
                  return !indicator || (indicator.style.display === 'none' && getComputedStyle(indicator).opacity === '0');
                }""", null, new Page.WaitForFunctionOptions().setTimeout(FIRST_LOAD_MS));
    }

    /** Fills the vaadin-login-form and submits it; waits for the page that follows. */
    protected void logIn(String login, String password) {
        open("/login");
        Locator username = page.locator("vaadin-login-form input[name=username]");
        username.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(FIRST_LOAD_MS));
        username.fill(login);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForLoadState();
        waitForVaadin();
    }

    protected void logInAsDemoUser(String login) {
        logIn(login, DemoData.PASSWORD);
        page.waitForURL(url("/"), new Page.WaitForURLOptions().setTimeout(FIRST_LOAD_MS));
        waitForVaadin();
    }

    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /**
     * Runs axe (WCAG 2.0/2.1 A and AA) on the current page, prints every violation and returns those
     * with impact "serious" or "critical" as readable lines.
     */
    protected List<String> blockingViolations(String pageName) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        List<Rule> violations = results.getViolations();
        StringBuilder report = new StringBuilder("axe ").append(pageName).append(" (").append(page.url()).append("): ")
                .append(violations.size()).append(" violation(s)");
        for (Rule rule : violations) {
            report.append(System.lineSeparator()).append("  - ").append(rule.getId()).append(" [").append(rule.getImpact())
                    .append("] ").append(rule.getHelp());
            rule.getNodes().forEach(node -> report.append(System.lineSeparator()).append("      ")
                    .append(node.getTarget()).append(" — ").append(firstLine(node.getFailureSummary())));
        }
        System.out.println(report);
        return violations.stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .map(rule -> pageName + ": " + rule.getId() + " [" + rule.getImpact() + "] on "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .toList();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        return text.replace('\n', ' ').strip();
    }
}
