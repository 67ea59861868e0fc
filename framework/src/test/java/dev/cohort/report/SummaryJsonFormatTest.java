package dev.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cohort.Goal;
import dev.cohort.analysis.ConfigurationCurve;
import dev.cohort.analysis.CurveAnalysis;
import dev.cohort.analysis.CurvePoint;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.Statistic;
import dev.cohort.analysis.StudyAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryJsonFormatTest {

    private final SummaryJsonFormat format = new SummaryJsonFormat();

    private JsonNode json(StudyAnalysis study) throws Exception {
        return new ObjectMapper().readTree(format.render(study, Fixtures.context()));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void hasTheShapeOfTheSpecification() throws Exception {
        JsonNode root = json(Fixtures.study());

        assertThat(names(root)).containsExactly("experiments");
        JsonNode experiment = root.get("experiments").get(0);
        assertThat(experiment.get("id").asText()).isEqualTo("org.acme.StepSize#tracking");
        assertThat(names(experiment)).contains("id", "metrics", "parameters", "trials", "successful", "failures");
        JsonNode metric = experiment.get("metrics").get(0);
        assertThat(names(metric))
                .containsSubsequence("name", "goal", "groups", "anova", "levene", "factorial", "comparisons");
        assertThat(metric.get("goal").asText()).isEqualTo("MINIMIZE");
        assertThat(names(metric.get("groups").get(0)))
                .containsSubsequence(
                        "config",
                        "n",
                        "mean",
                        "sd",
                        "se",
                        "ciLow",
                        "ciHigh",
                        "median",
                        "min",
                        "max",
                        "iqm",
                        "shapiroW",
                        "shapiroP");
        assertThat(names(metric.get("anova")))
                .containsSubsequence("f", "dfBetween", "dfWithin", "p", "etaSquared", "omegaSquared");
        assertThat(names(metric.get("factorial"))).containsSubsequence("terms", "residualDf", "residualSumSq");
        assertThat(names(metric.get("factorial").get("terms").get(0)))
                .containsSubsequence("term", "df", "sumSq", "f", "p");
        assertThat(names(metric.get("comparisons").get(0)))
                .containsSubsequence(
                        "a",
                        "b",
                        "test",
                        "p",
                        "pBonferroni",
                        "pHolm",
                        "studentT",
                        "studentP",
                        "welchT",
                        "welchDf",
                        "welchP",
                        "mannWhitneyU",
                        "mannWhitneyP",
                        "pairedT",
                        "pairedP",
                        "wilcoxonV",
                        "wilcoxonP",
                        "cohensD",
                        "hedgesG");
        JsonNode a = metric.get("comparisons").get(0).get("a");
        assertThat(a.get("alpha").isNumber()).isTrue();
        assertThat(a.get("algorithm").asText()).isEqualTo("LMS");
        assertThat(names(a)).containsExactly("alpha", "algorithm");
    }

    @Test
    void writesNullStatisticsAsNullNotOmitted() throws Exception {
        JsonNode experiment = json(Fixtures.study()).get("experiments").get(0);
        JsonNode error = experiment.get("metrics").get(0);
        JsonNode accuracy = experiment.get("metrics").get(1);

        assertThat(error.get("levene").has("f")).isTrue();
        assertThat(error.get("levene").get("f").isNull()).isTrue();
        assertThat(error.get("comparisons").get(0).get("pairedT").isNull()).isTrue();
        assertThat(error.get("factorial").get("terms").get(2).get("f").isNull()).isTrue();
        assertThat(accuracy.get("anova").get("f").isNull()).isTrue();
        assertThat(accuracy.get("anova").get("reasons").get("f").asText())
                .isEqualTo("fewer than two groups with variance");
        assertThat(names(accuracy.get("anova").get("reasons"))).containsExactly("etaSquared", "f", "omegaSquared", "p");
        assertThat(accuracy.has("factorial"))
                .as("absent, not null, without a factorial ANOVA")
                .isFalse();
        assertThat(accuracy.has("reference"))
                .as("only comparisons against a reference have one")
                .isFalse();
        assertThat(accuracy.has("reasons"))
                .as("a metric's reasons are next to its statistics")
                .isFalse();
        assertThat(accuracy.get("groups").get(2).get("shapiroW").isNull()).isTrue();
        assertThat(names(accuracy.get("groups").get(2).get("reasons"))).contains("shapiroP", "shapiroW");
    }

    @Test
    void writesUndefinedStatisticsAsNullWithTheirReasonsNextToThem() throws Exception {
        GroupSummary group = Fixtures.groupOf(
                "config",
                Map.of(),
                "n",
                1,
                "mean",
                1.0,
                "median",
                1.0,
                "reasons",
                Map.of("sd", "needs at least 2 values"));
        StudyAnalysis study = new StudyAnalysis(List.of(new ExperimentAnalysis(
                "e", List.of(), 1, 1, List.of(), List.of(Fixtures.metric("m", Goal.NONE, List.of(group))))));

        JsonNode written = json(study)
                .get("experiments")
                .get(0)
                .get("metrics")
                .get(0)
                .get("groups")
                .get(0);

        assertThat(written.get("mean").asDouble()).isEqualTo(1.0);
        assertThat(written.get("sd").isNull()).isTrue();
        assertThat(written.get("reasons").get("sd").asText()).isEqualTo("needs at least 2 values");
        assertThat(written.get("reasons").has("mean")).isFalse();
        assertThat(written.get("n").isInt()).isTrue();
    }

    @Test
    void leavesTheLearningCurvesOut() throws Exception {
        ExperimentAnalysis experiment = Fixtures.study()
                .experiments()
                .get(0)
                .withCurves(List.of(new CurveAnalysis(
                        "squared_error",
                        Goal.MINIMIZE,
                        List.of(new ConfigurationCurve(
                                Map.of("alpha", 0.1),
                                2,
                                List.of(new CurvePoint(1, 2, 0.5, Statistic.of(0.1), Statistic.of(0.9), 0.2, 0.8)),
                                0)))));

        JsonNode written =
                json(new StudyAnalysis(List.of(experiment))).get("experiments").get(0);

        assertThat(names(written)).doesNotContain("curves");
        assertThat(names(written)).contains("id", "parameters", "trials", "successful", "failures", "metrics");
    }

    @Test
    void writesAnEmptyStudy() throws Exception {
        JsonNode root = json(new StudyAnalysis(List.of()));

        assertThat(root.get("experiments").isArray()).isTrue();
        assertThat(root.get("experiments")).isEmpty();
    }
}
