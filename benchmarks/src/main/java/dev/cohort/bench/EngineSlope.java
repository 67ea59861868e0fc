package dev.cohort.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The engine's cost per trial as the console launcher sees it: each engine runs 2,000 and 20,000 trivial
 * tests in a fresh {@code ConsoleLauncher} JVM, one test at a time, and the slope between the two sizes
 * is its cost per test (JVM start, class loading and discovery set-up cancel out). Cohort runs {@link
 * TrivialWarmUp}/{@link TrivialExperiments} with {@code cohort.parallelism=1}, in thread isolation and in
 * worker processes; Jupiter runs {@link TrivialTestsWarmUp}/{@link TrivialTests}. The runs alternate
 * over {@value #ROUNDS} rounds ({@code BENCH_ROUNDS} in the environment overrides it); the median slope
 * counts. Besides the wall time, the slope of the launcher JVM's CPU time (user and system, every thread,
 * {@link CpuTimedLauncher}) is shown, which other work on a shared machine skews less. {@code
 * BENCH_LAUNCHER_FLAGS} in the environment adds JVM flags to every launcher JVM (a flight recording, for
 * example). Target: Cohort's slope in thread isolation at most half of Jupiter's.
 */
public final class EngineSlope {

    private static final int ROUNDS = 5;
    private static final int SMALL = 2_000;
    private static final int LARGE = 20_000;

    /** The wall and CPU time of one launcher JVM, in nanoseconds. */
    private record Cost(long wall, long cpu) {}

    /** One contender: an engine, its two classes and its configuration. */
    private record Contender(String name, String engine, Class<?> small, Class<?> large, Map<String, String> config) {}

    private EngineSlope() {}

    /**
     * Runs the benchmark, writing results files under the directory named by the first argument; the
     * console launcher's details mode ({@code none} by default, or {@code tree}) may follow.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 1 || args.length > 2) {
            throw new IllegalArgumentException("usage: EngineSlope <work directory> [none|tree]");
        }
        Path work = Path.of(args[0]).toAbsolutePath();
        String details = args.length == 2 ? args[1] : "none";
        Files.createDirectories(work);
        System.out.println(Environment.describe() + ", console launcher --details=" + details);
        List<Contender> contenders = List.of(
                new Contender(
                        "cohort (threads)",
                        "cohort",
                        TrivialWarmUp.class,
                        TrivialExperiments.class,
                        cohort(work.resolve("thread"), "thread")),
                new Contender(
                        "jupiter",
                        "junit-jupiter",
                        TrivialTestsWarmUp.class,
                        TrivialTests.class,
                        Map.of("junit.jupiter.execution.parallel.enabled", "false")),
                new Contender(
                        "cohort (processes)",
                        "cohort",
                        TrivialWarmUp.class,
                        TrivialExperiments.class,
                        cohort(work.resolve("process"), "process")));
        int rounds = rounds();
        Map<String, double[]> slopes = new LinkedHashMap<>();
        Map<String, double[]> cpuSlopes = new LinkedHashMap<>();
        contenders.forEach(c -> slopes.put(c.name(), new double[rounds]));
        contenders.forEach(c -> cpuSlopes.put(c.name(), new double[rounds]));
        for (int round = 0; round < rounds; round++) {
            for (Contender contender : contenders) {
                Cost small = time(contender, contender.small(), details, work);
                Cost large = time(contender, contender.large(), details, work);
                double slope = perTest(large.wall() - small.wall());
                double cpuSlope = perTest(large.cpu() - small.cpu());
                slopes.get(contender.name())[round] = slope;
                cpuSlopes.get(contender.name())[round] = cpuSlope;
                System.out.printf(
                        Locale.ROOT,
                        "round %d %s: %s (%s CPU) for %,d, %s (%s CPU) for %,d: %.1f us/test, %.1f us CPU/test%n",
                        round + 1,
                        contender.name(),
                        Environment.seconds(small.wall()),
                        Environment.seconds(small.cpu()),
                        SMALL,
                        Environment.seconds(large.wall()),
                        Environment.seconds(large.cpu()),
                        LARGE,
                        slope,
                        cpuSlope);
            }
        }
        double jupiter = median(slopes.get("jupiter"));
        double jupiterCpu = median(cpuSlopes.get("jupiter"));
        for (Contender contender : contenders) {
            double slope = median(slopes.get(contender.name()));
            double cpuSlope = median(cpuSlopes.get(contender.name()));
            System.out.printf(
                    Locale.ROOT,
                    "RESULT engine-slope %s: %.1f us/test, %.2f x jupiter%s; CPU %.1f us/test, %.2f x jupiter%n",
                    contender.name(),
                    slope,
                    slope / jupiter,
                    contender.name().equals("cohort (threads)")
                            ? " (target <= 0.5: " + (slope / jupiter <= 0.5 ? "met" : "MISSED") + ")"
                            : "",
                    cpuSlope,
                    cpuSlope / jupiterCpu);
        }
        System.out.println(Environment.describe());
    }

    private static double perTest(long nanos) {
        return nanos / 1e3 / (LARGE - SMALL);
    }

    private static int rounds() {
        String rounds = System.getenv("BENCH_ROUNDS");
        if (rounds == null || rounds.isBlank()) {
            return ROUNDS;
        }
        try {
            int parsed = Integer.parseInt(rounds.strip());
            if (parsed >= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below with the value
        }
        throw new IllegalArgumentException("BENCH_ROUNDS=" + rounds + " is not a positive number of rounds");
    }

    private static Map<String, String> cohort(Path results, String isolation) {
        return Map.of(
                "cohort.results",
                results.toString(),
                "cohort.progress",
                "false",
                "cohort.parallelism",
                "1",
                "cohort.isolation",
                isolation);
    }

    private static Cost time(Contender contender, Class<?> type, String details, Path work)
            throws IOException, InterruptedException {
        if (contender.engine().equals("cohort")) {
            deleteRecursively(Path.of(contender.config().get("cohort.results")));
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        String flags = System.getenv("BENCH_LAUNCHER_FLAGS");
        if (flags != null && !flags.isBlank()) {
            command.addAll(List.of(flags.strip().split("\\s+")));
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        Path cpuFile = work.resolve("console.cpu");
        Files.deleteIfExists(cpuFile);
        command.add(CpuTimedLauncher.class.getName());
        command.add(cpuFile.toString());
        command.add("execute");
        command.add("--disable-banner");
        command.add("--details=" + details);
        command.add("--include-engine=" + contender.engine());
        command.add("--select-class=" + type.getName());
        contender.config().forEach((key, value) -> command.add("--config=" + key + "=" + value));
        File log = work.resolve("console.log").toFile();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();
        int status = process.waitFor();
        long elapsed = System.nanoTime() - start;
        if (status != 0) {
            throw new IllegalStateException("exit status " + status + " of " + String.join(" ", command) + ":\n"
                    + Files.readString(log.toPath()));
        }
        return new Cost(elapsed, Long.parseLong(Files.readString(cpuFile).strip()));
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path :
                    paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
