package dev.cohort.query;

import dev.cohort.Goal;
import dev.cohort.analysis.AnalysisOptions;
import dev.cohort.analysis.GroupSummaries;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.TrialSelection;
import dev.cohort.results.ConfigId;
import dev.cohort.results.ConfigSelector;
import dev.cohort.results.ConfigSlices;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Questions over stored trials, narrowed step by step: by experiment, parameter values and status;
 * grouped by parameters; each trial reduced to a number ({@link Reduce}), each configuration summarized,
 * the best configuration by the metric's goal, and the slice of configurations that differ from one in a
 * single parameter.
 *
 * <pre>{@code
 * TrialQuery idbd = Results.load(dir).query("StepSizeExperiments#tracking").where("algorithm", "IDBD");
 * ConfigurationSummary best = idbd.best(Reduce.metric("final_error"));
 * List<ConfigurationSummary> bySize = idbd.slice(best.config(), "stepSize").summarize(Reduce.metric("final_error"));
 * }</pre>
 *
 * <p>A query holds the latest result of every trial (configuration and seed), as the report does.
 * Immutable: every method returns a new query. Configurations are listed in the experiment's declared
 * order.
 */
public final class TrialQuery {

    /** The analysis' defaults without the bootstrap, which a query's summaries do not show. */
    private static final AnalysisOptions SUMMARY_OPTIONS =
            AnalysisOptions.defaults().withBootstrap(0, 1L);

    private final List<TrialResult> trials;
    private final CurveFiles curves;

    TrialQuery(List<TrialResult> trials, CurveFiles curves) {
        this.trials = List.copyOf(trials);
        this.curves = curves;
    }

    /** A query over trials in memory, whose curves are not available. */
    public static TrialQuery of(List<TrialResult> trials) {
        return new TrialQuery(TrialSelection.deduplicate(trials), new CurveFiles(null));
    }

    /** The trials of the experiment with exactly this id. */
    public TrialQuery experiment(String id) {
        return filter(t -> Objects.equals(t.experiment(), id));
    }

    /**
     * The trials whose {@code parameter} equals {@code value}: numbers by numeric value, anything else
     * (enum constants, strings, booleans, source names) by its text.
     */
    public TrialQuery where(String parameter, Object value) {
        return filter(t -> t.config().containsKey(parameter)
                && ConfigSlices.sameValue(t.config().get(parameter), value));
    }

    /** The trials matching a selector of partial values, for example {@code "algorithm=IDBD, stepSize=0.01"}. */
    public TrialQuery where(String selector) {
        ConfigSelector parsed = ConfigSelector.parse(selector);
        return filter(t -> parsed.matches(t.config()));
    }

    /** The trials whose numeric {@code parameter} lies in {@code [low, high]}. */
    public TrialQuery whereBetween(String parameter, double low, double high) {
        return filter(t ->
                t.config().get(parameter) instanceof Number n && n.doubleValue() >= low && n.doubleValue() <= high);
    }

    /** The trials whose value of {@code parameter} passes {@code test} (trials without it are dropped). */
    public TrialQuery where(String parameter, Predicate<Object> test) {
        return filter(
                t -> t.config().containsKey(parameter) && test.test(t.config().get(parameter)));
    }

    /** The trials with one of the given statuses. */
    public TrialQuery withStatus(TrialStatus first, TrialStatus... more) {
        Set<TrialStatus> statuses = EnumSet.of(first, more);
        return filter(t -> statuses.contains(t.status()));
    }

    /** The successful trials. */
    public TrialQuery successful() {
        return withStatus(TrialStatus.SUCCESSFUL);
    }

    /** The trials passing {@code test}. */
    public TrialQuery filter(Predicate<TrialResult> test) {
        return new TrialQuery(trials.stream().filter(test).toList(), curves);
    }

    /** The trials, one per configuration and seed. */
    public List<TrialResult> trials() {
        return trials;
    }

    /** The number of trials. */
    public int size() {
        return trials.size();
    }

    /** The distinct configurations, in declared order. */
    public List<Map<String, Object>> configurations() {
        return List.copyOf(TrialSelection.configurationsInDeclaredOrder(trials).values());
    }

    /**
     * The trials grouped by the values of {@code parameters}: one query per combination that occurs,
     * keyed by the combination, in declared order of the configurations.
     */
    public Map<Map<String, Object>, TrialQuery> groupBy(String... parameters) {
        Map<Map<String, Object>, List<TrialResult>> groups = new LinkedHashMap<>();
        for (TrialResult t : ordered()) {
            Map<String, Object> key = new LinkedHashMap<>();
            for (String parameter : parameters) {
                key.put(parameter, t.config().get(parameter));
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
        }
        Map<Map<String, Object>, TrialQuery> queries = new LinkedHashMap<>();
        groups.forEach((key, list) -> queries.put(key, new TrialQuery(list, curves)));
        return queries;
    }

    /**
     * The configurations that differ from {@code config} in {@code parameter} only (including {@code
     * config} itself): the slice a sensitivity plot draws.
     *
     * @throws IllegalArgumentException when {@code config} does not set {@code parameter}
     */
    public TrialQuery slice(Map<String, ?> config, String parameter) {
        if (!config.containsKey(parameter)) {
            throw new IllegalArgumentException(
                    "Cannot slice along " + parameter + ": configuration " + ConfigId.of(config) + " does not set it");
        }
        return filter(t -> ConfigSlices.differsAtMostIn(t.config(), config, parameter));
    }

    /** Every trial reduced to a number, in trial order; trials without a value are left out. */
    public List<TrialValue> values(Reduction reduction) {
        List<TrialValue> values = new ArrayList<>();
        for (TrialResult t : trials) {
            OptionalDouble value = reduction.apply(t, metric -> curves.read(t, metric));
            if (value.isPresent()) {
                values.add(new TrialValue(t, value.getAsDouble()));
            }
        }
        return values;
    }

    /**
     * One summary per configuration of the reduced successful trials, in declared order, made by the
     * analysis' own code (so the same values give the report's numbers and reasons); NaN and infinite
     * values are counted and left out, and configurations without a finite value are left out.
     */
    public List<ConfigurationSummary> summarize(Reduction reduction) {
        Map<String, List<TrialResult>> byConfig = new LinkedHashMap<>();
        for (TrialResult t : successful().trials) {
            byConfig.computeIfAbsent(t.configId(), k -> new ArrayList<>()).add(t);
        }
        List<ConfigurationSummary> summaries = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> config :
                TrialSelection.configurationsInDeclaredOrder(trials).entrySet()) {
            List<TrialResult> list = byConfig.get(config.getKey());
            if (list != null) {
                GroupSummary group = summary(config.getValue(), list, reduction);
                if (group.n() > 0) {
                    summaries.add(new ConfigurationSummary(group));
                }
            }
        }
        return summaries;
    }

    /**
     * The configuration with the best mean of the reduction, by the goal declared for its metric.
     *
     * @throws IllegalArgumentException when the metric has no declared goal, or no configuration has a
     *     value
     */
    public ConfigurationSummary best(Reduction reduction) {
        return best(reduction, goal(reduction.metric()));
    }

    /** The configuration with the best mean of the recorded metric {@code metric}, by its declared goal. */
    public ConfigurationSummary best(String metric) {
        return best(Reduce.metric(metric));
    }

    /**
     * The configuration with the best mean of the reduction: lowest for {@link Goal#MINIMIZE}, highest for
     * {@link Goal#MAXIMIZE}; the earlier configuration on a tie.
     *
     * @throws IllegalArgumentException for {@link Goal#NONE}, or when no configuration has a value
     */
    public ConfigurationSummary best(Reduction reduction, Goal goal) {
        if (goal == null || !goal.hasDirection()) {
            throw new IllegalArgumentException("Metric " + reduction.metric()
                    + " has no goal to pick the best configuration; declare @Metric(name = \"" + reduction.metric()
                    + "\", goal = ...) or pass a goal");
        }
        return goal.best(
                        summarize(reduction).stream()
                                .filter(s -> s.mean().isDefined())
                                .toList(),
                        s -> s.mean().value())
                .orElseThrow(() -> new IllegalArgumentException("No configuration has a value of "
                        + reduction.describe() + " among " + trials.size() + " trials"));
    }

    /** The goal declared for {@code metric} in the trials' lines, or {@link Goal#NONE}. */
    public Goal goal(String metric) {
        return trials.stream()
                .map(t -> t.goals().get(metric))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(Goal.NONE);
    }

    private List<TrialResult> ordered() {
        List<String> order = new ArrayList<>(
                TrialSelection.configurationsInDeclaredOrder(trials).keySet());
        List<TrialResult> sorted = new ArrayList<>(trials);
        sorted.sort(Comparator.comparingInt(t -> order.indexOf(t.configId())));
        return sorted;
    }

    private GroupSummary summary(Map<String, Object> config, List<TrialResult> successful, Reduction reduction) {
        long[] seeds = new long[successful.size()];
        double[] values = new double[successful.size()];
        int n = 0;
        for (TrialResult t : successful) {
            OptionalDouble value = reduction.apply(t, metric -> curves.read(t, metric));
            if (value.isPresent()) {
                seeds[n] = t.seed();
                values[n] = value.getAsDouble();
                n++;
            }
        }
        return GroupSummaries.of(
                config, Arrays.copyOf(seeds, n), Arrays.copyOf(values, n), successful.size() - n, SUMMARY_OPTIONS);
    }

    @Override
    public String toString() {
        return trials.size() + " trials of " + configurations().size() + " configurations"
                + (trials.isEmpty()
                        ? ""
                        : " "
                                + Arrays.toString(trials.stream()
                                        .map(TrialResult::experiment)
                                        .distinct()
                                        .toArray()));
    }
}
