package dev.cohort.engine;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** A descriptor whose children run in parallel and which does nothing itself. */
abstract class ContainerDescriptor extends AbstractTestDescriptor implements Node<CohortExecutionContext> {

    ContainerDescriptor(UniqueId uniqueId, String displayName, TestSource source) {
        super(uniqueId, displayName, source);
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
