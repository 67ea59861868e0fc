package dev.cohort.engine;

import dev.cohort.Goal;
import dev.cohort.results.TrialStage;
import dev.cohort.results.TrialStatus;
import dev.cohort.runtime.TrialOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mean of every metric per configuration over the successful trials of one experiment that ran in
 * this execution (resumed trials are not in it), per stage; fed by the trials as they end, on any thread.
 */
final class RunMeans {

    /** By stage, metric and configuration display name: the sum and the count. */
    private final Map<TrialStage, Map<String, Map<String, Sum>>> sums = new LinkedHashMap<>();

    private final Map<String, Goal> goals = new LinkedHashMap<>();

    /** Counts {@code outcome}'s metrics when it succeeded. */
    synchronized void add(TrialOutcome outcome) {
        if (outcome.status() != TrialStatus.SUCCESSFUL) {
            return;
        }
        goals.putAll(outcome.experiment().goals());
        Map<String, Map<String, Sum>> byMetric =
                sums.computeIfAbsent(outcome.experiment().stage(), s -> new LinkedHashMap<>());
        String configuration = outcome.configuration().displayName();
        for (Map.Entry<String, Double> metric : outcome.metrics().entrySet()) {
            byMetric.computeIfAbsent(metric.getKey(), m -> new LinkedHashMap<>())
                    .computeIfAbsent(configuration, c -> new Sum())
                    .add(metric.getValue());
        }
    }

    /**
     * Per stage and metric with a goal, the configuration with the best mean; a configuration with a
     * non-finite value has no mean and is never the best.
     */
    synchronized List<Best> best() {
        List<Best> best = new ArrayList<>();
        sums.forEach((stage, byMetric) -> byMetric.forEach((metric, byConfiguration) -> {
            Goal goal = goals.getOrDefault(metric, Goal.NONE);
            if (!goal.hasDirection()) {
                return;
            }
            Best leader = null;
            for (Map.Entry<String, Sum> entry : byConfiguration.entrySet()) {
                double mean = entry.getValue().mean();
                if (Double.isFinite(mean) && (leader == null || goal.isBetter(mean, leader.mean()))) {
                    leader = new Best(stage, metric, entry.getKey(), mean, entry.getValue().count);
                }
            }
            if (leader != null) {
                best.add(leader);
            }
        }));
        return best;
    }

    /**
     * The best configuration of a metric in this execution.
     *
     * @param stage the stage whose trials it is the best of
     * @param metric the metric
     * @param configuration the configuration's display name
     * @param mean its mean over the trials
     * @param trials how many trials the mean is over
     */
    record Best(TrialStage stage, String metric, String configuration, double mean, int trials) {}

    private static final class Sum {
        private double sum;
        private int count;

        void add(double value) {
            sum += value;
            count++;
        }

        double mean() {
            return sum / count;
        }
    }
}
