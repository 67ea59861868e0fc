package dev.cohort.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.report.ReportBrowserCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Opens the report this build wrote ({@code target/cohort/report/index.html}, by {@code cohort:report}
 * in {@code post-integration-test}) in headless Chromium: every chart draws, the console stays clean, no
 * text label of a chart overlaps another, the page with its long parts collapsed is under 10,000 px and
 * its navigation opens every part it links to. Screenshots: {@code target/report-screenshot.png} as the
 * page loads, {@code target/report-screenshot-expanded.png} with every part open.
 */
class ExampleReportIT {

    @Test
    void theRealReportRendersInChromium() throws Exception {
        ReportBrowserCheck.requireChromium();
        Path index = Path.of("target", "cohort", "report", "index.html").toAbsolutePath();
        assertThat(index).exists();

        ReportBrowserCheck.Rendered rendered =
                ReportBrowserCheck.check(index, Path.of("target", "report-screenshot-expanded.png"));
        ReportBrowserCheck.assertNoOverlappingLabels(rendered);

        assertThat(rendered.text()).contains("final_error", "mean_error", "stepSize");
        // the second study, across tasks
        assertThat(rendered.text()).contains("acrossTasks", "AUTOSTEP", "flip2000-relevant15");
        assertThat(Files.size(Path.of("target", "report-screenshot-expanded.png")))
                .isPositive();
    }

    @Test
    void theRealReportIsShortWithItsPartsCollapsedAndEveryNavigationLinkOpensItsPart() throws Exception {
        ReportBrowserCheck.requireChromium();
        Path index = Path.of("target", "cohort", "report", "index.html").toAbsolutePath();
        Path screenshot = Path.of("target", "report-screenshot.png");

        ReportBrowserCheck.Navigation navigation = ReportBrowserCheck.checkNavigation(index, screenshot);

        assertThat(navigation.height()).as("page height at 1400 px, collapsed").isLessThan(10_000);
        assertThat(navigation.links()).contains("experiment-1", "experiment-2", "experiment-3");
        assertThat(navigation.missingTargets()).as("links to no element").isEmpty();
        assertThat(navigation.notOpenedByLink())
                .as("links that did not open their part")
                .isEmpty();
        // the long parts (pairwise comparisons, learning curves, each task on its own) start collapsed
        assertThat(navigation.links())
                .filteredOn(id -> id.matches(".*-(comparisons|curves|per-task)"))
                .hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(id -> assertThat(navigation.collapsedAtLoad()).contains(id));
        assertThat(Files.size(screenshot)).isPositive();
    }
}
