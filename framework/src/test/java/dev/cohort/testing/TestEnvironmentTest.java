package dev.cohort.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The rule for tests that need a program: run without it on the PATH (an empty directory stands for the
 * PATH), each of their tests is reported skipped with the reason, and failed when {@code CI} is set to any
 * non-empty value. The PATH and CI stand-ins are system properties, so the class runs alone even under
 * parallel execution.
 */
@Isolated
class TestEnvironmentTest {

    private static final String LATEX = "dev.cohort.pipeline.LatexCompilesTest";
    private static final String BROWSER = "dev.cohort.report.HtmlReportBrowserTest";

    @TempDir
    Path emptyPath;

    @Test
    void withoutPdflatexEveryLatexCompileTestIsSkippedSayingWhy() {
        Events tests = run(LATEX, "").testEvents();

        assertThat(tests.started().count()).as("LaTeX tests started").isGreaterThanOrEqualTo(6);
        assertThat(tests.aborted().count()).isEqualTo(tests.started().count());
        assertThat(messages(tests.aborted()))
                .allSatisfy(reason -> assertThat(reason)
                        .startsWith("pdflatex is not on the PATH (apt-get install texlive-latex-base")
                        .endsWith("; skipped outside CI"));
    }

    @Test
    void withoutChromiumEveryBrowserTestIsSkippedSayingWhy() {
        Events tests = run(BROWSER, "").testEvents();

        assertThat(tests.started().count()).as("browser tests started").isEqualTo(2);
        assertThat(messages(tests.aborted()))
                .hasSize(2)
                .allSatisfy(reason -> assertThat(reason)
                        .isEqualTo("chromium is not on the PATH (apt-get install chromium chromium-driver);"
                                + " skipped outside CI"));
    }

    @Test
    void onCiWithAnyValueAMissingProgramFailsEveryTestThatNeedsIt() {
        for (String ci : List.of("1", "true", "yes")) {
            Events latex = run(LATEX, ci).testEvents();
            assertThat(latex.started().count()).isGreaterThanOrEqualTo(6);
            assertThat(messages(latex.failed()))
                    .as("CI=%s", ci)
                    .hasSize((int) latex.started().count())
                    .allSatisfy(reason -> assertThat(reason)
                            .startsWith("pdflatex is not on the PATH")
                            .endsWith("; CI is set, so the test must run"));
            assertThat(messages(run(BROWSER, ci).testEvents().failed()))
                    .as("CI=%s", ci)
                    .hasSize(2)
                    .allSatisfy(reason -> assertThat(reason).startsWith("chromium is not on the PATH"));
        }
    }

    @Test
    void noClassIsAbortedAsAWholeSoNoRunnerShowsAClassWithoutTests() {
        run(LATEX, "")
                .containerEvents()
                .assertStatistics(stats -> stats.aborted(0).failed(0));
        run(BROWSER, "")
                .containerEvents()
                .assertStatistics(stats -> stats.aborted(0).failed(0));
    }

    /** Runs the test class {@code name} with the empty directory as the PATH and {@code ci} as CI. */
    private EngineExecutionResults run(String name, String ci) {
        String path = System.getProperty(TestEnvironment.PATH_PROPERTY);
        String before = System.getProperty(TestEnvironment.CI_PROPERTY);
        System.setProperty(TestEnvironment.PATH_PROPERTY, emptyPath.toString());
        System.setProperty(TestEnvironment.CI_PROPERTY, ci);
        try {
            return EngineTestKit.engine("junit-jupiter")
                    .selectors(selectClass(name))
                    .execute();
        } finally {
            restore(TestEnvironment.PATH_PROPERTY, path);
            restore(TestEnvironment.CI_PROPERTY, before);
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    private static List<String> messages(Events events) {
        return events.stream()
                .map(event -> event.getRequiredPayload(TestExecutionResult.class))
                .map(result -> result.getThrowable().orElseThrow().getMessage())
                .toList();
    }
}
