package dev.cohort.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records and reports 100 configurations x 30 seeds of learning curves in a child JVM with a heap too
 * small to hold the raw points: curves are buffered per trial while it runs and aggregated file by file.
 *
 * <p>By default each trial logs 2,000 steps: 6,000,000 points, 96 MB as bare {@code long} steps and
 * {@code double} values, under {@code -Xmx64m} (about 10 s here). The full size of issue 4 (10,000 steps,
 * 30,000,000 points, 1.2 GB of curve files, 480 MB of bare points) passes under {@code -Xmx256m} in
 * about 100 s: {@code -Dcohort.scale.steps=10000 -Dcohort.scale.heap=256m}.
 */
class CurveScaleTest {

    private static final int CONFIGURATIONS = 100;

    @TempDir
    Path temp;

    @Test
    void recordsAndReportsManyLongCurvesInASmallHeap() throws IOException, InterruptedException {
        int steps = Integer.getInteger("cohort.scale.steps", 2_000);
        String heap = System.getProperty("cohort.scale.heap", "64m");
        Path results = temp.resolve("results");
        Path reports = temp.resolve("reports");
        Path output = temp.resolve("child.log");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx" + heap,
                        "-cp",
                        System.getProperty("java.class.path"),
                        CurveScale.class.getName(),
                        results.toString(),
                        reports.toString(),
                        Integer.toString(steps))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean finished = child.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            child.destroyForcibly();
        }
        String log = Files.readString(output, StandardCharsets.UTF_8);

        assertThat(finished).as("the child finished in time: %s", log).isTrue();
        assertThat(child.exitValue())
                .as("the child JVM (-Xmx%s) succeeded: %s", heap, log)
                .isZero();
        assertThat(log).contains("points=" + (long) CONFIGURATIONS * 30 * steps);
        long width = (steps - 1) / 300 + 1;
        long buckets = steps <= 300 ? steps : (steps - 1) / width + 1;
        List<String> rows = Files.readAllLines(reports.resolve("curves.csv"));
        assertThat(rows).hasSize(1 + (int) (CONFIGURATIONS * buckets));
        assertThat(rows.get(rows.size() - 1)).contains(",squared_error,\"a=9, b=9\",9,9," + (steps - 1) + ",30,");
        System.err.println("CurveScaleTest: " + log.strip());
    }
}
