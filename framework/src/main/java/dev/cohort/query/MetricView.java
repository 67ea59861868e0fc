package dev.cohort.query;

import dev.cohort.Goal;
import dev.cohort.analysis.Comparison;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.Significance;
import dev.cohort.results.ConfigId;
import dev.cohort.results.ConfigSelector;
import dev.cohort.results.TrialStage;
import java.util.List;
import java.util.Optional;

/**
 * One metric of one analyzed experiment, queried by configuration selectors ({@link ConfigSelector}):
 * which configurations a selector matches, which of them is best, the comparison of two configurations,
 * and whether one is significantly better than the other ({@link Significance}).
 *
 * <p>The metric is that of one stage of the experiment: by default the stage its conclusions are drawn
 * from ({@link ExperimentAnalysis#concludingStage()}), so for an experiment with {@code @Confirm} the
 * analysis of the selected configurations on the fresh seeds; the tuning stage on request, for
 * exploration.
 */
public final class MetricView {

    private final ExperimentAnalysis experiment;
    private final TrialStage stage;
    private final MetricAnalysis metric;

    private MetricView(ExperimentAnalysis experiment, TrialStage stage, MetricAnalysis metric) {
        this.experiment = experiment;
        this.stage = stage;
        this.metric = metric;
    }

    /**
     * The metric {@code name} of {@code experiment}'s {@linkplain ExperimentAnalysis#concludingStage()
     * concluding stage}: with {@code @Confirm}, the confirmation stage.
     *
     * @throws IllegalArgumentException when the stage recorded no such metric; the message lists the
     *     metrics it recorded
     */
    public static MetricView of(ExperimentAnalysis experiment, String name) {
        return of(experiment, experiment.concludingStage(), name);
    }

    /**
     * The metric {@code name} of one stage of {@code experiment}.
     *
     * @throws IllegalArgumentException when the experiment has no such stage (the confirmation of an
     *     experiment without {@code @Confirm}) or the stage recorded no such metric
     */
    public static MetricView of(ExperimentAnalysis experiment, TrialStage stage, String name) {
        ExperimentAnalysis analysed = experiment.stage(stage);
        return analysed.metrics().stream()
                .filter(m -> m.name().equals(name))
                .findFirst()
                .map(m -> new MetricView(experiment, stage, m))
                .orElseThrow(() -> new IllegalArgumentException("Experiment " + experiment.id()
                        + (experiment.hasConfirmation() ? " (" + Describe.stage(experiment, stage) + ")" : "")
                        + " recorded no metric \"" + name + "\"; it recorded "
                        + analysed.metrics().stream().map(MetricAnalysis::name).toList()));
    }

    /** The experiment's analysis, with every stage. */
    public ExperimentAnalysis experiment() {
        return experiment;
    }

    /** The stage the metric was analysed over. */
    public TrialStage stage() {
        return stage;
    }

    /** The stage as messages name it ({@link Describe#stage}); empty for an experiment without {@code @Confirm}. */
    public String stageLabel() {
        return Describe.stage(experiment, stage);
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
                    + metric.groups().stream().map(g -> ConfigId.of(g.config())).toList()
                    + (stage == TrialStage.CONFIRMATION
                            ? " (the confirmation stage holds the configurations the tuning stage selected)"
                            : ""));
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
