package dev.cohort.engine;

import dev.cohort.runtime.ExperimentDefinition;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * The test {@code confirmation} of an experiment whose confirmation stage cannot run as declared (its
 * tuning stage is incomplete, or a group has no configuration to select): it fails with the reason, so
 * the build shows it instead of silently confirming nothing.
 */
final class ConfirmationBlockedDescriptor extends AbstractTestDescriptor implements Node<CohortExecutionContext> {

    private final String problem;
    private final String legacyName;

    ConfirmationBlockedDescriptor(UniqueId experimentId, ExperimentDefinition experiment, String problem) {
        super(
                CohortIds.forConfirmationSelection(experimentId),
                CohortIds.CONFIRMATION,
                ExperimentSources.of(experiment));
        this.problem = problem;
        this.legacyName = experiment.method().getName() + " " + CohortIds.CONFIRMATION;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    /** The name in Surefire's reports: {@code tracking confirmation}. */
    @Override
    public String getLegacyReportingName() {
        return legacyName;
    }

    @Override
    public CohortExecutionContext execute(CohortExecutionContext context, DynamicTestExecutor dynamicTestExecutor) {
        throw new IllegalStateException(problem);
    }
}
