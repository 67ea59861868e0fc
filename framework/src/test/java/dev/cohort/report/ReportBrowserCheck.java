package dev.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.testing.TestEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens a report's {@code index.html} from disk in headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}) and checks that it renders: no console error or warning, every chart
 * container drawn as SVG with data marks (those in a collapsed {@code <details>} once every details is
 * opened), names shown as written. Used by the framework's browser test
 * and by the example project's check of its real report.
 */
public final class ReportBrowserCheck {

    /** What the page reported about its charts. */
    public record Rendered(int containers, int charts, List<Map<String, Object>> perChart, String text) {}

    private static final String PACKAGES = "apt-get install chromium chromium-driver";

    private ReportBrowserCheck() {}

    /**
     * Skips the calling test, saying why, when {@code chromium} or {@code chromedriver} is not on the PATH
     * (or where {@code COHORT_CHROMIUM} and {@code COHORT_CHROMEDRIVER} point); on CI their absence fails
     * it ({@link TestEnvironment}).
     */
    public static void requireChromium() {
        chromium();
        chromedriver();
    }

    private static Path chromium() {
        return program("COHORT_CHROMIUM", "chromium");
    }

    private static Path chromedriver() {
        return program("COHORT_CHROMEDRIVER", "chromedriver");
    }

    private static Path program(String variable, String name) {
        String given = System.getenv(variable);
        if (given == null || given.isEmpty()) {
            return TestEnvironment.requireProgram(name, PACKAGES);
        }
        TestEnvironment.require(
                Files.isExecutable(Path.of(given)),
                variable + "=" + given + " is not an executable file (" + PACKAGES + ")");
        return Path.of(given);
    }

    /**
     * Opens {@code index} from disk, checks it and saves a screenshot of the whole page.
     *
     * @return what the page rendered, for further checks
     */
    public static Rendered check(Path index, Path screenshot) throws IOException {
        requireChromium();
        // Selenium warns that it has no DevTools bindings for this Chromium; the check does not use them.
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        Path profile = Files.createTempDirectory("cohort-chromium-");
        ChromeDriver driver = newDriver(profile, 1280, 1000);
        try {
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.get(index.toUri().toString());
            JavascriptExecutor js = driver;
            openEveryDetails(js);
            @SuppressWarnings("unchecked")
            Map<String, Object> result = (Map<String, Object>) js.executeScript("""
                    const containers = Array.from(document.querySelectorAll('div.plot[data-option]'));
                    const charts = window.cohortCharts || [];
                    const perChart = containers.map(el => {
                      const chart = echarts.getInstanceByDom(el);
                      const svg = el.querySelector('svg');
                      const marks = svg ? svg.querySelectorAll('path, polygon, circle, rect').length : 0;
                      const values = chart ? chart.getModel().getSeries()
                          .reduce((sum, s) => sum + s.getData().count(), 0) : 0;
                      const texts = svg ? Array.from(svg.querySelectorAll('text')).map(t => t.textContent) : [];
                      const labels = svg ? Array.from(svg.querySelectorAll('text'))
                          .filter(t => t.textContent.trim() !== '' && getComputedStyle(t).visibility !== 'hidden'
                              && Number(t.getAttribute('opacity') ?? getComputedStyle(t).opacity) > 0)
                          .map(t => { const r = t.getBoundingClientRect();
                                      return { text: t.textContent, x: r.x, y: r.y, w: r.width, h: r.height }; })
                          .filter(b => b.w > 0 && b.h > 0) : [];
                      const series = chart ? chart.getModel().getSeries()
                          .map(s => ({ name: s.name, type: s.subType, count: s.getData().count() })) : [];
                      return { id: el.id, svg: !!svg, marks: marks, values: values, texts: texts,
                               labels: labels, series: series, width: el.clientWidth, height: el.clientHeight };
                    });
                    return { containers: containers.length, charts: charts.length, perChart: perChart,
                             text: document.body.innerText };
                    """);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> perChart = (List<Map<String, Object>>) result.get("perChart");
            Rendered rendered = new Rendered(
                    ((Number) result.get("containers")).intValue(),
                    ((Number) result.get("charts")).intValue(),
                    perChart,
                    (String) result.get("text"));

            Number height = (Number) js.executeScript("return document.documentElement.scrollHeight;");
            driver.manage().window().setSize(new Dimension(1280, Math.min(30000, height.intValue() + 40)));
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.createDirectories(screenshot.toAbsolutePath().getParent());
            Files.copy(shot, screenshot, StandardCopyOption.REPLACE_EXISTING);

            List<LogEntry> problems = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                    .toList();
            assertThat(problems).as("console errors and warnings of the page").isEmpty();
            assertThat(rendered.containers()).as("chart containers").isPositive();
            assertThat(rendered.charts()).as("charts drawn").isEqualTo(rendered.containers());
            for (Map<String, Object> chart : perChart) {
                assertThat(chart.get("svg")).as("SVG of " + chart.get("id")).isEqualTo(true);
                assertThat(((Number) chart.get("values")).intValue())
                        .as("data values of " + chart.get("id"))
                        .isPositive();
                assertThat(((Number) chart.get("marks")).intValue())
                        .as("marks of " + chart.get("id"))
                        .isGreaterThan(5);
                assertThat(((Number) chart.get("width")).intValue())
                        .as("width of " + chart.get("id"))
                        .isGreaterThan(300);
            }
            return rendered;
        } finally {
            driver.quit();
            deleteQuietly(profile);
        }
    }

    /**
     * Fails when two text labels of one chart overlap: axis labels and names, legend entries, cell and
     * point labels, as the browser laid them out (their bounding boxes from the DOM; boxes that share at
     * most a pixel's width or height count as touching, not overlapping).
     */
    public static void assertNoOverlappingLabels(Rendered rendered) {
        List<String> overlaps = new java.util.ArrayList<>();
        for (Map<String, Object> chart : rendered.perChart()) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> labels = (List<Map<String, Object>>) chart.get("labels");
            for (int i = 0; i < labels.size(); i++) {
                for (int j = i + 1; j < labels.size(); j++) {
                    if (overlap(labels.get(i), labels.get(j))) {
                        overlaps.add(chart.get("id") + ": \"" + labels.get(i).get("text") + "\" " + box(labels.get(i))
                                + " overlaps \"" + labels.get(j).get("text") + "\" " + box(labels.get(j)));
                    }
                }
            }
        }
        assertThat(overlaps).as("overlapping labels").isEmpty();
    }

    /** The number of labels of each chart whose boxes were measured, by chart id. */
    public static Map<String, Integer> labelCounts(Rendered rendered) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        rendered.perChart().forEach(c -> counts.put((String) c.get("id"), ((List<?>) c.get("labels")).size()));
        return counts;
    }

    private static boolean overlap(Map<String, Object> a, Map<String, Object> b) {
        double width = Math.min(number(a, "x") + number(a, "w"), number(b, "x") + number(b, "w"))
                - Math.max(number(a, "x"), number(b, "x"));
        double height = Math.min(number(a, "y") + number(a, "h"), number(b, "y") + number(b, "h"))
                - Math.max(number(a, "y"), number(b, "y"));
        return width > 1 && height > 1;
    }

    private static String box(Map<String, Object> label) {
        return String.format(
                java.util.Locale.ROOT,
                "[x %.0f, y %.0f, %.0f x %.0f]",
                number(label, "x"),
                number(label, "y"),
                number(label, "w"),
                number(label, "h"));
    }

    private static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    /**
     * What the page's navigation does in Chromium ({@link #checkNavigation}).
     *
     * @param links the target id of every navigation link, in order
     * @param missingTargets the targets no element of the page has
     * @param openAtLoad the ids of the collapsible parts ({@code details.fold}) open when the page loads
     * @param collapsedAtLoad the ids of those collapsed when it loads
     * @param notOpenedByLink the targets a click on their link left closed, inside a closed part, or out of view
     * @param height {@code document.body.scrollHeight} at 1400 px wide, as the page loads
     * @param wideNav the navigation's box at 1400 px wide: left, top, width, height, with the viewport's
     *     viewportWidth and viewportHeight
     * @param wideMain the box of {@code <main>} at 1400 px wide
     * @param narrowNav the navigation's box at 800 px wide, scrolled half way down the page
     */
    public record Navigation(
            List<String> links,
            List<String> missingTargets,
            List<String> openAtLoad,
            List<String> collapsedAtLoad,
            List<String> notOpenedByLink,
            int height,
            Map<String, Number> wideNav,
            Map<String, Number> wideMain,
            Map<String, Number> narrowNav) {}

    /**
     * Opens {@code index} from disk at 1400 px wide, saves a screenshot of the whole page as it loads
     * (its long parts collapsed), follows every navigation link and measures the navigation at 1400 and
     * at 800 px; fails on a console error or warning.
     */
    public static Navigation checkNavigation(Path index, Path screenshot) throws IOException {
        requireChromium();
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        Path profile = Files.createTempDirectory("cohort-chromium-");
        ChromeDriver driver = newDriver(profile, 1400, 1000);
        try {
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.get(index.toUri().toString());
            JavascriptExecutor js = driver;
            @SuppressWarnings("unchecked")
            Map<String, Object> loaded = (Map<String, Object>) js.executeScript("""
                    const links = Array.from(document.querySelectorAll('nav.contents a[href^="#"]'))
                        .map(a => decodeURIComponent(a.getAttribute('href').slice(1)));
                    const folds = Array.from(document.querySelectorAll('details.fold[id]'));
                    return { links: links,
                             missing: links.filter(id => !document.getElementById(id)),
                             open: folds.filter(d => d.open).map(d => d.id),
                             collapsed: folds.filter(d => !d.open).map(d => d.id),
                             height: document.body.scrollHeight };
                    """);
            int height = ((Number) loaded.get("height")).intValue();
            Map<String, Number> wideNav = box(js, "nav.contents");
            Map<String, Number> wideMain = box(js, "main");
            driver.manage().window().setSize(new Dimension(1400, Math.min(30000, height + 40)));
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.createDirectories(screenshot.toAbsolutePath().getParent());
            Files.copy(shot, screenshot, StandardCopyOption.REPLACE_EXISTING);
            driver.manage().window().setSize(new Dimension(1400, 1000));

            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) loaded.get("links");
            List<String> notOpened = new java.util.ArrayList<>();
            for (int i = 0; i < links.size(); i++) {
                js.executeScript("""
                        window.cohortInitiallyOpen = window.cohortInitiallyOpen
                            || Array.from(document.querySelectorAll('details')).map(d => d.open);
                        document.querySelectorAll('details')
                            .forEach((d, i) => { d.open = window.cohortInitiallyOpen[i]; });
                        window.scrollTo(0, 0);
                        """);
                driver.findElements(org.openqa.selenium.By.cssSelector("nav.contents a[href^='#']"))
                        .get(i)
                        .click();
                Boolean shown = (Boolean) js.executeScript("""
                        const target = document.getElementById(arguments[0]);
                        if (!target) { return false; }
                        const closed = target.closest('details:not([open])');
                        const opened = target.tagName !== 'DETAILS' || target.open;
                        const top = target.getBoundingClientRect().top;
                        return !closed && opened && top >= -1 && top < window.innerHeight;
                        """, links.get(i));
                if (!Boolean.TRUE.equals(shown)) {
                    notOpened.add(links.get(i));
                }
            }

            driver.manage().window().setSize(new Dimension(800, 1000));
            js.executeScript("window.scrollTo(0, document.body.scrollHeight / 2);");
            Map<String, Number> narrowNav = box(js, "nav.contents");

            List<LogEntry> problems = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                    .toList();
            assertThat(problems).as("console errors and warnings of the page").isEmpty();
            @SuppressWarnings("unchecked")
            Navigation navigation = new Navigation(
                    links,
                    (List<String>) loaded.get("missing"),
                    (List<String>) loaded.get("open"),
                    (List<String>) loaded.get("collapsed"),
                    List.copyOf(notOpened),
                    height,
                    wideNav,
                    wideMain,
                    narrowNav);
            return navigation;
        } finally {
            driver.quit();
            deleteQuietly(profile);
        }
    }

    /**
     * The bounding box of the first element matching {@code selector} in the viewport (left, top, width,
     * height), and the viewport's size (viewportWidth, viewportHeight).
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Number> box(JavascriptExecutor js, String selector) {
        return (Map<String, Number>) js.executeScript("""
                const r = document.querySelector(arguments[0]).getBoundingClientRect();
                return { left: r.left, top: r.top, width: r.width, height: r.height,
                         viewportWidth: document.documentElement.clientWidth, viewportHeight: window.innerHeight };
                """, selector);
    }

    /** A headless Chromium of the given window size that logs the page's console. */
    private static ChromeDriver newDriver(Path profile, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium().toString());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--hide-scrollbars",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver().toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /**
     * Opens every {@code <details>} of the page, so that the charts drawn when their details open are
     * drawn, and waits up to ten seconds for every chart container to have its chart.
     */
    private static void openEveryDetails(JavascriptExecutor js) {
        js.executeScript("document.querySelectorAll('details').forEach(d => { d.open = true; });");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Boolean drawn = (Boolean) js.executeScript("return (window.cohortCharts || []).length"
                    + " === document.querySelectorAll('div.plot[data-option]').length;");
            if (Boolean.TRUE.equals(drawn)) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary profile left behind is harmless.
        }
    }
}
