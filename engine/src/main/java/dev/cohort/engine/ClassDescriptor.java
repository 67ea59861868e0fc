package dev.cohort.engine;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;

/** A class holding experiments; its children are {@link ExperimentDescriptor}s. */
final class ClassDescriptor extends ContainerDescriptor {

    private final Class<?> testClass;

    ClassDescriptor(UniqueId parentId, Class<?> testClass) {
        super(CohortIds.forClass(parentId, testClass), testClass.getSimpleName(), ClassSource.from(testClass));
        this.testClass = testClass;
    }

    /** The class's full name, Surefire's {@code classname} of every trial row, as for Jupiter tests. */
    @Override
    public String getLegacyReportingName() {
        return testClass.getName();
    }

    Class<?> testClass() {
        return testClass;
    }
}
