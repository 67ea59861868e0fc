package dev.cohort.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.platform.console.ConsoleLauncher;

/**
 * The JUnit console launcher, reporting the CPU time (user and system, all threads) its JVM spent: the
 * first argument names the file that receives it, in nanoseconds, when the JVM exits; the others go to
 * {@link ConsoleLauncher}. {@link EngineSlope} reads it, since the CPU time of a child process is no longer
 * known once it has ended.
 */
public final class CpuTimedLauncher {

    private CpuTimedLauncher() {}

    /** Runs the console launcher with {@code args} after the first, then writes the CPU time to the first. */
    public static void main(String[] args) {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: CpuTimedLauncher <cpu time file> <console launcher args>");
        }
        Path cpuFile = Path.of(args[0]);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> write(cpuFile)));
        ConsoleLauncher.main(Arrays.copyOfRange(args, 1, args.length));
    }

    private static void write(Path cpuFile) {
        Duration cpu = ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("the operating system reports no CPU time"));
        try {
            Files.writeString(cpuFile, Long.toString(cpu.toNanos()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CPU time to " + cpuFile, e);
        }
    }
}
