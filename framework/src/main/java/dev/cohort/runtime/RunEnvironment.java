package dev.cohort.runtime;

import dev.cohort.results.RunInfo;
import dev.cohort.results.Shard;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds out what a run executes on: the git commit of the working directory, the JVM, the operating
 * system and the host. Read once per run, without spawning processes: the commit comes from the
 * repository's {@code HEAD}, loose refs and {@code packed-refs} files (also in linked worktrees and
 * submodules, whose {@code .git} is a file pointing to the real directory).
 */
public final class RunEnvironment {

    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");

    private RunEnvironment() {}

    /** The run {@code id}, started at {@code startedAt}, on this machine in the working directory. */
    public static RunInfo describe(String id, Instant startedAt) {
        return describe(id, startedAt, Shard.whole());
    }

    /**
     * The run {@code id} of {@code shard}, started at {@code startedAt}, on this machine in the working
     * directory.
     */
    public static RunInfo describe(String id, Instant startedAt, Shard shard) {
        return new RunInfo(
                id,
                gitCommit(Path.of("")).orElse(null),
                System.getProperty("java.vendor") + " " + System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.runtime.version", System.getProperty("java.version")),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                host(),
                startedAt.toString(),
                shard.isWhole() ? null : shard.label());
    }

    /**
     * The host name: from the environment ({@code HOSTNAME}, {@code COMPUTERNAME}), {@code
     * /etc/hostname}, or the network configuration; {@code localhost} when none is known.
     */
    public static String host() {
        for (String variable : List.of("HOSTNAME", "COMPUTERNAME")) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        try {
            Path file = Path.of("/etc/hostname");
            if (Files.isRegularFile(file)) {
                String value = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!value.isEmpty()) {
                    return value;
                }
            }
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException | RuntimeException e) {
            return "localhost";
        }
    }

    /**
     * The host name as part of a file name: up to its first dot, letters, digits and {@code -} only
     * (anything else becomes {@code _}), at most 32 characters; never a path.
     */
    public static String hostForFileName(String host) {
        String shortName = host.contains(".") && host.indexOf('.') > 0 ? host.substring(0, host.indexOf('.')) : host;
        String safe = shortName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "_");
        safe = safe.length() > 32 ? safe.substring(0, 32) : safe;
        return safe.isEmpty() ? "host" : safe;
    }

    /**
     * The commit checked out in the git repository holding {@code directory} (or one of its parents),
     * or empty outside a repository or when it cannot be read.
     */
    public static Optional<String> gitCommit(Path directory) {
        try {
            for (Path dir = directory.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
                Path dotGit = dir.resolve(".git");
                if (Files.isDirectory(dotGit)) {
                    return head(dotGit, dotGit);
                }
                if (Files.isRegularFile(dotGit)) {
                    String pointer =
                            Files.readString(dotGit, StandardCharsets.UTF_8).strip();
                    if (!pointer.startsWith("gitdir:")) {
                        return Optional.empty();
                    }
                    Path gitDir = dir.resolve(
                                    pointer.substring("gitdir:".length()).strip())
                            .normalize();
                    Path commonFile = gitDir.resolve("commondir");
                    Path common = Files.isRegularFile(commonFile)
                            ? gitDir.resolve(Files.readString(commonFile, StandardCharsets.UTF_8)
                                            .strip())
                                    .normalize()
                            : gitDir;
                    return head(gitDir, common);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<String> head(Path gitDir, Path commonDir) throws IOException {
        String head =
                Files.readString(gitDir.resolve("HEAD"), StandardCharsets.UTF_8).strip();
        if (!head.startsWith("ref:")) {
            return commit(head);
        }
        String ref = head.substring("ref:".length()).strip();
        for (Path base : List.of(gitDir, commonDir)) {
            Path loose = base.resolve(ref).normalize();
            if (loose.startsWith(base) && Files.isRegularFile(loose)) {
                return commit(Files.readString(loose, StandardCharsets.UTF_8).strip());
            }
        }
        Path packed = commonDir.resolve("packed-refs");
        if (Files.isRegularFile(packed)) {
            for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                String[] parts = line.strip().split(" ", 2);
                if (parts.length == 2 && parts[1].equals(ref)) {
                    return commit(parts[0]);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> commit(String text) {
        return COMMIT.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }
}
