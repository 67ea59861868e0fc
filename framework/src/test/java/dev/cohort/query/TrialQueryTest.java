package dev.cohort.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cohort.Goal;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import dev.cohort.results.store.CurveFileWriter;
import dev.cohort.results.store.JsonLinesResultWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrialQueryTest {

    /** LMS 0.01, LMS 0.03, IDBD 0.01, IDBD 0.03, sd 0 so means are exact. */
    private static final List<TrialResult> TRIALS = Studies.trials(5, 0, 4.0, 3.0, 1.0, 2.0);

    private static TrialQuery query() {
        return Results.of(TRIALS, List.of()).query(Studies.ID);
    }

    @Test
    void filtersByValueRangePredicateSelectorAndStatus() {
        assertThat(query().where("algorithm", "IDBD").size()).isEqualTo(10);
        assertThat(query().where("stepSize", 0.03).configurations())
                .containsExactly(config("LMS", 0.03), config("IDBD", 0.03));
        assertThat(query().whereBetween("stepSize", 0.02, 0.05).size()).isEqualTo(10);
        assertThat(query().where("stepSize", v -> ((Number) v).doubleValue() < 0.02)
                        .size())
                .isEqualTo(10);
        assertThat(query().where("algorithm=LMS, stepSize=0.01").size()).isEqualTo(5);
        assertThat(query().withStatus(TrialStatus.FAILED).size()).isZero();
        assertThat(query().experiment("other").size()).isZero();
    }

    @Test
    void laterResultsOfATrialReplaceEarlierOnes() {
        List<TrialResult> trials = new ArrayList<>(TRIALS);
        TrialResult first = TRIALS.get(0);
        trials.add(new TrialResult(
                first.experiment(),
                first.config(),
                first.seed(),
                first.seedIndex(),
                TrialStatus.FAILED,
                Map.of(),
                1,
                null,
                first.goals(),
                null,
                null,
                first.configIndex(),
                null));
        TrialQuery query = Results.of(trials, List.of()).query("StepSizeExperiments#tracking");
        assertThat(query.size()).isEqualTo(20);
        assertThat(query.successful().size()).isEqualTo(19);
    }

    @Test
    void groupsByAnyParametersInDeclaredOrder() {
        Map<Map<String, Object>, TrialQuery> groups = query().groupBy("stepSize");
        assertThat(groups.keySet()).containsExactly(Map.of("stepSize", 0.01), Map.of("stepSize", 0.03));
        assertThat(groups.get(Map.of("stepSize", 0.01)).configurations())
                .containsExactly(config("LMS", 0.01), config("IDBD", 0.01));
    }

    @Test
    void findsTheBestConfigurationByTheMetricsGoalAndItsOneParameterSlice() {
        ConfigurationSummary best = query().best("final_error");
        assertThat(best.config()).isEqualTo(config("IDBD", 0.01));
        assertThat(best.mean().value()).isEqualTo(1.0);
        assertThat(best.n()).isEqualTo(5);
        assertThat(query().slice(best.config(), "stepSize").configurations())
                .containsExactly(config("IDBD", 0.01), config("IDBD", 0.03));
        assertThat(query().slice(best.config(), "algorithm").configurations())
                .containsExactly(config("LMS", 0.01), config("IDBD", 0.01));
        assertThat(query().where("algorithm", "LMS").best("final_error").config())
                .isEqualTo(config("LMS", 0.03));
        assertThat(query().best(Reduce.metric("final_error"), Goal.MAXIMIZE).config())
                .isEqualTo(config("LMS", 0.01));
        assertThatThrownBy(() -> query().best(Reduce.metric("final_error"), Goal.NONE))
                .hasMessageContaining("has no goal");
    }

    @Test
    void summarizesWithTheMeanAndTheTIntervalOfR() {
        List<TrialResult> trials = Studies.trials(5, 1, 4.0, 3.0, 1.0, 2.0);
        ConfigurationSummary first =
                TrialQuery.of(trials).summarize(Reduce.metric("final_error")).get(0);
        double[] x = trials.subList(0, 5).stream()
                .mapToDouble(t -> t.metrics().get("final_error"))
                .toArray();
        double mean = (x[0] + x[1] + x[2] + x[3] + x[4]) / 5;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double halfWidth = 2.7764451051977987 * Math.sqrt(ss / 4) / Math.sqrt(5); // qt(0.975, 4)
        assertThat(first.mean().value()).isCloseTo(mean, within(1e-12));
        assertThat(first.ciLow().value()).isCloseTo(mean - halfWidth, within(1e-9));
        assertThat(first.ciHigh().value()).isCloseTo(mean + halfWidth, within(1e-9));
    }

    @Test
    void reducesCurvesReadFromTheResultsDirectory(@TempDir Path dir) throws IOException {
        try (JsonLinesResultWriter writer = JsonLinesResultWriter.open(dir.resolve("run.jsonl"))) {
            for (int s = 0; s < 2; s++) {
                String file = "curves/t" + s + ".csv";
                try (CurveFileWriter curve = CurveFileWriter.create(dir.resolve(file))) {
                    for (int step = 9; step >= 0; step--) { // out of order on purpose
                        curve.write("error", step, 10 - step + s);
                        curve.write("other", step, -1);
                    }
                }
                writer.append(new TrialResult(
                        "e#m",
                        Map.of("x", 1),
                        s,
                        s,
                        TrialStatus.SUCCESSFUL,
                        Map.of(),
                        1,
                        null,
                        Map.of("error", Goal.MINIMIZE),
                        file,
                        null,
                        0,
                        null));
            }
        }
        TrialQuery query = Results.load(dir).query("e#m");
        // seed 0: error 10, 9, ..., 1 over steps 0..9; seed 1: one more at every step
        assertThat(values(query, Reduce.finalValue("error"))).containsExactly(1.0, 2.0);
        assertThat(values(query, Reduce.meanOfLast("error", 4))).containsExactly(2.5, 3.5);
        assertThat(values(query, Reduce.meanOfLastFraction("error", 0.2))).containsExactly(1.5, 2.5);
        assertThat(values(query, Reduce.bestSoFar("error", Goal.MAXIMIZE))).containsExactly(10.0, 11.0);
        assertThat(values(query, Reduce.finalValue("missing"))).isEmpty();
        assertThat(query.best(Reduce.meanOfLast("error", 4)).mean().value()).isEqualTo(3.0);
        assertThatThrownBy(() -> Reduce.meanOfLastFraction("error", 0)).hasMessageContaining("(0, 1]");
    }

    private static List<Double> values(TrialQuery query, Reduction reduction) {
        return query.values(reduction).stream().map(TrialValue::value).toList();
    }

    private static Map<String, Object> config(String algorithm, double stepSize) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("algorithm", algorithm);
        config.put("stepSize", stepSize);
        return config;
    }
}
