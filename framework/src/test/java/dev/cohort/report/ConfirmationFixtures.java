package dev.cohort.report;

import dev.cohort.Goal;
import dev.cohort.analysis.AnalysisOptions;
import dev.cohort.analysis.Analyzer;
import dev.cohort.analysis.ConfirmationAnalysis;
import dev.cohort.analysis.Coverage;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.Statistic;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.results.ConfirmationDeclaration;
import dev.cohort.results.ConfirmationSelection;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * An experiment with {@code @Confirm} built for the report tests, as the tuning study of the example: two
 * algorithms x five step sizes, 30 tuning seeds, a minimized {@code final_error} and an undirected
 * {@code time_s}. The tuning analysis is the {@link Analyzer}'s over simulated trials; the selection is
 * {@link ConfirmationSelection#select}, the rule the engine runs by; the confirmation analysis is the
 * {@link Analyzer}'s over simulated trials of the selected configurations on 30 fresh seeds. Several
 * step sizes of an algorithm are nearly as good, so the winner of each is partly the luckiest and its
 * confirmed mean shrinks.
 */
public final class ConfirmationFixtures {

    public static final String EXPERIMENT = "org.acme.StepSize#tracking";
    public static final String METRIC = "final_error";
    public static final String TIME = "time_s";
    public static final List<String> ALGORITHMS = List.of("LMS", "IDBD");
    public static final List<Double> STEP_SIZES = List.of(0.001, 0.003, 0.01, 0.03, 0.1);
    public static final int TUNING_SEEDS = 30;
    public static final int CONFIRMATION_SEEDS = 30;

    /** True means of {@code final_error} by algorithm and step size. */
    private static final double[][] TRUE_MEANS = {{3.9, 3.7, 3.65, 3.68, 4.2}, {2.3, 2.16, 2.1, 2.13, 2.5}};

    private ConfirmationFixtures() {}

    /** The study of one experiment: the best step size per algorithm, every confirmation trial run. */
    public static StudyAnalysis study() {
        return new StudyAnalysis(List.of(experiment(List.of("algorithm"), CONFIRMATION_SEEDS)));
    }

    /** The study of one experiment with the given selection groups and confirmation seeds run. */
    public static StudyAnalysis study(List<String> per, int confirmationSeedsRun) {
        return new StudyAnalysis(List.of(experiment(per, confirmationSeedsRun)));
    }

    /** The experiment {@link #EXPERIMENT} with its confirmation stage. */
    public static ExperimentAnalysis experiment(List<String> per, int confirmationSeedsRun) {
        return experiment(EXPERIMENT, per, confirmationSeedsRun);
    }

    /**
     * An experiment with its confirmation stage.
     *
     * @param id the experiment id
     * @param per the {@code @Confirm(per)} parameters: {@code algorithm}, or none for one selection overall
     * @param confirmationSeedsRun how many of the 30 confirmation seeds have run (the others are missing)
     */
    public static ExperimentAnalysis experiment(String id, List<String> per, int confirmationSeedsRun) {
        List<Map<String, Object>> configurations = new ArrayList<>();
        for (String algorithm : ALGORITHMS) {
            for (double stepSize : STEP_SIZES) {
                Map<String, Object> config = new LinkedHashMap<>();
                config.put("algorithm", algorithm);
                config.put("stepSize", stepSize);
                configurations.add(config);
            }
        }
        List<Long> tuningSeeds = seeds(1000, TUNING_SEEDS);
        List<Long> confirmationSeeds = seeds(5000, CONFIRMATION_SEEDS);
        List<TrialResult> tuning = new ArrayList<>();
        for (int c = 0; c < configurations.size(); c++) {
            for (int s = 0; s < TUNING_SEEDS; s++) {
                tuning.add(trial(id, configurations.get(c), c, tuningSeeds.get(s), s));
            }
        }
        AnalysisOptions options = AnalysisOptions.defaults().withBootstrap(200, 1);
        int declaredTuning = configurations.size() * TUNING_SEEDS;
        ExperimentAnalysis tuned = Analyzer.analyze(tuning, options)
                .experiments()
                .get(0)
                .withCoverage(
                        new Coverage(Statistic.count(declaredTuning), declaredTuning, 0, Statistic.count(0), 0),
                        List.of(),
                        List.of());
        ConfirmationDeclaration declaration =
                new ConfirmationDeclaration(per, METRIC, Goal.MINIMIZE, confirmationSeeds);
        ConfirmationSelection selection =
                ConfirmationSelection.select(declaration, configurations, tuningSeeds, tuning);
        List<TrialResult> confirmation = new ArrayList<>();
        selection.selected().forEach(selected -> {
            for (int s = 0; s < confirmationSeedsRun; s++) {
                confirmation.add(trial(id, selected.config(), selected.configIndex(), confirmationSeeds.get(s), s));
            }
        });
        List<MetricAnalysis> metrics = confirmation.isEmpty()
                ? List.of()
                : Analyzer.analyze(confirmation, options).experiments().get(0).metrics();
        int declared = selection.selected().size() * CONFIRMATION_SEEDS;
        Coverage coverage = new Coverage(
                Statistic.count(declared), confirmation.size(), 0, Statistic.count(declared - confirmation.size()), 0);
        return tuned.withConfirmation(new ConfirmationAnalysis(
                declaration, selection, confirmation.size(), confirmation.size(), List.of(), metrics, coverage));
    }

    private static List<Long> seeds(long first, int count) {
        List<Long> seeds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            seeds.add(first + 7919L * i);
        }
        return seeds;
    }

    /**
     * A trial whose error is its configuration's true mean plus a part shared by every configuration on
     * the seed (common random numbers) and a part of its own, both determined by the seed alone.
     */
    private static TrialResult trial(String id, Map<String, Object> config, int configIndex, long seed, int seedIndex) {
        double shared = 0.15 * new SplittableRandom(seed).nextGaussian();
        SplittableRandom own = new SplittableRandom(seed * 31 + configIndex);
        double error = TRUE_MEANS[configIndex / STEP_SIZES.size()][configIndex % STEP_SIZES.size()]
                + shared
                + 0.25 * own.nextGaussian();
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put(METRIC, error);
        metrics.put(TIME, 1.5 + 0.1 * configIndex + 0.05 * own.nextGaussian());
        return new TrialResult(
                id,
                config,
                seed,
                seedIndex,
                TrialStatus.SUCCESSFUL,
                metrics,
                1.0,
                null,
                Map.of(METRIC, Goal.MINIMIZE),
                null,
                null,
                configIndex,
                null);
    }
}
