package dev.cohort.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * The report at scale: writes a study, then times {@link ReportMain} on it in a JVM limited to 512 MiB
 * of heap, start-up included. {@code ReportAtScale scalars <dir>}: 1,000 configurations x 1,000 seeds x 3
 * metrics (1,000,000 trial lines), target under 30 s. {@code ReportAtScale curves <dir>}: 100
 * configurations x 30 seeds with a 10,000-step learning curve each, target: it completes in the same heap.
 */
public final class ReportAtScale {

    static final List<String> HEAP = List.of("-Xmx512m");
    private static final double TARGET_SECONDS = 30;

    private ReportAtScale() {}

    /** Runs the scenario named by the first argument in the directory named by the second. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !List.of("scalars", "curves").contains(args[0])) {
            throw new IllegalArgumentException("usage: ReportAtScale scalars|curves <work directory>");
        }
        boolean curves = args[0].equals("curves");
        StudyGenerator study = curves ? new StudyGenerator(10, 10, 30, 10_000) : new StudyGenerator(40, 25, 1000, 0);
        Path dir = Path.of(args[1]);
        Path results = dir.resolve("results");
        System.out.println(Environment.describe());
        System.out.println("writing " + study.trials() + " trial lines"
                + (curves ? " with " + study.curveSteps() + "-step curves" : "") + " to " + results);
        study.write(results);
        long nanos = ChildProcess.time(ChildProcess.java(
                HEAP,
                ReportMain.class,
                results.toString(),
                dir.resolve("report").toString()));
        double seconds = nanos / 1e9;
        System.out.printf(
                "RESULT report %s: %d configurations x %d seeds (%d trials) with -Xmx512m in %.2f s end to end%s%n",
                args[0],
                study.lrs() * study.widths(),
                study.seeds(),
                study.trials(),
                seconds,
                curves
                        ? ""
                        : String.format(
                                " (target < %.0f s: %s)", TARGET_SECONDS, seconds < TARGET_SECONDS ? "met" : "MISSED"));
    }
}
