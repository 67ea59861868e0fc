package dev.cohort.results.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.results.LoadedResults;
import dev.cohort.results.ReadProblem;
import dev.cohort.results.TrialResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A results file many chunks long ({@link ResultChunks#SIZE}), parsed on every core. */
class ChunkedReadingTest {

    private static final String LONG = "c".repeat(ResultChunks.SIZE * 4);

    @TempDir
    Path dir;

    private static String line(int config, long seed) {
        return "{\"experiment\":\"x#y\",\"config\":{\"lr\":0.0" + config + ",\"width\":" + (16 * config)
                + "},\"seed\":" + seed + ",\"seedIndex\":" + seed + ",\"status\":\"SUCCESSFUL\","
                + "\"metrics\":{\"loss\":0." + seed + ",\"acc\":" + seed + ".5},\"durationMs\":1.0,"
                + "\"startedAt\":\"2025-01-01T00:00:00Z\",\"configIndex\":" + config + "}\n";
    }

    @Test
    void trialsKeepFileOrderAndEachBadLineIsReportedWithItsLineInTheFile() throws IOException {
        StringBuilder text = new StringBuilder();
        List<Integer> bad = new ArrayList<>();
        List<Long> seeds = new ArrayList<>();
        int number = 0;
        for (long seed = 0; seed < 30_000; seed++) {
            number++;
            if (seed % 7_001 == 3) {
                text.append("{\"experiment\":\"x#y\",\"config\":{}, oops\n");
                bad.add(number);
            } else if (seed % 5_003 == 1) {
                text.append("  \n");
            } else if (seed == 12_345) {
                // one line longer than a chunk, its curves file name alone a megabyte
                text.append(line(12, seed).replace("}\n", ",\"curves\":\"" + LONG + "\"}\n"));
                seeds.add(seed);
            } else {
                text.append(line((int) (seed / 1_000), seed));
                seeds.add(seed);
            }
        }
        text.append("{\"experiment\":\"x#y\",\"con"); // torn last line
        Files.writeString(dir.resolve("run.jsonl"), text);
        assertThat(Files.size(dir.resolve("run.jsonl"))).isGreaterThan(10L * ResultChunks.SIZE);

        LoadedResults loaded = JsonLinesResultReader.read(dir);

        assertThat(loaded.trials()).extracting(TrialResult::seed).containsExactlyElementsOf(seeds);
        List<Integer> expected = new ArrayList<>(bad);
        expected.add(number + 1);
        assertThat(loaded.problems()).extracting(ReadProblem::line).containsExactlyElementsOf(expected);
        assertThat(loaded.problems().get(bad.size()).message()).startsWith(JsonLinesResultReader.TORN_LINE);
        assertThat(loaded.trials().get(0)).isEqualTo(TrialJson.fromLine(line(0, 0)));
        assertThat(loaded.trials())
                .filteredOn(t -> t.seed() == 12_345)
                .singleElement()
                .satisfies(t -> assertThat(t.curves()).isEqualTo(LONG));
    }

    @Test
    void trialsOfOneConfigurationShareItsMapsWhicheverThreadParsedThem() throws IOException {
        StringBuilder text = new StringBuilder();
        LongStream.range(0, 40_000).forEach(seed -> text.append(line((int) (seed % 3), seed)));
        Files.writeString(dir.resolve("run.jsonl"), text);

        List<TrialResult> trials = JsonLinesResultReader.read(dir).trials();

        assertThat(trials).hasSize(40_000);
        for (TrialResult t : trials) {
            TrialResult first = trials.get((int) (t.seed() % 3));
            assertThat(t.config()).isSameAs(first.config());
            assertThat(t.experiment()).isSameAs(first.experiment());
            assertThat(t.metrics().get("loss")).isEqualTo(Double.parseDouble("0." + t.seed()));
        }
    }

    /** Lines the parser of consecutive lines leaves to be read alone, each between common lines. */
    @Test
    void everyLineReadsAsTheBindingReadsItWhateverLinesSurroundIt() throws IOException {
        List<String> odd = List.of(
                "   " + line(1, 900).strip(),
                line(1, 901).strip() + "  ",
                line(1, 902).strip() + "{\"experiment\":\"x#y\"}",
                line(1, 903).replace("\"durationMs\":1.0", "\"durationMs\":1.0,\"extra\":{\"a\":[1,{\"b\":2}]}"),
                "{\"experiment\":\"x#y\",\"config\":{\"lr\":0.01},\"seed\":904,\"status\":\"FAILED\","
                        + "\"error\":{\"type\":\"E\",\"message\":\"m\"},\"durationMs\":1.0}",
                line(1, 905).replace("\"seed\":905", "\"seed\":905.5"),
                "{\"experiment\":\"x#y\",\"config\":{\"lr\":0.01},\"seed\":906,\"status\":\"SUCCESSFUL\"}");
        StringBuilder text = new StringBuilder();
        List<String> lines = new ArrayList<>();
        for (String o : odd) {
            for (String l : List.of(line(1, lines.size()), o.strip().isEmpty() ? o : o.replace("\n", "") + "\n")) {
                text.append(l);
                lines.add(l);
            }
        }
        Files.writeString(dir.resolve("run.jsonl"), text);

        LoadedResults loaded = JsonLinesResultReader.read(dir);

        List<TrialResult> expected = new ArrayList<>();
        List<Integer> rejected = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            try {
                expected.add(TrialJson.fromLine(lines.get(i).replace("\n", "")));
            } catch (IOException e) {
                rejected.add(i + 1);
            }
        }
        assertThat(loaded.trials()).containsExactlyElementsOf(expected);
        assertThat(loaded.problems()).extracting(ReadProblem::line).containsExactlyElementsOf(rejected);
        assertThat(rejected).isNotEmpty();
    }
}
