package dev.cohort.engine;

import dev.cohort.Experiment;
import dev.cohort.results.Sharding.TrialKey;
import dev.cohort.runtime.Configuration;
import dev.cohort.runtime.ExperimentDefinition;
import dev.cohort.runtime.StartJournal;
import dev.cohort.runtime.TrialCrashedException;
import dev.cohort.runtime.TrialOutcome;
import dev.cohort.runtime.TrialTimeout;
import dev.cohort.runtime.TrialTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * One trial: one configuration with one seed, displayed as {@code seed #3 (130479)} (the seed's index
 * from 0, then the seed). Runs the method (in a worker JVM with {@value CohortConfiguration#ISOLATION}{@code
 * =process}), stores the result line, then reports a failure or abort with
 * the exception the method threw. Skipped, with the reason, when the execution resumes and the results
 * directory already holds it ({@link Resumption}), or when the results store failed ({@link
 * StoreFailure}). Publishes its metrics, or its failure, as a report entry ({@link MeasuredEntries}). Runs with a time limit when its experiment declares one ({@code @Experiment(timeout)})
 * or the configuration sets {@value CohortConfiguration#TRIAL_TIMEOUT}.
 */
sealed class TrialDescriptor extends AbstractTestDescriptor implements Node<CohortExecutionContext>
        permits ConfirmationTrialDescriptor {

    private final ExperimentDefinition experiment;
    private final Configuration configuration;
    private final int seedIndex;

    /**
     * A trial with its own id, displayed as {@code prefix} then {@code seed #3 (130479)}: a tuning trial
     * with no prefix, or a trial of a confirmation stage, whose {@code experiment} is {@link
     * ExperimentDefinition#confirmationStage()}.
     */
    TrialDescriptor(
            UniqueId id, String prefix, ExperimentDefinition experiment, Configuration configuration, int seedIndex) {
        super(
                id,
                prefix + "seed #" + seedIndex + " (" + experiment.seed(seedIndex) + ")",
                ExperimentSources.of(experiment));
        this.experiment = experiment;
        this.configuration = configuration;
        this.seedIndex = seedIndex;
    }

    /**
     * The name Surefire and Failsafe write into their XML reports, which show no tree: the experiment,
     * configuration and seed, for example {@code tracking[algorithm=IDBD, stepSize=0.01] seed #3
     * (130479)}, so every trial's row is readable and distinct.
     */
    @Override
    public String getLegacyReportingName() {
        return experiment.method().getName() + "[" + configuration.id() + "] " + getDisplayName();
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    /** The trial's position in its experiment, by which {@link ShardFilter} deals it to a shard. */
    TrialKey key() {
        return new TrialKey(experiment.id(), configuration.index(), seedIndex);
    }

    /**
     * Stores a {@code CRASHED} result for each start of this trial that was in flight when an earlier
     * run's JVM ended, unless the store failed.
     *
     * @return how many were stored
     */
    int recordCrashes(Resumption resumption, RunStore store) {
        List<StartJournal.Start> starts = resumption
                .completed()
                .inFlight(experiment.id(), experiment.stage(), configuration, experiment.seed(seedIndex));
        int stored = 0;
        for (StartJournal.Start start : starts) {
            if (store.recordCrash(TrialCrashedException.outcome(experiment, configuration, seedIndex, start))) {
                stored++;
            }
        }
        return stored;
    }

    /** Why this trial is skipped under {@code resumption}, or empty when it runs. */
    Optional<String> skipReason(Resumption resumption) {
        return resumption.skipReason(experiment, configuration, experiment.seed(seedIndex));
    }

    @Override
    public SkipResult shouldBeSkipped(CohortExecutionContext context) {
        return skipReason(context.resumption())
                .or(() -> context.store().failure().skipReason())
                .map(SkipResult::skip)
                .orElseGet(SkipResult::doNotSkip);
    }

    @Override
    public CohortExecutionContext execute(CohortExecutionContext context, DynamicTestExecutor dynamicTestExecutor)
            throws Exception {
        Optional<Duration> declared = experiment.timeout();
        Duration timeout = declared.orElse(context.configuration().trialTimeout());
        String source = timeout == null ? null : timeoutSource(declared.isPresent(), timeout);
        context.store().started(experiment, configuration, seedIndex);
        TrialOutcome outcome = context.executor().run(experiment, configuration, seedIndex, timeout, source);
        context.store().record(outcome);
        publish(outcome, context);
        Throwable failure = outcome.failure();
        context.progress().trialEnded(failure != null);
        if (failure instanceof TrialTimeoutException timedOut) {
            context.progress().timedOut(timedOut);
        }
        if (failure instanceof OutOfMemoryError outOfMemory) {
            // the JUnit Platform treats an OutOfMemoryError as unrecoverable and ends the whole execution;
            // one trial's lack of memory must not cost the others, so it is reported wrapped
            throw new IllegalStateException(
                    "The trial ran out of memory (" + outOfMemory.getMessage() + "); its buffers were released,"
                            + " it is recorded as failed and the other trials go on",
                    outOfMemory);
        } else if (failure instanceof Exception exception) {
            throw exception;
        } else if (failure instanceof Error error) {
            throw error;
        } else if (failure != null) {
            throw new IllegalStateException("The trial threw " + failure, failure);
        }
        return context;
    }

    /** Shows what the trial measured next to it, and counts it in its experiment's means of this run. */
    private void publish(TrialOutcome outcome, CohortExecutionContext context) {
        MeasuredEntries.ofTrial(outcome).ifPresent(entry -> context.listener().reportingEntryPublished(this, entry));
        TestDescriptor ancestor = getParent().orElse(null);
        while (ancestor != null && !(ancestor instanceof ExperimentDescriptor)) {
            ancestor = ancestor.getParent().orElse(null);
        }
        if (ancestor instanceof ExperimentDescriptor experimentNode) {
            experimentNode.means().add(outcome);
        }
    }

    private String timeoutSource(boolean declared, Duration timeout) {
        return declared
                ? "@Experiment(timeout = \""
                        + AnnotationSupport.findAnnotation(experiment.method(), Experiment.class)
                                .map(Experiment::timeout)
                                .orElseThrow()
                        + "\")"
                : CohortConfiguration.TRIAL_TIMEOUT + "=" + TrialTimeout.describe(timeout);
    }
}
