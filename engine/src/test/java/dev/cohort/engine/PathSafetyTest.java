package dev.cohort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.cohort.engine.fixtures.HostileNameExperiments;
import dev.cohort.pipeline.ReportPipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Experiment names, parameter values and metric names never become paths, and are escaped in every
 * report format: a run and its report write only under the results and reports directories.
 */
class PathSafetyTest {

    @TempDir
    Path root;

    @Test
    void namesThatLookLikePathsOrMarkupWriteNothingOutsideTheConfiguredDirectories() throws IOException {
        Path results = root.resolve("a/results");
        Path reports = root.resolve("a/reports");

        EngineRuns.execute(results, selectClass(HostileNameExperiments.class))
                .testEvents()
                .assertStatistics(stats -> stats.succeeded(9));
        new ReportPipeline().run(results, reports);

        assertThat(files(root))
                .isNotEmpty()
                .allSatisfy(file -> assertThat(file.startsWith(results) || file.startsWith(reports))
                        .as("%s lies under the results or reports directory", file)
                        .isTrue());
        assertThat(Path.of("/tmp/cohort-absolute-#1")).doesNotExist();
        assertThat(files(results))
                .extracting(file -> results.relativize(file).toString())
                .allSatisfy(name -> assertThat(name).doesNotContain("script", "outside", "..", "absolute", "%"));

        String html = Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(html)
                .doesNotContain("<script>alert(1)</script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("a&amp;b")
                .doesNotContain("a&b<");
        String tex = Files.readString(reports.resolve("report.tex"), StandardCharsets.UTF_8);
        assertThat(tex)
                .contains("50\\%\\_\\{x\\}\\textbackslash{}y")
                .doesNotContain("50%_{x}\\y")
                .contains("score\\_\\%");
    }

    private static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
