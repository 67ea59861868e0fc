package dev.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.StudyAnalysis;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The page's navigation in headless Chromium, on a study with every kind of part (learning curves,
 * failed trials, a metric across tasks, a confirmation stage): every link leads to an element of the
 * page and opens the collapsed parts around it, the long parts start collapsed, the navigation is a
 * sidebar on a wide screen and a bar that stays at the top on a narrow one.
 */
class HtmlPageNavigationBrowserTest {

    static StudyAnalysis study() {
        ExperimentAnalysis failing = Fixtures.study().experiments().get(0);
        List<ExperimentAnalysis> experiments = new ArrayList<>();
        experiments.addAll(ConfirmationFixtures.study().experiments());
        experiments.addAll(HtmlReportBrowserTest.study().experiments());
        experiments.add(new ExperimentAnalysis(
                "org.acme.Other#failing",
                failing.parameters(),
                failing.trials(),
                failing.successful(),
                failing.failures(),
                failing.metrics()));
        experiments.addAll(TaskFixtures.study().experiments());
        return new StudyAnalysis(experiments);
    }

    @Test
    void everyLinkLeadsToAnOpenedPartAndTheLongPartsStartCollapsed() throws Exception {
        ReportBrowserCheck.requireChromium();
        Path dir = Path.of("target", "browser-navigation-report");
        Files.createDirectories(dir);
        Path index = dir.resolve("index.html");
        Files.writeString(index, new HtmlReportFormat().render(study(), Fixtures.context()), StandardCharsets.UTF_8);

        ReportBrowserCheck.Navigation navigation = ReportBrowserCheck.checkNavigation(
                index.toAbsolutePath(), Path.of("target", "navigation-report-screenshot.png"));

        assertThat(navigation.links())
                .contains(
                        "experiment-1",
                        "experiment-1-confirmation",
                        "experiment-2-curves",
                        "experiment-2-metric-1-comparisons",
                        "experiment-3-failures",
                        "experiment-4-metric-1-per-task")
                .doesNotHaveDuplicates();
        assertThat(navigation.missingTargets()).as("links to no element").isEmpty();
        assertThat(navigation.notOpenedByLink())
                .as("links that did not open and show their part")
                .isEmpty();
        // the metric the headline answers is open; the long parts and the other metrics start collapsed
        assertThat(navigation.openAtLoad()).contains("experiment-2-metric-1", "experiment-3-metric-1");
        assertThat(navigation.collapsedAtLoad())
                .contains(
                        "experiment-2-curves",
                        "experiment-2-metric-1-comparisons",
                        "experiment-2-metric-1-charts",
                        "experiment-3-metric-2",
                        "experiment-3-failures",
                        "experiment-4-metric-1-per-task");
        assertThat(navigation.openAtLoad()).allSatisfy(id -> assertThat(id).matches("experiment-\\d+-metric-\\d+"));
        // wide: a sidebar left of the page's content, as tall as the window; narrow: a bar at the top
        assertThat(navigation.wideNav().get("left").doubleValue()).isZero();
        assertThat(navigation.wideNav().get("height").doubleValue())
                .isEqualTo(navigation.wideNav().get("viewportHeight").doubleValue());
        assertThat(navigation.wideMain().get("left").doubleValue())
                .isGreaterThanOrEqualTo(navigation.wideNav().get("width").doubleValue());
        assertThat(navigation.narrowNav().get("top").doubleValue()).isZero();
        assertThat(navigation.narrowNav().get("width").doubleValue())
                .isEqualTo(navigation.narrowNav().get("viewportWidth").doubleValue());
        assertThat(navigation.narrowNav().get("height").doubleValue()).isLessThan(60);
    }
}
