package dev.cohort.analysis;

import dev.cohort.Goal;
import dev.cohort.results.ConfigIds;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.TaskDeclaration;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns trial results into the statistical comparison that report writers present (SPEC section 5).
 *
 * <p>Each experiment is analysed as its latest declaration defines it ({@link ExperimentTrials}):
 * its declared configurations, in declared order, each listed also without a successful trial; trials
 * of configurations or seeds it no longer declares are stale and left out unless {@link
 * AnalysisOptions#stale()} includes them. Results without a declaration count as they are, their
 * configurations in order of first appearance. Experiments are sorted by id, metrics in order of first
 * appearance. A trial recorded several times (re-runs accumulate in the results directory) counts once
 * ({@link TrialSelection#deduplicate}). Only successful trials with a finite value enter the statistics.
 * A statistic that is undefined for the data is {@code null} with a reason, never an exception.
 *
 * <p>An experiment with {@code @Confirm} is analysed twice: its tuning stage as above (exploratory), and
 * its confirmation stage by the {@link ConfirmationAnalyzer} ({@link ExperimentAnalysis#confirmation()}).
 */
public final class Analyzer {

    private static final TrialTable NO_TRIALS = TrialTable.of(List.of());

    private Analyzer() {}

    /** Analyzes all trials, none declared, with {@link AnalysisOptions#defaults()}. */
    public static StudyAnalysis analyze(List<TrialResult> trials) {
        return analyze(trials, AnalysisOptions.defaults());
    }

    /** Analyzes all trials, none declared, with the given options. */
    public static StudyAnalysis analyze(List<TrialResult> trials, AnalysisOptions options) {
        return analyze(trials, List.of(), options);
    }

    /**
     * Analyzes all trials against the experiments' latest declarations (at most one per experiment);
     * a declared experiment without results is analysed too, every trial missing.
     */
    public static StudyAnalysis analyze(
            List<TrialResult> trials, List<ExperimentManifest> declarations, AnalysisOptions options) {
        Objects.requireNonNull(options, "options");
        return analyzeExperiments(ExperimentTrials.of(trials, declarations, options.stale()), options);
    }

    /** Analyzes experiments whose trials are already measured against their declarations. */
    public static StudyAnalysis analyzeExperiments(List<ExperimentTrials> experiments, AnalysisOptions options) {
        Objects.requireNonNull(options, "options");
        List<ExperimentAnalysis> analyses = new ArrayList<>();
        experiments.forEach(e -> analyses.add(analyzeExperiment(e, options)));
        return new StudyAnalysis(analyses);
    }

    /**
     * The experiment's task parameter: the declared {@code @Task}, else {@link AnalysisOptions#task()}
     * for results without one; {@code null} when neither names a swept parameter of the experiment.
     */
    static TaskDeclaration taskOf(ExperimentTrials experiment, AnalysisOptions options) {
        TaskDeclaration declared =
                experiment.declaration().map(ExperimentManifest::task).orElse(null);
        TaskDeclaration task = declared != null ? declared : options.task();
        return task != null && experiment.parameters().contains(task.parameter()) ? task : null;
    }

    private static ExperimentAnalysis analyzeExperiment(ExperimentTrials experiment, AnalysisOptions options) {
        TrialTable counted = TrialTable.of(experiment.counted());
        Set<String> metrics = metricNames(counted);
        List<FailedTrial> failures = failures(counted);
        int successful = counted.size() - failures.size();
        Map<String, TrialTable> byConfig = byConfiguration(counted);
        Map<String, long[]> seedsRun = new HashMap<>();
        byConfig.forEach((config, list) -> seedsRun.put(config, ConfigurationData.seedsRun(list)));
        TaskDeclaration task = taskOf(experiment, options);
        // each metric's analysis depends on its own values only: analysed on every core, in order, so that
        // one metric's serial parts (the factorial ANOVA's fits) overlap another's parallel ones
        List<MetricAnalysis> metricAnalyses = metrics.stream().toList().parallelStream()
                .map(metric -> {
                    List<ConfigurationData> data = new ArrayList<>();
                    for (Map.Entry<String, Map<String, Object>> config :
                            experiment.configurations().entrySet()) {
                        data.add(ConfigurationData.of(
                                config.getValue(),
                                metric,
                                byConfig.getOrDefault(config.getKey(), NO_TRIALS),
                                seedsRun.getOrDefault(config.getKey(), new long[0]),
                                experiment.declaredSeeds(config.getKey())));
                    }
                    Goal goal = experiment.goals().getOrDefault(metric, Goal.NONE);
                    return task == null
                            ? MetricAnalyzer.analyze(metric, goal, experiment.parameters(), data, options)
                            : TaskAnalyzer.analyze(
                                    experiment.id(), metric, goal, experiment.parameters(), data, task, options);
                })
                .toList();
        return new ExperimentAnalysis(
                        experiment.id(),
                        experiment.parameters(),
                        counted.size(),
                        successful,
                        failures,
                        metricAnalyses,
                        List.of())
                .withCoverage(experiment.coverage(), experiment.notRun(), experiment.stale())
                .withConfirmation(experiment
                        .confirmation()
                        .map(c -> ConfirmationAnalyzer.analyze(c, experiment.goals(), options))
                        .orElse(null));
    }

    // The loops over an experiment's trials are methods of their own, so that the JIT compiles each small
    // loop rather than the whole analysis of the experiment at each of its loops.

    /**
     * The metrics the trials recorded, in the order they first appear; trials that share their names
     * (the reader's maps of the same metrics share one key set) add them once.
     */
    private static Set<String> metricNames(TrialTable trials) {
        Set<String> metrics = new LinkedHashSet<>();
        Set<String> last = null;
        for (int i = 0; i < trials.size(); i++) {
            Set<String> names = trials.metricNames(i);
            if (names != last) {
                metrics.addAll(names);
                last = names;
            }
        }
        return metrics;
    }

    /** The trials that did not succeed, in order. */
    private static List<FailedTrial> failures(TrialTable trials) {
        List<FailedTrial> failures = new ArrayList<>();
        for (int i = 0; i < trials.size(); i++) {
            if (!trials.isSuccessful(i)) {
                failures.add(FailedTrial.of(trials.get(i)));
            }
        }
        return failures;
    }

    /** The trials of each configuration, in order, by configuration id. */
    private static Map<String, TrialTable> byConfiguration(TrialTable trials) {
        ConfigIds ids = new ConfigIds();
        Map<String, Positions> positions = new HashMap<>();
        Map<String, Object> lastConfig = null;
        Positions configTrials = null;
        for (int i = 0; i < trials.size(); i++) {
            // the trials of a configuration usually follow each other, sharing its map: one look-up for all
            if (trials.config(i) != lastConfig) {
                lastConfig = trials.config(i);
                configTrials = positions.computeIfAbsent(ids.of(lastConfig), k -> new Positions());
            }
            configTrials.add(i);
        }
        Map<String, TrialTable> byConfig = new HashMap<>();
        positions.forEach((config, at) -> byConfig.put(config, trials.select(at.array(), at.size())));
        return byConfig;
    }
}
