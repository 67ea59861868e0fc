package dev.cohort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code version a run records: read from git's files, in every layout git uses. */
class RunEnvironmentTest {

    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
    private static final String OTHER = "89abcdef0123456789abcdef0123456789abcdef";

    @TempDir
    Path root;

    @Test
    void readsTheBranchHeadFromALooseRefInASubdirectoryOfTheRepository() throws IOException {
        Path git = Files.createDirectories(root.resolve("repo/.git/refs/heads/feature"));
        Files.writeString(root.resolve("repo/.git/HEAD"), "ref: refs/heads/feature/x\n");
        Files.writeString(git.resolve("x"), COMMIT + "\n");
        Path module = Files.createDirectories(root.resolve("repo/module/target"));

        assertThat(RunEnvironment.gitCommit(module)).contains(COMMIT);
    }

    @Test
    void readsPackedRefsAndADetachedHead() throws IOException {
        Files.createDirectories(root.resolve("packed/.git"));
        Files.writeString(root.resolve("packed/.git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(
                root.resolve("packed/.git/packed-refs"),
                "# pack-refs with: peeled fully-peeled sorted\n" + OTHER + " refs/heads/other\n" + COMMIT
                        + " refs/heads/main\n");
        Files.createDirectories(root.resolve("detached/.git"));
        Files.writeString(root.resolve("detached/.git/HEAD"), OTHER + "\n");

        assertThat(RunEnvironment.gitCommit(root.resolve("packed"))).contains(COMMIT);
        assertThat(RunEnvironment.gitCommit(root.resolve("detached"))).contains(OTHER);
    }

    @Test
    void followsTheGitFileOfALinkedWorktreeToItsCommonDirectory() throws IOException {
        Path main = Files.createDirectories(root.resolve("main/.git/refs/heads"));
        Files.writeString(main.resolve("wt"), COMMIT + "\n");
        Path worktreeGit = Files.createDirectories(root.resolve("main/.git/worktrees/wt"));
        Files.writeString(worktreeGit.resolve("HEAD"), "ref: refs/heads/wt\n");
        Files.writeString(worktreeGit.resolve("commondir"), "../..\n");
        Path worktree = Files.createDirectories(root.resolve("wt"));
        Files.writeString(worktree.resolve(".git"), "gitdir: " + worktreeGit + "\n");

        assertThat(RunEnvironment.gitCommit(worktree)).contains(COMMIT);
    }

    @Test
    void outsideARepositoryOrWithGarbageThereIsNoCommit() throws IOException {
        Files.createDirectories(root.resolve("broken/.git"));
        Files.writeString(root.resolve("broken/.git/HEAD"), "ref: refs/heads/missing\n");

        assertThat(RunEnvironment.gitCommit(root.resolve("broken"))).isEmpty();
    }

    @Test
    void hostNamesBecomeSafeFileNameParts() {
        assertThat(RunEnvironment.hostForFileName("node042.cluster.example.org"))
                .isEqualTo("node042");
        assertThat(RunEnvironment.hostForFileName("../../etc/passwd")).isEqualTo("______etc_passwd");
        assertThat(RunEnvironment.hostForFileName("My Laptop/x")).isEqualTo("my_laptop_x");
        assertThat(RunEnvironment.hostForFileName("")).isEqualTo("host");
    }
}
