package dev.cohort.analysis;

import dev.cohort.results.ConfigLabel;
import dev.cohort.results.ConfirmationDeclaration;
import dev.cohort.results.ConfirmationSelection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The confirmation stage of an experiment with {@code @Confirm}: which configurations the tuning stage
 * selected, and the analysis of their trials on the fresh seeds, on which the experiment's conclusions
 * and expectations are drawn. Comparisons are among the selected configurations only, one small family.
 *
 * @param declaration the experiment's {@code @Confirm}: per, metric, goal and the confirmation seeds
 * @param selection the selected configurations with their tuning means ({@link ConfirmationSelection},
 *     the rule the engine ran them by)
 * @param trials the confirmation trials (selected configuration x confirmation seed) that entered the
 *     analysis
 * @param successful how many of them succeeded
 * @param failures the confirmation trials that failed or were aborted, with their causes
 * @param metrics one analysis per recorded metric over the confirmation trials of the selected
 *     configurations, the selection metric first (also before any confirmation trial has run)
 * @param coverage how many of the declared confirmation trials (selected configurations x confirmation
 *     seeds) have results; {@code stale} counts the confirmation trials left out
 * @param notRun the selected configurations without any confirmation result, in selection order
 * @param stale the confirmation trials left out because the selection no longer gives their
 *     configuration ({@link StaleConfiguration#declared()} false: the tuning results changed after they
 *     ran) or their seed is no longer a confirmation seed
 */
public record ConfirmationAnalysis(
        ConfirmationDeclaration declaration,
        ConfirmationSelection selection,
        int trials,
        int successful,
        List<FailedTrial> failures,
        List<MetricAnalysis> metrics,
        Coverage coverage,
        List<Map<String, Object>> notRun,
        List<StaleConfiguration> stale) {

    /** Copies the lists. */
    public ConfirmationAnalysis {
        failures = List.copyOf(failures);
        metrics = List.copyOf(metrics);
        notRun = List.copyOf(notRun);
        stale = List.copyOf(stale);
    }

    /** A confirmation stage without stale trials, every selected configuration with a result. */
    public ConfirmationAnalysis(
            ConfirmationDeclaration declaration,
            ConfirmationSelection selection,
            int trials,
            int successful,
            List<FailedTrial> failures,
            List<MetricAnalysis> metrics,
            Coverage coverage) {
        this(declaration, selection, trials, successful, failures, metrics, coverage, List.of(), List.of());
    }

    /** How many fresh seeds each selected configuration runs. */
    public int seedCount() {
        return declaration.seeds().size();
    }

    /**
     * Why the confirmation stage cannot be judged yet, when no confirmation trial has succeeded: its
     * conclusions and expectations wait for it rather than fall back on the tuning trials that chose the
     * configurations.
     */
    public Optional<String> pending() {
        if (successful > 0) {
            return Optional.empty();
        }
        if (selection.selected().isEmpty()) {
            return Optional.of("no configuration is selected for confirmation yet: the tuning stage has no"
                    + " successful trial with a value of " + declaration.metric());
        }
        return Optional.of("the confirmation stage has no successful trial yet (" + trials + " of "
                + selection.selected().size() * seedCount() + " trials on the " + seedCount()
                + " fresh seeds have results)");
    }

    /**
     * Why parts of the confirmation are absent, by the name of the part: {@code comparisons} when fewer
     * than two configurations are selected ({@code per} empty selects one), so there is nothing to compare.
     */
    public SortedMap<String, String> reasons() {
        SortedMap<String, String> reasons = new TreeMap<>();
        int selected = selection.selected().size();
        if (selected < 2) {
            reasons.put(
                    "comparisons",
                    selected == 1
                            ? "one configuration is selected"
                                    + (declaration.per().isEmpty() ? " (per is empty)" : "")
                                    + ", so the confirmation compares none; its mean and interval on the fresh"
                                    + " seeds are the result"
                            : "no configuration is selected yet: the tuning stage has no successful trial with a"
                                    + " value of " + declaration.metric());
        }
        return reasons;
    }

    /**
     * What a reader of the confirmation must know: stale confirmation trials left out, a tuning stage
     * that is incomplete (so the selection may change) and groups without a selected configuration.
     */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        List<StaleConfiguration> unselected =
                stale.stream().filter(s -> !s.declared()).toList();
        if (!unselected.isEmpty()) {
            warnings.add("Confirmation trials of configurations the tuning stage no longer selects are left out"
                    + " (the tuning results changed after they ran; run the confirmation stage again): "
                    + unselected.stream()
                            .map(s -> ConfigLabel.of(s.config()) + " (" + s.trials()
                                    + (s.trials() == 1 ? " trial)" : " trials)"))
                            .collect(Collectors.joining("; ")));
        }
        int otherSeeds = stale.stream()
                .filter(StaleConfiguration::declared)
                .mapToInt(StaleConfiguration::trials)
                .sum();
        if (otherSeeds > 0) {
            warnings.add(otherSeeds + " confirmation trial"
                    + (otherSeeds == 1 ? " of a seed that is" : "s of seeds that are")
                    + " not among the " + seedCount() + " confirmation seeds " + (otherSeeds == 1 ? "is" : "are")
                    + " left out");
        }
        if (!selection.tuningComplete()) {
            warnings.add("The tuning stage is incomplete (" + selection.storedTuningTrials() + " of "
                    + selection.declaredTuningTrials() + " trials have results), so the selection may still change");
        }
        for (Map<String, Object> group : selection.groupsWithoutCandidate()) {
            warnings.add("No configuration" + (group.isEmpty() ? "" : " of " + ConfigLabel.of(group))
                    + " has a tuning mean of " + declaration.metric() + ", so none of them is confirmed");
        }
        return warnings;
    }
}
