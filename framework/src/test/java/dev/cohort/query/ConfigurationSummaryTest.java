package dev.cohort.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.Goal;
import dev.cohort.analysis.Analyzer;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The query API's summaries and the report's groups are one computation: same numbers, same nulls, same reasons. */
class ConfigurationSummaryTest {

    private static final String[] BOOTSTRAP = {"meanBootLow", "meanBootHigh", "iqmBootLow", "iqmBootHigh"};

    @Test
    void constantAndTinyConfigurationsAgreeWithTheReport() {
        List<TrialResult> trials = new ArrayList<>();
        add(trials, 0, 4.0, 4.0, 4.0, 4.0, 4.0); // constant
        add(trials, 1, 7.5); // one value
        add(trials, 2, 1.0, Double.NaN, 2.0, Double.POSITIVE_INFINITY, 4.0); // non-finite values among finite
        add(trials, 3, 2.0, 2.5, 3.5, 2.25);

        MetricAnalysis report =
                Analyzer.analyze(trials).experiments().get(0).metrics().get(0);
        List<ConfigurationSummary> query = TrialQuery.of(trials).summarize(Reduce.metric("final_error"));

        assertThat(query).hasSameSizeAs(report.groups());
        for (int i = 0; i < query.size(); i++) {
            GroupSummary fromQuery = query.get(i).group();
            GroupSummary fromReport = report.groups().get(i);
            assertThat(fromQuery)
                    .usingRecursiveComparison()
                    .ignoringFields(BOOTSTRAP)
                    .ignoringFields("reasons")
                    .isEqualTo(fromReport);
            assertThat(withoutBootstrap(fromQuery.reasons())).isEqualTo(withoutBootstrap(fromReport.reasons()));
        }

        ConfigurationSummary constant = query.get(0);
        assertThat(constant.mean().value()).isEqualTo(4.0);
        assertThat(constant.sd().value()).isEqualTo(0.0);
        assertThat(constant.ciLow().isDefined()).isFalse();
        assertThat(constant.ciHigh().isDefined()).isFalse();
        assertThat(constant.reasons())
                .containsEntry("ciLow", report.groups().get(0).reasons().get("ciLow"));
        assertThat(constant.toString())
                .isEqualTo("x=0: mean 4, n = 5; 95% CI undefined: "
                        + constant.reasons().get("ciLow"));

        ConfigurationSummary single = query.get(1);
        assertThat(single.n()).isEqualTo(1);
        assertThat(single.sd().isDefined()).isFalse();
        assertThat(single.reasons()).containsKeys("sd", "ciLow", "ciHigh");

        ConfigurationSummary withNonFinite = query.get(2);
        assertThat(withNonFinite.n()).isEqualTo(3);
        assertThat(withNonFinite.group().nonFinite()).isEqualTo(2);
        assertThat(withNonFinite.mean().value()).isEqualTo(7.0 / 3);
        assertThat(withNonFinite.reasons().get("n")).contains("2 non-finite value(s)");
    }

    @Test
    void aConfigurationWithoutAFiniteValueIsLeftOut() {
        List<TrialResult> trials = new ArrayList<>();
        add(trials, 0, Double.NaN, Double.NaN);
        add(trials, 1, 1.0, 2.0);
        List<ConfigurationSummary> query = TrialQuery.of(trials).summarize(Reduce.metric("final_error"));
        assertThat(query).extracting(ConfigurationSummary::id).containsExactly("x=1");
    }

    private static Map<String, String> withoutBootstrap(Map<String, String> reasons) {
        Map<String, String> kept = new TreeMap<>(reasons);
        for (String field : BOOTSTRAP) {
            kept.remove(field);
        }
        return kept;
    }

    private static void add(List<TrialResult> trials, int x, double... values) {
        for (int s = 0; s < values.length; s++) {
            trials.add(new TrialResult(
                    "org.acme.Degenerate#run",
                    Map.of("x", x),
                    100 + s,
                    s,
                    TrialStatus.SUCCESSFUL,
                    Map.of("final_error", values[s]),
                    1.0,
                    null,
                    Map.of("final_error", Goal.MINIMIZE),
                    null,
                    null,
                    x,
                    null));
        }
    }
}
