package dev.cohort.report;

import dev.cohort.analysis.Comparison;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.FailedTrial;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.MetricAnalysis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * For one swept parameter, the best configuration at each of its values and how it compares: the
 * question "does the best IDBD beat the best LMS?" asked of {@code algorithm}. The best of the bests is
 * compared with the runner-up (the best at another value), every other value's best with the best of
 * the bests, by the comparison the analysis made for the pair. A value none of whose configurations has
 * a value of the metric is kept, with the reason, so that no value of the parameter is skipped silently.
 *
 * @param parameter the parameter
 * @param levels one row per value of the parameter: those of the configurations with results in
 *     configuration order, then those only declared or only failed
 */
record BestPerLevel(String parameter, List<Level> levels) {

    /**
     * One value of the parameter.
     *
     * @param value the value
     * @param top whether {@code best} is the best of the bests
     * @param best its best configuration, or {@code null} when none has a value of the metric
     * @param missing why it has none, or {@code null} when it has a best
     * @param against the best it is compared with: the runner-up for the best of the bests, else the best
     *     of the bests; {@code null} when it has no best or no other value has one
     * @param comparison the analysis' comparison of {@code best} and {@code against}, or {@code null}
     *     when the analysis holds none
     */
    record Level(
            Object value,
            boolean top,
            GroupSummary best,
            String missing,
            GroupSummary against,
            Comparison comparison) {}

    /**
     * One entry per parameter with two or more values, when the metric has a goal and the experiment
     * sweeps two or more parameters (with one, the bests are the configurations themselves).
     */
    static List<BestPerLevel> of(ExperimentAnalysis experiment, MetricAnalysis metric) {
        List<String> parameters = experiment.parameters();
        if (metric.goal() == null || !metric.goal().hasDirection() || parameters.size() < 2) {
            return List.of();
        }
        List<BestPerLevel> all = new ArrayList<>();
        for (String parameter : parameters) {
            List<Object> values = values(parameter, experiment, metric);
            if (values.size() >= 2) {
                all.add(new BestPerLevel(parameter, levels(parameter, values, experiment, metric)));
            }
        }
        return all;
    }

    private static List<Object> values(String parameter, ExperimentAnalysis experiment, MetricAnalysis metric) {
        List<Object> values = new ArrayList<>();
        List<Map<String, Object>> configs = new ArrayList<>();
        metric.groups().forEach(g -> configs.add(g.config()));
        configs.addAll(experiment.notRun());
        experiment.failures().forEach(f -> configs.add(f.config()));
        for (Map<String, Object> config : configs) {
            if (config.containsKey(parameter) && !values.contains(config.get(parameter))) {
                values.add(config.get(parameter));
            }
        }
        return values;
    }

    private static List<Level> levels(
            String parameter, List<Object> values, ExperimentAnalysis experiment, MetricAnalysis metric) {
        Map<Object, GroupSummary> bests = new LinkedHashMap<>();
        for (GroupSummary group : metric.groups()) {
            if (group.mean().isDefined() && group.config().containsKey(parameter)) {
                bests.merge(
                        group.config().get(parameter),
                        group,
                        (current, candidate) -> metric.goal()
                                        .isBetter(
                                                candidate.mean().value(),
                                                current.mean().value())
                                ? candidate
                                : current);
            }
        }
        List<GroupSummary> ranked = new ArrayList<>(bests.values());
        ranked.sort((x, y) -> metric.goal().compare(x.mean().value(), y.mean().value()));
        GroupSummary top = ranked.isEmpty() ? null : ranked.get(0);
        GroupSummary runnerUp = ranked.size() < 2 ? null : ranked.get(1);
        List<Level> levels = new ArrayList<>();
        for (Object value : values) {
            GroupSummary best = bests.get(value);
            if (best == null) {
                levels.add(new Level(value, false, null, missing(parameter, value, experiment, metric), null, null));
            } else {
                GroupSummary against = best == top ? runnerUp : top;
                Comparison comparison = against == null
                        ? null
                        : metric.comparison(best.config(), against.config()).orElse(null);
                levels.add(new Level(value, best == top, best, null, against, comparison));
            }
        }
        return levels;
    }

    /**
     * Why no configuration at {@code value} has a value: the analysis' own reasons for their undefined
     * means, or, for configurations it has no group of, their failed trials and declared configurations
     * not run yet.
     */
    private static String missing(
            String parameter, Object value, ExperimentAnalysis experiment, MetricAnalysis metric) {
        List<String> reasons = metric.groups().stream()
                .filter(g -> Objects.equals(g.config().get(parameter), value))
                .map(g -> g.mean().reason())
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        if (!reasons.isEmpty()) {
            return String.join("; ", reasons);
        }
        long failed = experiment.failures().stream()
                .map(FailedTrial::config)
                .filter(c -> Objects.equals(c.get(parameter), value))
                .count();
        long notRun = experiment.notRun().stream()
                .filter(c -> Objects.equals(c.get(parameter), value))
                .count();
        List<String> parts = new ArrayList<>();
        if (failed > 0) {
            parts.add(StudyNotes.count((int) failed, "trial") + " failed or aborted");
        }
        if (notRun > 0) {
            parts.add(StudyNotes.count((int) notRun, "declared configuration") + " not run yet");
        }
        return "no successful trial" + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
    }
}
