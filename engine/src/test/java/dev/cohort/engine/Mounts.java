package dev.cohort.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Mounts a small tmpfs on a test's directory, to meet a full disk or a read-only file system for real.
 * Mounting needs root (or the capability to mount) and a {@code mount} command; where it is not allowed
 * the tests that need it are skipped, saying why (and fail on CI: {@code TestEnvironment}).
 */
final class Mounts {

    private Mounts() {}

    /**
     * Mounts a tmpfs with {@code options} (for example {@code size=64k} or {@code ro}) on {@code directory}.
     *
     * @return empty when mounted, else why it could not be
     */
    static Optional<String> tmpfs(Path directory, String options) {
        return run("mount", "-t", "tmpfs", "-o", options, "cohort-test", directory.toString());
    }

    /** Unmounts {@code directory}; fails the test when it stays mounted. */
    static void unmount(Path directory) {
        run("umount", directory.toString()).ifPresent(reason -> {
            throw new AssertionError("cannot unmount " + directory + ": " + reason);
        });
    }

    private static Optional<String> run(String... command) {
        List<String> line = new ArrayList<>(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.of(String.join(" ", line) + " did not end within 30 s");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.exitValue() == 0
                    ? Optional.empty()
                    : Optional.of(
                            String.join(" ", line) + " failed with status " + process.exitValue() + ": " + output);
        } catch (IOException e) {
            return Optional.of(String.join(" ", line) + " cannot run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(String.join(" ", line) + " was interrupted");
        }
    }
}
