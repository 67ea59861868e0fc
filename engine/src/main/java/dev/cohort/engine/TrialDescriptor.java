package dev.cohort.engine;

import dev.cohort.runtime.Configuration;
import dev.cohort.runtime.ExperimentDefinition;
import dev.cohort.runtime.TrialOutcome;
import dev.cohort.runtime.TrialRunner;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * One trial: one configuration with one seed, displayed as {@code seed #3 (130479)} (the seed's index
 * from 0, then the seed). Runs the method, stores the result line, then reports a failure or abort with
 * the exception the method threw.
 */
final class TrialDescriptor extends AbstractTestDescriptor implements Node<CohortExecutionContext> {

    private final ExperimentDefinition experiment;
    private final Configuration configuration;
    private final int seedIndex;

    TrialDescriptor(
            UniqueId configurationId, ExperimentDefinition experiment, Configuration configuration, int seedIndex) {
        super(
                CohortIds.forTrial(configurationId, experiment.seed(seedIndex)),
                "seed #" + seedIndex + " (" + experiment.seed(seedIndex) + ")",
                MethodSource.from(experiment.testClass(), experiment.method()));
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

    @Override
    public CohortExecutionContext execute(CohortExecutionContext context, DynamicTestExecutor dynamicTestExecutor)
            throws Exception {
        TrialOutcome outcome = TrialRunner.run(experiment, configuration, seedIndex);
        context.store().record(outcome);
        Throwable failure = outcome.failure();
        context.progress().trialEnded(failure != null);
        if (failure instanceof Exception exception) {
            throw exception;
        } else if (failure instanceof Error error) {
            throw error;
        } else if (failure != null) {
            throw new IllegalStateException("The trial threw " + failure, failure);
        }
        return context;
    }
}
