package dev.cohort.runtime.worker;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What HotSpot prints to standard output when the JVM crashes (a fatal signal in native code, say): a
 * headline, and the file it saved the full report in ({@code -XX:ErrorFile}, by default {@code
 * hs_err_pid<pid>.log} in the working directory).
 */
final class CrashReport {

    /** The headline of a crash report. */
    static final String HEADLINE = "A fatal error has been detected by the Java Runtime Environment";

    private static final Pattern FILE =
            Pattern.compile("An error report file with more information is saved as:\\s*#\\s*(\\S+)");

    private CrashReport() {}

    /** The file of the crash report that {@code output} announces, if it announces one. */
    static Optional<String> file(String output) {
        Matcher matcher = FILE.matcher(output);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
