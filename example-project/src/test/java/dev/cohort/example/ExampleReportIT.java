package dev.cohort.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.report.ReportBrowserCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Opens the report this build wrote ({@code target/cohort/report/index.html}, by {@code cohort:report}
 * in {@code post-integration-test}) in headless Chromium: every chart draws, the console stays clean, no
 * text label of a chart overlaps another. The screenshot is {@code target/report-screenshot.png}.
 */
class ExampleReportIT {

    @Test
    void theRealReportRendersInChromium() throws Exception {
        ReportBrowserCheck.requireChromium();
        Path index = Path.of("target", "cohort", "report", "index.html").toAbsolutePath();
        assertThat(index).exists();

        ReportBrowserCheck.Rendered rendered =
                ReportBrowserCheck.check(index, Path.of("target", "report-screenshot.png"));
        ReportBrowserCheck.assertNoOverlappingLabels(rendered);

        assertThat(rendered.text()).contains("final_error", "mean_error", "stepSize");
        // the second study, across tasks
        assertThat(rendered.text()).contains("acrossTasks", "AUTOSTEP", "flip2000-relevant15");
        assertThat(Files.size(Path.of("target", "report-screenshot.png"))).isPositive();
    }
}
