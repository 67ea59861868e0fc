package dev.cohort.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cohort.pipeline.ReportPipeline;
import dev.cohort.results.TrialResult;
import dev.cohort.results.store.JsonLinesResultReader;
import dev.cohort.testing.TestEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The example study on a real Slurm: starts a single-node cluster on localhost (munge, slurmctld,
 * slurmd with a minimal {@code slurm.conf}), submits {@code slurm/submit.sh} (a 4-task job array running
 * the tuning stage, {@code mvn -o verify -Dcohort.shard=i/4}; a confirmation job running {@code
 * -Dcohort.stage=confirmation} with {@code --dependency=afterok} on the array; and a report job with
 * {@code --dependency=afterok} on the confirmation), waits for all, and checks that the merged {@code
 * summary.json} equals the one of this build's unsharded run ({@code target/cohort/results}, written by
 * Surefire in one JVM). Runs with {@code -Pslurm}; needs the
 * Debian packages {@code slurm-wlm} and {@code munge} (skipped without them, failed on CI: {@link
 * TestEnvironment}), and root (or password-less sudo) to start the
 * daemons, which it stops afterwards.
 */
class SlurmClusterIT {

    private static final Duration DAEMON_START = Duration.ofSeconds(60);
    private static final Duration STUDY = Duration.ofMinutes(10);

    private final Path project = Path.of("").toAbsolutePath();
    private final Path work =
            Path.of(System.getProperty("cohort.it.work", "target/slurm-it")).toAbsolutePath();
    private final String localRepository =
            System.getProperty("cohort.it.localRepository", System.getProperty("user.home") + "/.m2/repository");
    private final List<Path> pidFiles = new ArrayList<>();

    @Test
    void aStudyShardedFourWaysOnSlurmReportsWhatOneJvmReports() throws Exception {
        for (String tool : List.of("munged", "slurmctld", "slurmd", "sbatch", "squeue", "scontrol", "sinfo")) {
            TestEnvironment.require(
                    onPath(tool), tool + " is not on the PATH nor in /usr/sbin (apt-get install slurm-wlm munge)");
        }
        deleteRecursively(work);
        Files.createDirectories(work);
        Path repository = work.resolve("repo");
        Instant start = Instant.now();
        installCohortInto(repository);
        Instant installed = Instant.now();
        Path conf = startCluster();
        Instant started = Instant.now();

        Path results = work.resolve("results");
        Path reports = work.resolve("report");
        Map<String, String> environment = Map.of(
                "SLURM_CONF", conf.toString(),
                "SHARDS", "4",
                "COHORT_RESULTS", results.toString(),
                "COHORT_REPORTS", reports.toString(),
                "COHORT_SLURM_LOGS", work.resolve("logs").toString(),
                "COHORT_MAVEN_ARGS",
                        "-q -Dmaven.repo.local=" + repository + " -Dmaven.repo.local.tail=" + localRepository);
        String submitted = run(
                        project,
                        Duration.ofMinutes(1),
                        environment,
                        project.resolve("slurm/submit.sh").toString())
                .output();
        Matcher jobs = Pattern.compile("job array (\\d+).*\\n.*job (\\d+).*\\n.*job (\\d+)")
                .matcher(submitted);
        assertThat(jobs.find()).as("job ids in %s", submitted).isTrue();
        String array = jobs.group(1);
        String confirmation = jobs.group(2);
        String report = jobs.group(3);
        waitForJobs(conf, array + "," + confirmation + "," + report);
        Instant done = Instant.now();
        System.err.printf(
                "[slurm-it] install into %s: %d s, cluster start: %d s, 4-way array, confirmation and report: %d s%n",
                repository,
                Duration.between(start, installed).toSeconds(),
                Duration.between(installed, started).toSeconds(),
                Duration.between(started, done).toSeconds());

        String logs = jobLogs();
        assertThat(jobState(conf, confirmation))
                .as("the confirmation job's state; logs:%n%s", logs)
                .isEqualTo("COMPLETED");
        assertThat(jobState(conf, report))
                .as("the report job's state; logs:%n%s", logs)
                .isEqualTo("COMPLETED");
        try (Stream<Path> files = Files.list(results)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jsonl")))
                    .as("one results file per shard, and one of the confirmation stage")
                    .hasSize(5)
                    .anySatisfy(n -> assertThat(n).endsWith("-shard0of4.jsonl"))
                    .anySatisfy(n -> assertThat(n).endsWith("-shard3of4.jsonl"))
                    .filteredOn(n -> !n.contains("-shard"))
                    .hasSize(1);
        }
        List<TrialResult> trials = JsonLinesResultReader.read(results).trials();
        // 420 tuning trials in the shards; the best step size of LMS and of IDBD on 30 fresh seeds after them
        assertThat(trials).hasSize(420 + 2 * 30);
        assertThat(trials)
                .filteredOn(t -> !t.isConfirmation())
                .hasSize(420)
                .allSatisfy(t -> assertThat(t.run().shard()).matches("[0-3]/4"));
        assertThat(trials)
                .filteredOn(TrialResult::isConfirmation)
                .hasSize(60)
                .allSatisfy(t -> assertThat(t.run().shard()).isNull());
        assertThat(summary(reports))
                .as("merged summary.json equals the unsharded run's")
                .isEqualTo(unshardedSummary());
        assertThat(logs).contains("shard 3/4: 105 selected trials");
    }

    @AfterEach
    void stopDaemons() throws Exception {
        for (Path pidFile : pidFiles) {
            if (Files.isRegularFile(pidFile)) {
                String pid = Files.readString(pidFile, StandardCharsets.UTF_8).strip();
                run(work, Duration.ofSeconds(30), Map.of(), sudo("kill", pid));
            }
        }
    }

    /** Cohort's artifacts into a repository of this test's own (never the shared one), as invoker:install does. */
    private void installCohortInto(Path repository) throws Exception {
        requireSuccess(run(
                project.getParent(),
                Duration.ofMinutes(5),
                Map.of(),
                project.getParent().resolve("mvnw").toString(),
                "-B",
                "-q",
                "-ntp",
                "install",
                "-DskipTests",
                "-Dinvoker.skip=true",
                "-Djacoco.skip=true",
                "-pl",
                "framework,engine,maven-plugin",
                "-am",
                "-Dmaven.repo.local=" + repository,
                "-Dmaven.repo.local.tail=" + localRepository));
    }

    /** munged (unless one runs), slurmctld and slurmd on this host; returns the slurm.conf. */
    private Path startCluster() throws Exception {
        for (String dir : List.of("state", "spool")) {
            Files.createDirectories(work.resolve(dir));
        }
        if (run(work, Duration.ofSeconds(10), Map.of(), "sh", "-c", "munge -n | unmunge")
                        .exitCode()
                != 0) {
            run(
                    work,
                    Duration.ofSeconds(10),
                    Map.of(),
                    sudo("install", "-d", "-o", "munge", "-g", "munge", "/run/munge"));
            run(work, Duration.ofSeconds(30), Map.of(), sudo("runuser", "-u", "munge", "--", "munged"));
            pidFiles.add(Path.of("/run/munge/munged.pid"));
        }
        String node = run(work, Duration.ofSeconds(30), Map.of(), "slurmd", "-C")
                .output()
                .lines()
                .filter(l -> l.startsWith("NodeName="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("slurmd -C printed no NodeName line"));
        String host = node.substring("NodeName=".length(), node.indexOf(' '));
        String conf = String.join(
                "\n",
                "ClusterName=cohort-it",
                "SlurmctldHost=" + host,
                "SlurmctldPort=16817",
                "SlurmdPort=16818",
                "AuthType=auth/munge",
                "SlurmUser=root",
                "StateSaveLocation=" + work.resolve("state"),
                "SlurmdSpoolDir=" + work.resolve("spool"),
                "SlurmctldPidFile=" + work.resolve("slurmctld.pid"),
                "SlurmdPidFile=" + work.resolve("slurmd.pid"),
                "SlurmctldLogFile=" + work.resolve("slurmctld.log"),
                "SlurmdLogFile=" + work.resolve("slurmd.log"),
                "ProctrackType=proctrack/linuxproc",
                "TaskPlugin=task/none",
                "SelectType=select/cons_tres",
                "SelectTypeParameters=CR_Core",
                "AccountingStorageType=accounting_storage/none",
                "JobAcctGatherType=jobacct_gather/none",
                "JobCompType=jobcomp/none",
                "MpiDefault=none",
                "ReturnToService=2",
                "MinJobAge=600",
                node + " State=UNKNOWN",
                "PartitionName=cohort Nodes=ALL Default=YES MaxTime=INFINITE State=UP",
                "");
        Path file = work.resolve("slurm.conf");
        Files.writeString(file, conf, StandardCharsets.UTF_8);
        pidFiles.add(work.resolve("slurmd.pid"));
        pidFiles.add(work.resolve("slurmctld.pid"));
        requireSuccess(run(work, Duration.ofSeconds(30), Map.of(), sudo("slurmctld", "-c", "-f", file.toString())));
        requireSuccess(run(work, Duration.ofSeconds(30), Map.of(), sudo("slurmd", "-f", file.toString())));
        Instant deadline = Instant.now().plus(DAEMON_START);
        while (Instant.now().isBefore(deadline)) {
            Outcome state =
                    run(work, Duration.ofSeconds(10), Map.of("SLURM_CONF", file.toString()), "sinfo", "-h", "-o", "%T");
            if (state.exitCode() == 0 && state.output().strip().equals("idle")) {
                return file;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new AssertionError("The Slurm node did not become idle within " + DAEMON_START + "; slurmctld log:\n"
                + readIfExists(work.resolve("slurmctld.log")) + "\nslurmd log:\n"
                + readIfExists(work.resolve("slurmd.log")));
    }

    private void waitForJobs(Path conf, String jobs) throws Exception {
        Instant deadline = Instant.now().plus(STUDY);
        while (Instant.now().isBefore(deadline)) {
            Outcome queue = run(
                    work, Duration.ofSeconds(10), Map.of("SLURM_CONF", conf.toString()), "squeue", "-h", "-j", jobs);
            if (queue.exitCode() == 0 && queue.output().isBlank()) {
                return;
            }
            TimeUnit.SECONDS.sleep(2);
        }
        throw new AssertionError("Jobs " + jobs + " did not end within " + STUDY + "; logs:\n" + jobLogs());
    }

    private String jobState(Path conf, String job) throws Exception {
        String shown = run(
                        work,
                        Duration.ofSeconds(10),
                        Map.of("SLURM_CONF", conf.toString()),
                        "scontrol",
                        "show",
                        "job",
                        job)
                .output();
        Matcher state = Pattern.compile("JobState=(\\S+)").matcher(shown);
        return state.find() ? state.group(1) : shown;
    }

    private String jobLogs() throws IOException {
        StringBuilder logs = new StringBuilder();
        Path dir = work.resolve("logs");
        if (!Files.isDirectory(dir)) {
            return "(no job logs in " + dir + ")";
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path log : files.sorted().toList()) {
                logs.append("== ").append(log.getFileName()).append('\n').append(readIfExists(log));
            }
        }
        return logs.toString();
    }

    private JsonNode unshardedSummary() throws IOException {
        Path reports = work.resolve("unsharded-report");
        new ReportPipeline().run(Path.of("target", "cohort", "results"), reports);
        return summary(reports);
    }

    private static JsonNode summary(Path reports) throws IOException {
        return JsonMapper.builder()
                .build()
                .readTree(reports.resolve("summary.json").toFile());
    }

    private static String[] sudo(String... command) {
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            return command;
        }
        String[] withSudo = new String[command.length + 2];
        withSudo[0] = "sudo";
        withSudo[1] = "-n";
        System.arraycopy(command, 0, withSudo, 2, command.length);
        return withSudo;
    }

    private record Outcome(int exitCode, String output, String command) {}

    private static void requireSuccess(Outcome outcome) {
        assertThat(outcome.exitCode())
                .as("%s:%n%s", outcome.command(), outcome.output())
                .isZero();
    }

    private Outcome run(Path directory, Duration limit, Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Path output = Files.createTempFile(work, "command", ".out");
        builder.redirectOutput(output.toFile());
        Process process = builder.start();
        String text = String.join(" ", command);
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(text + " did not end within " + limit + ":\n" + readIfExists(output));
        }
        Outcome outcome = new Outcome(process.exitValue(), readIfExists(output), text);
        Files.delete(output);
        return outcome;
    }

    private static boolean onPath(String tool) {
        return TestEnvironment.onPath(tool).isPresent() || Files.isExecutable(Path.of("/usr/sbin", tool));
    }

    private static String readIfExists(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path :
                    paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}
