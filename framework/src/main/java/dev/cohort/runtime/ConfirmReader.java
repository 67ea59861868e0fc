package dev.cohort.runtime;

import dev.cohort.Confirm;
import dev.cohort.Goal;
import dev.cohort.results.ConfirmationDeclaration;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.commons.support.AnnotationSupport;

/** Reads an experiment's {@code @Confirm} into its {@link ConfirmationDeclaration}, checking it. */
final class ConfirmReader {

    /** The fewest fresh seeds a confirmation may run: a mean over one seed has no interval. */
    static final int MIN_SEEDS = 2;

    private ConfirmReader() {}

    /**
     * The declaration of {@code method}'s {@code @Confirm}, if it has one.
     *
     * @param where the class and method, as messages name them
     * @param id the experiment id, from which the confirmation seeds derive
     * @param swept the swept parameters, which {@code per} must name
     * @param goals the declared metric goals; the selection ranks by one that is not {@link Goal#NONE}
     * @param tuningSeeds the tuning seeds, which the confirmation seeds avoid
     * @throws InvalidExperimentException when {@code per} names an unknown parameter, the metric has no
     *     goal, or fewer than {@value #MIN_SEEDS} seeds are asked for
     */
    static Optional<ConfirmationDeclaration> read(
            String where,
            String id,
            Method method,
            List<SweptParameter> swept,
            Map<String, Goal> goals,
            long[] tuningSeeds) {
        Optional<Confirm> found = AnnotationSupport.findAnnotation(method, Confirm.class);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Confirm confirm = found.get();
        String declared = where + " @Confirm";
        if (confirm.seeds() < MIN_SEEDS) {
            throw new InvalidExperimentException(
                    declared + ": seeds = " + confirm.seeds() + "; confirm on at least " + MIN_SEEDS + " fresh seeds");
        }
        List<String> names = swept.stream().map(SweptParameter::name).toList();
        List<String> per = new ArrayList<>();
        for (String name : confirm.per()) {
            String parameter = name.strip();
            if (!names.contains(parameter)) {
                throw new InvalidExperimentException(declared + ": per names \"" + parameter
                        + "\", which is not a swept parameter; the swept parameters are " + names);
            }
            if (per.contains(parameter)) {
                throw new InvalidExperimentException(declared + ": per names \"" + parameter + "\" twice");
            }
            per.add(parameter);
        }
        Map<String, Goal> directed = new LinkedHashMap<>();
        goals.forEach((name, goal) -> {
            if (goal.hasDirection()) {
                directed.put(name, goal);
            }
        });
        String metric = metric(declared, confirm.metric().strip(), directed);
        long[] seeds = SeedSequence.confirmation(id, confirm.seeds(), tuningSeeds);
        return Optional.of(new ConfirmationDeclaration(
                per, metric, goals.get(metric), Arrays.stream(seeds).boxed().toList()));
    }

    private static String metric(String declared, String metric, Map<String, Goal> goals) {
        if (metric.isEmpty()) {
            if (goals.size() != 1) {
                throw new InvalidExperimentException(declared + ": name the metric to select by (metric = \"...\");"
                        + (goals.isEmpty()
                                ? " the experiment declares no metric with a goal (@Metric(name, goal))"
                                : " the experiment declares goals for " + goals.keySet()));
            }
            return goals.keySet().iterator().next();
        }
        if (!goals.containsKey(metric)) {
            throw new InvalidExperimentException(declared + ": metric \"" + metric + "\" has no declared goal;"
                    + " declare @Metric(name = \"" + metric + "\", goal = ...) so the selection knows which mean is"
                    + " best" + (goals.isEmpty() ? "" : " (goals are declared for " + goals.keySet() + ")"));
        }
        return metric;
    }
}
