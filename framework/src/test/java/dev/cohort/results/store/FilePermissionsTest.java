package dev.cohort.results.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Manifests and results files get the permissions the umask gives a new file, as any file the user
 * creates does (issue 14: manifests were {@code -rw-------}, so another user's {@code cohort:check}
 * skipped them and passed).
 */
class FilePermissionsTest {

    @TempDir
    Path dir;

    /** The permissions the umask gives a new file here, whatever the umask of the machine running the test. */
    private String umaskPermissions() throws IOException {
        Path probe = Files.createFile(dir.resolve("probe"));
        return permissions(probe);
    }

    private static String permissions(Path file) throws IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void manifestsAndResultsFollowTheUmask() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        String expected = umaskPermissions();
        assumeTrue(!expected.equals("rw-------"), "a umask that lets others read (" + expected + ")");

        Path manifest = ManifestStore.write(
                dir,
                new ExperimentManifest(
                        "x#y",
                        "",
                        "x",
                        "y",
                        Map.of("lr", List.of(1)),
                        List.of(Map.of("lr", 1)),
                        List.of(1L),
                        Map.of(),
                        List.of(),
                        "2025-01-01T00:00:00Z",
                        null,
                        null));
        Path results = dir.resolve("run.jsonl");
        try (JsonLinesResultWriter writer = JsonLinesResultWriter.open(results)) {
            writer.append(new TrialResult(
                    "x#y", Map.of("lr", 1), 1, 0, TrialStatus.FAILED, Map.of(), 1, null, null, null, null, null, null));
        }

        assertThat(permissions(manifest)).isEqualTo(expected);
        assertThat(permissions(results)).isEqualTo(expected);
        try (var left = Files.list(manifest.getParent())) {
            assertThat(left).containsExactly(manifest);
        }
    }
}
