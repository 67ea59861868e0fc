package dev.cohort.query;

import dev.cohort.Goal;
import dev.cohort.analysis.Comparison;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.Significance;
import dev.cohort.results.ConfigId;
import dev.cohort.results.ConfigSelector;
import java.util.List;
import java.util.Optional;

/**
 * One metric of one analyzed experiment, queried by configuration selectors ({@link ConfigSelector}):
 * which configurations a selector matches, which of them is best, the comparison of two configurations,
 * and whether one is significantly better than the other ({@link Significance}).
 */
public final class MetricView {

    private final ExperimentAnalysis experiment;
    private final MetricAnalysis metric;

    private MetricView(ExperimentAnalysis experiment, MetricAnalysis metric) {
        this.experiment = experiment;
        this.metric = metric;
    }

    /**
     * The metric {@code name} of {@code experiment}.
     *
     * @throws IllegalArgumentException when the experiment recorded no such metric; the message lists
     *     the metrics it recorded
     */
    public static MetricView of(ExperimentAnalysis experiment, String name) {
        return experiment.metrics().stream()
                .filter(m -> m.name().equals(name))
                .findFirst()
                .map(m -> new MetricView(experiment, m))
                .orElseThrow(() -> new IllegalArgumentException("Experiment " + experiment.id()
                        + " recorded no metric \"" + name + "\"; it recorded "
                        + experiment.metrics().stream()
                                .map(MetricAnalysis::name)
                                .toList()));
    }

    /** The experiment's analysis. */
    public ExperimentAnalysis experiment() {
        return experiment;
    }

    /** The metric's analysis. */
    public MetricAnalysis metric() {
        return metric;
    }

    /** The metric's declared direction. */
    public Goal goal() {
        return metric.goal();
    }

    /** The configurations {@code selector} matches, in configuration order. */
    public List<GroupSummary> matching(String selector) {
        ConfigSelector parsed = ConfigSelector.parse(selector);
        return metric.groups().stream().filter(g -> parsed.matches(g.config())).toList();
    }

    /**
     * The configuration {@code selector} stands for: the only match, or the best of several by the
     * metric's goal (lowest mean when minimized, highest when maximized; configurations without a mean
     * are skipped).
     *
     * @throws IllegalArgumentException when nothing matches, or several match and the metric has no goal
     *     that could tell which is best
     */
    public GroupSummary select(String selector) {
        List<GroupSummary> matches = matching(selector);
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("\"" + selector + "\" matches no configuration of " + experiment.id()
                    + " with metric " + metric.name() + "; configurations: "
                    + metric.groups().stream().map(g -> ConfigId.of(g.config())).toList());
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (!metric.goal().hasDirection()) {
            throw new IllegalArgumentException("\"" + selector + "\" matches " + matches.size()
                    + " configurations and metric " + metric.name()
                    + " has no goal to pick the best of them; name one configuration or declare"
                    + " @Metric(goal = ...): "
                    + matches.stream().map(g -> ConfigId.of(g.config())).toList());
        }
        return metric.goal()
                .best(
                        matches.stream().filter(g -> g.mean().isDefined()).toList(),
                        g -> g.mean().value())
                .orElseThrow(() -> new IllegalArgumentException("No configuration matching \"" + selector
                        + "\" has a mean of " + metric.name() + " (no successful trial with a finite value)"));
    }

    /** The comparison of the two configurations, whichever order the analysis holds it in. */
    public Optional<Comparison> comparison(GroupSummary x, GroupSummary y) {
        return metric.comparison(x.config(), y.config());
    }

    /**
     * Whether {@code a} is significantly better than {@code b} in the metric's goal at {@code alpha}: its
     * mean better and the Holm-adjusted p-value of the pair's test below alpha ({@link Significance}).
     */
    public Significance significance(GroupSummary a, GroupSummary b, double alpha) {
        return Significance.of(metric, a, b, alpha);
    }

    /** The same in {@code direction}, for example {@link Goal#MINIMIZE} for "significantly lower". */
    public Significance significance(GroupSummary a, GroupSummary b, Goal direction, double alpha) {
        return Significance.of(metric, a, b, direction, alpha);
    }
}
