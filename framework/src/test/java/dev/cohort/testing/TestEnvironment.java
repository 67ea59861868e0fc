package dev.cohort.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The one rule for tests that need something of the machine they run on (a program such as {@code
 * pdflatex} or {@code chromium}, the right to mount a file system, a Slurm installation): where it is
 * missing, the test is skipped with the reason, so that every runner shows it (call this per test, in the
 * test or in a {@code @BeforeEach}, never in a {@code @BeforeAll}: a class aborted there shows no test at
 * all); under CI (the environment variable {@code CI} set to any non-empty value) the test fails instead.
 *
 * <p>The system properties {@value #PATH_PROPERTY} and {@value #CI_PROPERTY}, when set, stand for {@code
 * PATH} and {@code CI}, so that a test can check the rule itself.
 */
public final class TestEnvironment {

    /** Stands for the {@code PATH} environment variable when set. */
    public static final String PATH_PROPERTY = "cohort.test.path";

    /** Stands for the {@code CI} environment variable when set; empty means not on CI. */
    public static final String CI_PROPERTY = "cohort.test.ci";

    private TestEnvironment() {}

    /** Whether the tests run on CI: {@code CI} (or {@value #CI_PROPERTY}) is set to a non-empty value. */
    public static boolean onCi() {
        String ci = System.getProperty(CI_PROPERTY, System.getenv("CI"));
        return ci != null && !ci.isBlank();
    }

    /** The first executable {@code program} in the directories of {@code PATH} (or {@value #PATH_PROPERTY}). */
    public static Optional<Path> onPath(String program) {
        String path = System.getProperty(PATH_PROPERTY, System.getenv("PATH"));
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /**
     * The executable {@code program} on the PATH; without it the calling test is skipped, or fails on CI.
     *
     * @param install how to get it, for the message (for example {@code apt-get install texlive-latex-base})
     */
    public static Path requireProgram(String program, String install) {
        Optional<Path> found = onPath(program);
        require(found.isPresent(), program + " is not on the PATH (" + install + ")");
        return found.orElseThrow();
    }

    /**
     * Skips the calling test, saying {@code missing}, when {@code available} is false; on CI fails it
     * instead.
     *
     * @param missing what is missing and how to get it, for example {@code "pdflatex is not on the PATH
     *     (apt-get install texlive-latex-base)"}
     */
    public static void require(boolean available, String missing) {
        if (available) {
            return;
        }
        if (onCi()) {
            fail(missing + "; CI is set, so the test must run");
        }
        Assumptions.abort(missing + "; skipped outside CI");
    }

    /**
     * Skips the calling test, saying {@code refused}, when the machine does not grant what it needs
     * ({@code granted} false), on CI too: a privilege such as mounting a file system is the machine's, not
     * a tool that {@code .ci/run} can install, so its absence is reported, never hidden and never fatal.
     */
    public static void requirePrivilege(boolean granted, String refused) {
        Assumptions.assumeTrue(
                granted, () -> refused + "; skipped (a privilege of the machine, not a tool CI installs)");
    }
}
