package dev.cohort.maven;

import dev.cohort.results.ConsoleText;
import java.io.PrintStream;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * Lines a build shows even with {@code mvn -q}: at INFO in the build log, or, when INFO is off, plainly on
 * standard output, as Maven's own plugins print what was asked for ({@code help:evaluate -q
 * -DforceStdout}). Quiet hides progress, not the answer; WARN would be wrong, since nothing is amiss.
 */
final class EssentialOutput {

    private EssentialOutput() {}

    /** Prints {@code lines} through {@code log} at INFO, or to {@code out} when INFO is off. */
    static void print(Log log, List<String> lines, PrintStream out) {
        if (log.isInfoEnabled()) {
            lines.forEach(log::info);
        } else {
            lines.forEach(line -> out.println(ConsoleText.clean(line)));
        }
    }
}
