package dev.cohort.results.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.ReadProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The experiments' declarations next to their results: {@code experiments/<hash>.json} under the
 * results directory, one file per experiment, where {@code <hash>} is the first 16 hex digits of the
 * SHA-256 of the experiment id. The file does not end in {@code .jsonl}, so readers of trial lines never
 * see it. A run replaces the manifest of every experiment it runs (atomically), so the file always
 * holds the latest declaration. Manifests are created with the permissions the umask gives, like the
 * results files, so every user who may read the results may read them.
 */
public final class ManifestStore {

    /** The directory under the results directory that holds the manifests. */
    public static final String DIRECTORY = "experiments";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ManifestStore() {}

    /**
     * The manifests and the files that could not be read.
     *
     * @param manifests the manifests, sorted by experiment id
     * @param problems the unreadable files (line 0: the whole file)
     */
    public record Manifests(List<ExperimentManifest> manifests, List<ReadProblem> problems) {

        /** Copies the lists. */
        public Manifests {
            manifests = List.copyOf(manifests);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Writes {@code manifest} into {@code resultsDirectory}, replacing an earlier one of the same
     * experiment.
     *
     * @return the file written
     * @throws IOException when the file cannot be written
     */
    public static Path write(Path resultsDirectory, ExperimentManifest manifest) throws IOException {
        Path file = file(resultsDirectory, manifest.experiment());
        Path directory = file.getParent();
        Files.createDirectories(directory);
        // Not Files.createTempFile: it creates -rw------- whatever the umask, hiding the manifest from the
        // other users that read the results (cohort:check). A new file of a unique name follows the umask.
        Path temporary = directory.resolve(".manifest-" + UUID.randomUUID() + ".tmp");
        try {
            Files.write(temporary, MAPPER.writeValueAsBytes(manifest), StandardOpenOption.CREATE_NEW);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return file;
    }

    /**
     * Reads every manifest under {@code resultsDirectory}; none when it holds no {@value #DIRECTORY}
     * directory.
     *
     * @throws IOException when the directory cannot be listed
     */
    public static Manifests read(Path resultsDirectory) throws IOException {
        Path directory = resultsDirectory.resolve(DIRECTORY);
        if (!Files.isDirectory(directory)) {
            return new Manifests(List.of(), List.of());
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
        List<ExperimentManifest> manifests = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                ExperimentManifest manifest = MAPPER.readValue(file.toFile(), ExperimentManifest.class);
                if (manifest.experiment() == null) {
                    problems.add(new ReadProblem(file, 0, "no experiment id"));
                } else {
                    manifests.add(manifest);
                }
            } catch (IOException e) {
                problems.add(new ReadProblem(
                        file,
                        0,
                        String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
            }
        }
        manifests.sort(java.util.Comparator.comparing(ExperimentManifest::experiment));
        return new Manifests(manifests, problems);
    }

    /**
     * Where the manifest of the experiment {@code experimentId} lives under {@code resultsDirectory},
     * whether or not it was written: a run writes it before the experiment's first trial, so a missing
     * file means that no run of the experiment wrote into the directory.
     */
    public static Path file(Path resultsDirectory, String experimentId) {
        return resultsDirectory.resolve(DIRECTORY).resolve(fileName(experimentId));
    }

    /** The manifest's file name for an experiment id. */
    static String fileName(String experimentId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(experimentId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8) + ".json";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
