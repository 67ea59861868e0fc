package dev.cohort.assertions;

import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.FailedTrial;
import dev.cohort.query.Describe;
import dev.cohort.query.MetricView;
import dev.cohort.results.ConfigLabel;
import dev.cohort.results.TrialStage;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one experiment's analysis; {@link #metric(String)} narrows to one metric. For an
 * experiment with {@code @Confirm} they are judged on its confirmation stage (the selected configurations
 * on the fresh seeds), as {@code @Expect} is; {@link #tuning()} asserts on the tuning stage instead, for
 * exploration.
 */
public final class ExperimentAssert extends AbstractAssert<ExperimentAssert, ExperimentAnalysis> {

    private static final int LISTED = 5;

    private final ExperimentAnalysis experiment;
    private final TrialStage stage;

    ExperimentAssert(ExperimentAnalysis experiment) {
        this(experiment, experiment.concludingStage());
    }

    private ExperimentAssert(ExperimentAnalysis experiment, TrialStage stage) {
        super(experiment.stage(stage), ExperimentAssert.class);
        this.experiment = experiment;
        this.stage = stage;
    }

    /** The same assertions on the tuning stage: for an experiment with {@code @Confirm}, exploratory. */
    public ExperimentAssert tuning() {
        return new ExperimentAssert(experiment, TrialStage.TUNING);
    }

    /**
     * The same assertions on the confirmation stage (the default for an experiment with {@code @Confirm});
     * fails when the experiment declares no {@code @Confirm}.
     */
    public ExperimentAssert confirmation() {
        if (!experiment.hasConfirmation()) {
            throw failure("Experiment %s has no confirmation stage: it declares no @Confirm", experiment.id());
        }
        return new ExperimentAssert(experiment, TrialStage.CONFIRMATION);
    }

    /** Expects no trial's latest result to be failed or aborted. */
    public ExperimentAssert hasNoFailedTrials() {
        if (!actual.failures().isEmpty()) {
            String listed = actual.failures().stream()
                    .limit(LISTED)
                    .map(ExperimentAssert::describe)
                    .collect(Collectors.joining("\n  ", "\n  ", ""));
            int more = actual.failures().size() - LISTED;
            throw failure(
                    "Expected no failed trials in %s%s, but %d of %d failed:%s%s",
                    actual.id(),
                    stageNote(),
                    actual.failures().size(),
                    actual.trials(),
                    listed,
                    more > 0 ? "\n  and " + more + " more" : "");
        }
        return this;
    }

    /** Expects exactly {@code expected} successful trials over all configurations. */
    public ExperimentAssert hasSuccessfulTrials(int expected) {
        if (actual.successful() != expected) {
            throw failure(
                    "Expected %d successful trials in %s%s, but found %d (of %d trials, %d failed)",
                    expected,
                    actual.id(),
                    stageNote(),
                    actual.successful(),
                    actual.trials(),
                    actual.failures().size());
        }
        return this;
    }

    /**
     * Narrows to the metric {@code name}; fails when the experiment recorded no such metric, or when it is
     * judged on a confirmation stage that has no successful trial yet.
     */
    public MetricAssert metric(String name) {
        if (stage == TrialStage.CONFIRMATION) {
            Optional<String> pending = experiment.confirmation().pending();
            if (pending.isPresent()) {
                throw failure(
                        "%s %s cannot be judged yet: %s; it is judged on the confirmation stage, not on the tuning"
                                + " trials that selected the configurations (tuning() asserts on those, for"
                                + " exploration)",
                        experiment.id(), name, pending.get());
            }
        }
        try {
            return new MetricAssert(MetricView.of(experiment, stage, name));
        } catch (IllegalArgumentException e) {
            throw failure(e.getMessage());
        }
    }

    private String stageNote() {
        String label = Describe.stage(experiment, stage);
        return label.isEmpty() ? "" : " (" + label + ")";
    }

    private static String describe(FailedTrial failure) {
        return ConfigLabel.of(failure.config()) + " seed " + failure.seed() + ": " + failure.status()
                + (failure.errorType() == null ? "" : " " + failure.errorType())
                + (failure.message() == null ? "" : ": " + failure.message());
    }
}
