package dev.cohort.analysis;

import dev.cohort.Goal;
import dev.cohort.results.ConfigIds;
import dev.cohort.results.TrialResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns trial results into the statistical comparison that report writers present (SPEC section 5).
 *
 * <p>Trials are grouped by experiment id (sorted), then metric (order of first appearance), then
 * configuration (order of first appearance of its id). A trial recorded several times (re-runs
 * accumulate in the results directory) counts once: the one with the latest {@code startedAt} wins, and
 * on ties or missing start times the one later in the list. Only successful trials with a finite value
 * enter the statistics. A statistic that is undefined for the data is {@code null} with a reason, never
 * an exception.
 */
public final class Analyzer {

    private Analyzer() {}

    /** Analyzes all trials with {@link AnalysisOptions#defaults()}. */
    public static StudyAnalysis analyze(List<TrialResult> trials) {
        return analyze(trials, AnalysisOptions.defaults());
    }

    /** Analyzes all trials with the given options. */
    public static StudyAnalysis analyze(List<TrialResult> trials, AnalysisOptions options) {
        Objects.requireNonNull(options, "options");
        Map<String, List<TrialResult>> byExperiment = new TreeMap<>();
        for (TrialResult trial : trials) {
            if (trial == null || trial.experiment() == null) {
                continue;
            }
            byExperiment
                    .computeIfAbsent(trial.experiment(), k -> new ArrayList<>())
                    .add(trial);
        }
        List<ExperimentAnalysis> experiments = new ArrayList<>();
        byExperiment.forEach((id, list) -> experiments.add(analyzeExperiment(id, list, options)));
        return new StudyAnalysis(experiments);
    }

    private static ExperimentAnalysis analyzeExperiment(String id, List<TrialResult> trials, AnalysisOptions options) {
        List<TrialResult> unique = TrialSelection.deduplicate(trials);

        Set<String> parameters = new LinkedHashSet<>();
        Set<String> metrics = new LinkedHashSet<>();
        Map<String, Goal> goals = new LinkedHashMap<>();
        for (TrialResult t : trials) {
            parameters.addAll(t.config().keySet());
        }
        Map<String, Map<String, Object>> configs = TrialSelection.configurationsInDeclaredOrder(trials);
        for (TrialResult t : unique) {
            metrics.addAll(t.metrics().keySet());
            t.goals().forEach((metric, goal) -> {
                if (goal != null) {
                    goals.putIfAbsent(metric, goal);
                }
            });
        }
        List<FailedTrial> failures = new ArrayList<>();
        int successful = 0;
        for (TrialResult t : unique) {
            if (t.isSuccessful()) {
                successful++;
            } else {
                failures.add(new FailedTrial(
                        t.config(),
                        t.seed(),
                        t.status() == null ? "UNKNOWN" : t.status().name(),
                        t.error() == null ? null : t.error().type(),
                        t.error() == null ? null : t.error().message(),
                        t.error() == null ? null : t.error().stackTrace()));
            }
        }
        ConfigIds ids = new ConfigIds();
        Map<String, List<TrialResult>> byConfig = new HashMap<>();
        for (TrialResult t : unique) {
            byConfig.computeIfAbsent(ids.of(t), k -> new ArrayList<>()).add(t);
        }
        Map<String, long[]> seedsRun = new HashMap<>();
        byConfig.forEach((config, list) -> seedsRun.put(config, ConfigurationData.seedsRun(list)));
        List<MetricAnalysis> metricAnalyses = new ArrayList<>();
        for (String metric : metrics) {
            List<ConfigurationData> data = new ArrayList<>();
            for (Map.Entry<String, Map<String, Object>> config : configs.entrySet()) {
                data.add(ConfigurationData.of(
                        config.getValue(),
                        metric,
                        byConfig.getOrDefault(config.getKey(), List.of()),
                        seedsRun.getOrDefault(config.getKey(), new long[0])));
            }
            Goal goal = goals.getOrDefault(metric, Goal.NONE);
            metricAnalyses.add(MetricAnalyzer.analyze(metric, goal, List.copyOf(parameters), data, options));
        }
        return new ExperimentAnalysis(id, List.copyOf(parameters), unique.size(), successful, failures, metricAnalyses);
    }
}
