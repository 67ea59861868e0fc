package dev.cohort.query;

import dev.cohort.results.ConfigId;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.TrialResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How far each experiment of a results directory got: trials expected by its recorded declaration
 * (configurations x seeds), done (latest result successful), failed (latest result failed or aborted)
 * and missing (no result yet).
 */
public final class StudyStatus {

    private StudyStatus() {}

    /**
     * The status of one experiment.
     *
     * @param experiment the experiment id
     * @param configurations the number of declared configurations, or {@code null} without a declaration
     * @param seeds the number of declared seeds, or {@code null} without a declaration
     * @param expected configurations x seeds, or {@code null} without a declaration
     * @param done trials whose latest result is successful
     * @param failed trials whose latest result failed or was aborted
     * @param missing the declared trials with no result, as {@code <config> seed #<i> (<seed>)}
     * @param undeclared trials with results that the recorded declaration does not list (an older
     *     declaration's), not counted in done or failed when there is a declaration
     */
    public record ExperimentStatus(
            String experiment,
            Integer configurations,
            Integer seeds,
            Integer expected,
            int done,
            int failed,
            List<String> missing,
            int undeclared) {

        /** Copies the list. */
        public ExperimentStatus {
            missing = List.copyOf(missing);
        }
    }

    /** The status of every experiment that is declared or has results, sorted by id. */
    public static List<ExperimentStatus> of(Results results) {
        Map<String, List<TrialResult>> byExperiment = new HashMap<>();
        for (TrialResult trial : results.trials()) {
            if (trial.experiment() != null) {
                byExperiment
                        .computeIfAbsent(trial.experiment(), k -> new ArrayList<>())
                        .add(trial);
            }
        }
        List<ExperimentStatus> statuses = new ArrayList<>();
        for (String id : results.experimentIds()) {
            Optional<ExperimentManifest> manifest = results.manifests().stream()
                    .filter(m -> m.experiment().equals(id))
                    .findFirst();
            statuses.add(status(id, manifest, byExperiment.getOrDefault(id, List.of())));
        }
        return statuses;
    }

    private static ExperimentStatus status(String id, Optional<ExperimentManifest> manifest, List<TrialResult> trials) {
        Map<String, TrialResult> latest = new HashMap<>();
        for (TrialResult trial : trials) {
            latest.merge(key(trial.configId(), trial.seed()), trial, (earlier, later) -> later);
        }
        if (manifest.isEmpty()) {
            int done = (int)
                    latest.values().stream().filter(TrialResult::isSuccessful).count();
            return new ExperimentStatus(id, null, null, null, done, latest.size() - done, List.of(), 0);
        }
        ExperimentManifest declared = manifest.get();
        int done = 0;
        int failed = 0;
        int matched = 0;
        List<String> missing = new ArrayList<>();
        for (Map<String, Object> config : declared.configurations()) {
            String configId = ConfigId.of(config);
            for (int i = 0; i < declared.seeds().size(); i++) {
                long seed = declared.seeds().get(i);
                TrialResult result = latest.get(key(configId, seed));
                if (result == null) {
                    missing.add(
                            (configId.isEmpty() ? "(no parameters)" : configId) + " seed #" + i + " (" + seed + ")");
                } else {
                    matched++;
                    if (result.isSuccessful()) {
                        done++;
                    } else {
                        failed++;
                    }
                }
            }
        }
        return new ExperimentStatus(
                id,
                declared.configurations().size(),
                declared.seeds().size(),
                declared.expectedTrials(),
                done,
                failed,
                missing,
                latest.size() - matched);
    }

    private static String key(String configId, long seed) {
        return configId + "\u0000" + seed;
    }
}
