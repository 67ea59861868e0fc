package dev.cohort.engine;

import dev.cohort.runtime.ExperimentDefinition;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/**
 * One experiment method; its children are {@link ConfigurationDescriptor}s. With {@code @Confirm}, once
 * they all ended it registers and runs the trials of its confirmation stage ({@link ConfirmationStage})
 * as dynamic children, before it finishes itself.
 */
final class ExperimentDescriptor extends ContainerDescriptor {

    private final ExperimentDefinition definition;
    private final Set<UniqueId> selectedConfirmations = new LinkedHashSet<>();
    private final RunMeans means = new RunMeans();
    private DynamicTestExecutor dynamicTests;

    ExperimentDescriptor(UniqueId classId, ExperimentDefinition definition) {
        super(
                CohortIds.forExperiment(classId, definition.method()),
                displayName(definition),
                ExperimentSources.of(definition));
        this.definition = definition;
    }

    ExperimentDefinition definition() {
        return definition;
    }

    /**
     * Selects confirmation trials by their unique ids (or a selected configuration's confirmation by its
     * id's prefix), to run even though the execution does not hold the whole tuning stage.
     */
    void selectConfirmation(UniqueId confirmation) {
        selectedConfirmations.add(confirmation);
    }

    /** The confirmation trials or configurations selected by unique id; empty unless re-run so. */
    Set<UniqueId> selectedConfirmations() {
        return Set.copyOf(selectedConfirmations);
    }

    /** An experiment with {@code @Confirm} adds its confirmation trials while it runs. */
    @Override
    public boolean mayRegisterTests() {
        return definition.confirmation().isPresent();
    }

    @Override
    public CohortExecutionContext execute(CohortExecutionContext context, DynamicTestExecutor dynamicTestExecutor) {
        dynamicTests = dynamicTestExecutor;
        return context;
    }

    /** The means of the trials of this experiment that ran in this execution. */
    RunMeans means() {
        return means;
    }

    /**
     * Runs the confirmation stage, when it runs in this execution: the tuning children have ended. Then
     * publishes, per metric, the best configuration of the trials that ran ({@link MeasuredEntries}).
     */
    @Override
    public void after(CohortExecutionContext context) throws Exception {
        if (dynamicTests != null && ConfirmationStage.runs(this, context.configuration())) {
            for (TestDescriptor test : ConfirmationStage.plan(this, context)) {
                addChild(test);
                dynamicTests.execute(test);
            }
            dynamicTests.awaitFinished();
        }
        MeasuredEntries.ofExperiment(means.best())
                .ifPresent(entry -> context.listener().reportingEntryPublished(this, entry));
    }

    /** Selectors of every configuration, to discover the whole experiment. */
    Set<DiscoverySelector> configurationSelectors() {
        return definition.configurations().stream()
                .map(c -> DiscoverySelectors.selectUniqueId(CohortIds.forConfiguration(getUniqueId(), c)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String displayName(ExperimentDefinition definition) {
        String defaultId =
                definition.testClass().getName() + "#" + definition.method().getName();
        return definition.id().equals(defaultId) ? definition.method().getName() : definition.id();
    }
}
