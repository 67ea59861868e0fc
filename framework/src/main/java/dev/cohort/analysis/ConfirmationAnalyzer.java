package dev.cohort.analysis;

import dev.cohort.Goal;
import dev.cohort.results.ConfigIds;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The analysis of an experiment's confirmation stage ({@code @Confirm}): the metric analyses of {@link
 * MetricAnalyzer} over the confirmation trials of the selected configurations ({@link
 * ConfirmationTrials#counted()}), so the comparisons are among the selected configurations only, one
 * small family for Holm and Bonferroni, and paired, since every selected configuration runs the same
 * confirmation seeds. The factorial ANOVA is over the {@code per} parameters (the selected configurations
 * cross their values, not those of the other parameters); a task parameter is not analysed across tasks
 * here, and learning curves of confirmation trials are not aggregated.
 */
final class ConfirmationAnalyzer {

    private ConfirmationAnalyzer() {}

    /**
     * The analysis of {@code confirmation}.
     *
     * @param goals the experiment's metric goals
     */
    static ConfirmationAnalysis analyze(
            ConfirmationTrials confirmation, Map<String, Goal> goals, AnalysisOptions options) {
        List<TrialResult> counted = confirmation.counted();
        Set<String> metrics = new LinkedHashSet<>();
        metrics.add(confirmation.declaration().metric());
        counted.forEach(t -> metrics.addAll(t.metrics().keySet()));
        List<FailedTrial> failures = new ArrayList<>();
        counted.stream().filter(t -> !t.isSuccessful()).forEach(t -> failures.add(FailedTrial.of(t)));
        ConfigIds ids = new ConfigIds();
        Map<String, List<TrialResult>> byConfig = new HashMap<>();
        counted.forEach(
                t -> byConfig.computeIfAbsent(ids.of(t), k -> new ArrayList<>()).add(t));
        int declaredSeeds = confirmation.declaration().seeds().size();
        List<MetricAnalysis> analyses = new ArrayList<>();
        for (String metric : metrics) {
            List<ConfigurationData> data = new ArrayList<>();
            confirmation.configurations().forEach((configId, config) -> {
                TrialTable trials = TrialTable.of(byConfig.getOrDefault(configId, List.of()));
                data.add(ConfigurationData.of(
                        config, metric, trials, ConfigurationData.seedsRun(trials), declaredSeeds));
            });
            Goal goal = metric.equals(confirmation.declaration().metric())
                    ? confirmation.declaration().goal()
                    : goals.getOrDefault(metric, Goal.NONE);
            analyses.add(MetricAnalyzer.analyze(
                    metric, goal, confirmation.declaration().per(), data, options));
        }
        return new ConfirmationAnalysis(
                confirmation.declaration(),
                confirmation.selection(),
                counted.size(),
                counted.size() - failures.size(),
                failures,
                analyses,
                confirmation.coverage(),
                confirmation.notRun(),
                confirmation.stale());
    }
}
