package dev.cohort.testing;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes the resample indices Cohort's bootstrap draws ({@code dev.cohort.statistics.Bootstrap}: resample
 * r takes value {@code nextInt(n)} of one {@link SplittableRandom} seeded with the bootstrap seed, n draws
 * per resample, resample after resample) as CSV, one resample a line, indices from 1 for R:
 * {@code java -cp target/test-classes dev.cohort.testing.BootstrapIndexExport n resamples seed file}.
 * {@code src/test/r/independent-references.R} reads the file and computes the intervals from it.
 */
public final class BootstrapIndexExport {

    private BootstrapIndexExport() {}

    /** {@code args}: n, resamples, seed, output file. */
    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        int resamples = Integer.parseInt(args[1]);
        SplittableRandom random = new SplittableRandom(Long.parseLong(args[2]));
        try (Writer out = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) {
            for (int r = 0; r < resamples; r++) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    line.append(i == 0 ? "" : ",").append(random.nextInt(n) + 1);
                }
                out.write(line.append('\n').toString());
            }
        }
    }
}
