package dev.cohort.query;

import dev.cohort.results.TrialResult;
import dev.cohort.results.store.CurveFileReader;
import dev.cohort.results.store.CurveFileWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads one curve of one trial from the curve file its line names, relative to the results directory.
 * A trial without curves, or whose file is missing or lies outside the results directory, has none.
 */
final class CurveFiles {

    private final Path directory;

    CurveFiles(Path directory) {
        this.directory = directory;
    }

    /**
     * The curve {@code metric} of {@code trial}, points sorted by step; malformed points are skipped.
     *
     * @throws UncheckedIOException when the file exists but cannot be read
     */
    Optional<Curve> read(TrialResult trial, String metric) {
        if (directory == null || trial.curves() == null) {
            return Optional.empty();
        }
        Path file;
        try {
            file = directory.resolve(trial.curves()).normalize();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (!file.startsWith(directory) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<double[]> points = new ArrayList<>();
        String stored = CurveFileWriter.storedName(metric);
        try {
            CurveFileReader.read(file, (name, step, value) -> {
                if (name.equals(stored)) {
                    points.add(new double[] {step, value});
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot read the curves of " + trial.configId() + " seed " + trial.seed() + " from " + file, e);
        }
        if (points.isEmpty()) {
            return Optional.empty();
        }
        points.sort(Comparator.comparingDouble(p -> p[0]));
        long[] steps = new long[points.size()];
        double[] values = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            steps[i] = (long) points.get(i)[0];
            values[i] = points.get(i)[1];
        }
        return Optional.of(new Curve(metric, steps, values));
    }
}
