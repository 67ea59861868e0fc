package dev.cohort.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The report at scale: writes a study (once: a later run on the same study reuses it), then times
 * {@link ReportMain} on it in a JVM limited to 512 MiB of heap, start-up included, alternately with its
 * peer, 3 rounds ({@code BENCH_ROUNDS}); the medians count. {@code ReportAtScale scalars <dir> <parse.py>
 * [<mvnw> <plugin version>]}: 1,000 configurations (three swept parameters, 10 x 10 x 10) x 1,000 seeds x
 * 3 metrics (1,000,000 trial lines), against Python's {@code json} module merely parsing the same lines;
 * with a Maven wrapper and the plugin's version, each round also runs the goal itself, {@code mvn
 * cohort:report} with {@code MAVEN_OPTS=-Xmx512m}, offline, in a project of its own (Maven's start-up
 * included: the figure a user sees). Target: the whole report under {@value #SCALARS_TARGET} s (the goal's
 * when it runs) and faster than the parse. {@code ReportAtScale curves <dir>}:
 * 100 configurations x 30 seeds with a 10,000-step learning curve each, target under
 * {@value #CURVES_TARGET} s. Each round also times the report with {@link #HEAP_C1_ONLY} (and the goal
 * with those options in {@code MAVEN_OPTS}). The scalar study also measures, once, the heap its trials
 * hold once read ({@link ResultsMemory}).
 */
public final class ReportAtScale {

    static final List<String> HEAP = List.of("-Xmx512m");
    /**
     * {@link #HEAP} with the JIT's first tier alone (C1, {@code -XX:TieredStopAtLevel=1}): on two cores the
     * optimising compiler takes a third to a half of a report's CPU, so each benchmark of the report also
     * times this JVM option (which a user can give Maven's JVM), beside the default.
     */
    static final List<String> HEAP_C1_ONLY = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1");
    /** The rounds, 3 unless the environment variable {@code BENCH_ROUNDS} says otherwise. */
    private static final int ROUNDS = Integer.parseInt(System.getenv().getOrDefault("BENCH_ROUNDS", "3"));

    private static final double SCALARS_TARGET = 5;
    private static final double CURVES_TARGET = 10;
    private static final String PYTHON = "/usr/bin/python3";

    private ReportAtScale() {}

    /** Runs the scenario named by the first argument in the directory named by the second. */
    public static void main(String[] args) throws Exception {
        boolean scalars = (args.length == 3 || args.length == 5) && args[0].equals("scalars");
        boolean curves = args.length == 2 && args[0].equals("curves");
        if (!scalars && !curves) {
            throw new IllegalArgumentException("usage: ReportAtScale scalars <work directory> <parse.py>"
                    + " [<mvnw> <plugin version>] | curves <work directory>");
        }
        StudyGenerator study =
                curves ? new StudyGenerator(10, 10, 30, 10_000) : new StudyGenerator(10, 10, 10, 1000, 0);
        Path dir = Path.of(args[1]);
        Path results = dir.resolve("results");
        System.out.println(Environment.describe());
        System.out.println("study: " + study.trials() + " trial lines"
                + (curves ? " with " + study.curveSteps() + "-step curves" : "") + " in " + results);
        study.writeOnce(results);
        List<String> report = ReportMain.command(HEAP, results, dir.resolve("report"));
        List<String> reportC1 = ReportMain.command(HEAP_C1_ONLY, results, dir.resolve("report"));
        MavenGoal goal = args.length == 5 ? MavenGoal.write(dir.resolve("project"), args[3], args[4], results) : null;
        if (scalars) {
            ChildProcess.time(ChildProcess.java(HEAP, ResultsMemory.class, results.toString()));
        }
        long[] cohort = new long[ROUNDS];
        long[] cohortC1 = new long[ROUNDS];
        long[] maven = new long[ROUNDS];
        long[] mavenC1 = new long[ROUNDS];
        long[] python = new long[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            cohort[r] = ChildProcess.time(report);
            cohortC1[r] = ChildProcess.time(reportC1);
            if (goal != null) {
                maven[r] = goal.time(HEAP);
                mavenC1[r] = goal.time(HEAP_C1_ONLY);
            }
            if (scalars) {
                python[r] = ChildProcess.time(List.of(PYTHON, args[2], results.toString()));
            }
            System.out.printf(
                    Locale.ROOT,
                    "round %d: cohort report %s (C1 only %s)%s%s%n",
                    r + 1,
                    Environment.seconds(cohort[r]),
                    Environment.seconds(cohortC1[r]),
                    goal != null
                            ? ", mvn cohort:report " + Environment.seconds(maven[r]) + " (C1 only "
                                    + Environment.seconds(mavenC1[r]) + ")"
                            : "",
                    scalars ? ", python json parse " + Environment.seconds(python[r]) : "");
        }
        System.out.printf(
                Locale.ROOT,
                "RESULT report %s with %s: median of %d: %.2f s, %.2f x the default%s%n",
                args[0],
                String.join(" ", HEAP_C1_ONLY),
                ROUNDS,
                median(cohortC1) / 1e9,
                median(cohortC1) / median(cohort),
                goal != null
                        ? String.format(
                                Locale.ROOT,
                                "; mvn cohort:report with MAVEN_OPTS=\"%s\" %.2f s, %.2f x the default",
                                String.join(" ", HEAP_C1_ONLY),
                                median(mavenC1) / 1e9,
                                median(mavenC1) / median(maven))
                        : "");
        if (goal != null) {
            double seconds = median(maven) / 1e9;
            double peer = median(python) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "RESULT mvn cohort:report: %d trial lines with MAVEN_OPTS=-Xmx512m, Maven's start-up included,"
                            + " median of %d: %.2f s; python json parse %.2f s; ratio cohort / python %.2f"
                            + " (target < %.0f s: %s)%n",
                    study.trials(),
                    ROUNDS,
                    seconds,
                    peer,
                    seconds / peer,
                    SCALARS_TARGET,
                    seconds < SCALARS_TARGET ? "met" : "MISSED");
        }
        double seconds = median(cohort) / 1e9;
        String what = String.format(
                Locale.ROOT,
                "RESULT report %s: %d configurations x %d seeds (%d trials)%s with -Xmx512m, median of %d: %.2f s"
                        + " end to end",
                args[0],
                study.configurations(),
                study.seeds(),
                study.trials(),
                curves ? " x " + study.curveSteps() + " steps" : " x 3 metrics",
                ROUNDS,
                seconds);
        if (scalars) {
            double peer = median(python) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "%s; python json parse %.2f s; ratio cohort / python %.2f (target < %.0f s: %s)%n",
                    what,
                    peer,
                    seconds / peer,
                    SCALARS_TARGET,
                    seconds < SCALARS_TARGET ? "met" : "MISSED");
        } else {
            System.out.printf(
                    Locale.ROOT,
                    "%s (target < %.0f s: %s)%n",
                    what,
                    CURVES_TARGET,
                    seconds < CURVES_TARGET ? "met" : "MISSED");
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
