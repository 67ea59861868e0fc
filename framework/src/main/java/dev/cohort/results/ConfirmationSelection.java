package dev.cohort.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which configurations an experiment with {@code @Confirm} confirms: within each group (one combination
 * of the {@code per} parameters' values, or all configurations when {@code per} is empty), the one with
 * the best mean of the selection metric over its tuning trials, by the metric's goal; on a tie the first
 * in declared order. The one rule the engine (choosing what to run) and the report (saying what was
 * chosen) share.
 *
 * <p>The mean is over the latest result ({@link LatestResult}) of each declared tuning seed that
 * succeeded with a finite value of the metric; a configuration without one cannot be selected.
 *
 * @param selected the selected configurations, one per group that has a candidate, in the declared order
 *     of the groups' first configurations
 * @param declaredTuningTrials how many tuning trials the experiment declares
 * @param storedTuningTrials how many of them have a stored result, successful or not
 * @param groupsWithoutCandidate the groups of which no configuration has a mean, in declared order
 */
public record ConfirmationSelection(
        List<SelectedConfiguration> selected,
        int declaredTuningTrials,
        int storedTuningTrials,
        List<Map<String, Object>> groupsWithoutCandidate) {

    /** Copies the lists. */
    public ConfirmationSelection {
        selected = List.copyOf(selected);
        groupsWithoutCandidate = List.copyOf(groupsWithoutCandidate);
    }

    /** Whether every declared tuning trial has a stored result, so the selection cannot change any more. */
    public boolean tuningComplete() {
        return storedTuningTrials == declaredTuningTrials;
    }

    /**
     * Selects from {@code trials}, the stored results of the experiment; the caller passes that
     * experiment's results alone (its other stages, undeclared configurations and seeds are ignored here).
     *
     * @param declaration the experiment's {@code @Confirm}
     * @param configurations the experiment's configurations in declared order
     * @param tuningSeeds the experiment's tuning seeds
     */
    public static ConfirmationSelection select(
            ConfirmationDeclaration declaration,
            List<Map<String, Object>> configurations,
            List<Long> tuningSeeds,
            Iterable<TrialResult> trials) {
        Map<String, Integer> indexById = new HashMap<>();
        for (int i = 0; i < configurations.size(); i++) {
            indexById.putIfAbsent(ConfigId.of(configurations.get(i)), i);
        }
        Set<Long> seeds = Set.copyOf(tuningSeeds);
        List<Map<Long, TrialResult>> latest = new ArrayList<>();
        configurations.forEach(c -> latest.add(new HashMap<>()));
        for (TrialResult trial : trials) {
            if (trial.stage() != TrialStage.TUNING || !seeds.contains(trial.seed())) {
                continue;
            }
            Integer index = indexById.get(trial.configId());
            if (index == null) {
                continue;
            }
            latest.get(index)
                    .merge(
                            trial.seed(),
                            trial,
                            (earlier, later) -> LatestResult.supersedes(later, earlier) ? later : earlier);
        }
        Map<Map<String, Object>, List<Candidate>> groups = new LinkedHashMap<>();
        int stored = 0;
        for (int i = 0; i < configurations.size(); i++) {
            Map<String, Object> config = configurations.get(i);
            stored += latest.get(i).size();
            groups.computeIfAbsent(group(declaration, config), g -> new ArrayList<>())
                    .add(candidate(i, config, latest.get(i).values(), declaration.metric()));
        }
        List<SelectedConfiguration> selected = new ArrayList<>();
        List<Map<String, Object>> without = new ArrayList<>();
        groups.forEach((group, candidates) -> declaration
                .goal()
                .best(candidates, Candidate::mean)
                .ifPresentOrElse(
                        best -> selected.add(
                                new SelectedConfiguration(group, best.config, best.index, best.mean, best.n)),
                        () -> without.add(group)));
        return new ConfirmationSelection(selected, configurations.size() * seeds.size(), stored, without);
    }

    private static Map<String, Object> group(ConfirmationDeclaration declaration, Map<String, Object> config) {
        return declaration.per().stream()
                .collect(Collectors.toMap(p -> p, config::get, (a, b) -> a, LinkedHashMap::new));
    }

    private static Candidate candidate(
            int index, Map<String, Object> config, Iterable<TrialResult> trials, String metric) {
        double sum = 0;
        int n = 0;
        for (TrialResult trial : trials) {
            Double value = trial.isSuccessful() ? trial.metrics().get(metric) : null;
            if (value != null && Double.isFinite(value)) {
                sum += value;
                n++;
            }
        }
        return new Candidate(index, config, n == 0 ? Double.NaN : sum / n, n);
    }

    private record Candidate(int index, Map<String, Object> config, double mean, int n) {}
}
