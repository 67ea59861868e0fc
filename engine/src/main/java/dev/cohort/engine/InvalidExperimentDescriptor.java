package dev.cohort.engine;

import dev.cohort.runtime.InvalidExperimentException;
import java.lang.reflect.Method;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * An experiment whose declaration cannot run. Reported at discovery as an issue, and at execution as a
 * failed test with the same message, so the build fails while the valid experiments still run.
 */
final class InvalidExperimentDescriptor extends AbstractTestDescriptor implements Node<CohortExecutionContext> {

    private final String problem;

    InvalidExperimentDescriptor(UniqueId classId, Class<?> testClass, Method method, String problem) {
        super(CohortIds.forExperiment(classId, method), method.getName(), MethodSource.from(testClass, method));
        this.problem = problem;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public CohortExecutionContext execute(CohortExecutionContext context, DynamicTestExecutor dynamicTestExecutor) {
        throw new InvalidExperimentException(problem);
    }
}
