package dev.cohort.results.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.cohort.Goal;
import dev.cohort.results.RunInfo;
import dev.cohort.results.TrialError;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStage;
import dev.cohort.results.TrialStatus;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The result line written field by field is, byte for byte, the line binding the {@link TrialResult}
 * record writes: results stored before and after read the same, and the form stays the record's.
 */
class TrialLineWriterTest {

    private static final ObjectWriter BINDING = TrialJson.MAPPER.writerFor(TrialResult.class);
    private static final RunInfo RUN = new RunInfo(
            "run-20250101-120000-h-1", "c0ffee", "OpenJDK 17", "Linux 6 amd64", "h", "2025-01-01T12:00:00Z", null);

    static Stream<TrialResult> trials() {
        List<TrialResult> trials = new ArrayList<>();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("alpha", 0.001);
        config.put("width", 16);
        config.put("big", 12345678901L);
        config.put("on", true);
        config.put("name", "quote \" back\\slash \n newline \t tab \u0001 control é ünïcode \u2028 😀");
        config.put("tiny", 4.9e-324);
        config.put("huge", 1.7976931348623157e308);
        config.put("negativeZero", -0.0);
        config.put("notANumber", Double.NaN);
        config.put("infinite", Double.NEGATIVE_INFINITY);
        config.put("decimal", new BigDecimal("0.10"));
        config.put("float", 0.1f);
        config.put("day", DayOfWeek.MONDAY);
        config.put("missing", null);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("loss", 0.9406379421238287);
        metrics.put("steps", 12.0);
        metrics.put("nan", Double.NaN);
        metrics.put("up", Double.POSITIVE_INFINITY);
        metrics.put("down", Double.NEGATIVE_INFINITY);
        metrics.put("\"odd\" name\n", 1e-7);
        metrics.put("large", 1.2345678e22);
        Map<String, Goal> goals = new LinkedHashMap<>();
        goals.put("loss", Goal.MINIMIZE);
        goals.put("steps", Goal.MAXIMIZE);
        goals.put("nan", Goal.NONE);
        TrialError error =
                new TrialError("java.lang.IllegalStateException", "diverged \"badly\"\nat step 3", "trace\n\tat x");
        RunInfo sharded = new RunInfo("run-x-shard2of4", null, "17", "Linux", "h", "t", "2/4");
        for (TrialStatus status : TrialStatus.values()) {
            for (TrialStage stage : TrialStage.values()) {
                trials.add(new TrialResult(
                        "org.acme.Sweep#train",
                        config,
                        637706L,
                        3,
                        status,
                        metrics,
                        100.5,
                        error,
                        goals,
                        "curves/run/abc-s637706.csv",
                        "2025-01-01T00:00:00.123456789Z",
                        7,
                        RUN,
                        stage));
            }
        }
        trials.add(new TrialResult(
                "x.Y#z",
                Map.of(),
                -42L,
                0,
                TrialStatus.SUCCESSFUL,
                Map.of("v", 1.0),
                0.0,
                null,
                Map.of(),
                null,
                null,
                null,
                null,
                null));
        trials.add(new TrialResult(
                "x.Y#z",
                Map.of("a", 1),
                Long.MIN_VALUE,
                Integer.MAX_VALUE,
                null,
                null,
                Double.MAX_VALUE,
                null,
                null,
                null,
                "t",
                0,
                sharded,
                TrialStage.TUNING));
        trials.add(new TrialResult(
                null,
                null,
                0L,
                0,
                TrialStatus.CRASHED,
                Map.of(),
                3.25e-5,
                null,
                null,
                null,
                null,
                null,
                RUN,
                TrialStage.CONFIRMATION));
        return trials.stream();
    }

    @ParameterizedTest
    @MethodSource("trials")
    void writesTheLineBindingTheRecordWrites(TrialResult trial) throws Exception {
        TrialLineWriter writer = new TrialLineWriter(TrialJson.MAPPER);

        assertThat(writer.toLine(trial)).isEqualTo(BINDING.writeValueAsString(trial));
        assertThat(writer.toLine(trial))
                .as("the second line of the run, its run object reused")
                .isEqualTo(BINDING.writeValueAsString(trial));
    }
}
