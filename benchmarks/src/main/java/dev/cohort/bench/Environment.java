package dev.cohort.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/** The machine and JVM a benchmark ran on, printed with every result so the output alone says how it was made. */
final class Environment {

    private Environment() {}

    /** One line: JVM, version, cores, maximum heap, JVM flags and the load average (other work on the machine skews wall times). */
    static String describe() {
        Runtime runtime = Runtime.getRuntime();
        return String.format(
                Locale.ROOT,
                "# %s %s, %d cores, max heap %d MiB, flags %s, load average %s",
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                runtime.availableProcessors(),
                runtime.maxMemory() >> 20,
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                String.format(
                        Locale.ROOT,
                        "%.2f",
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    }

    /** A duration in seconds with three decimals. */
    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
    }
}
