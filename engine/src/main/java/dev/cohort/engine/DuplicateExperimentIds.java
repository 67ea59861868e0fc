package dev.cohort.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestDescriptor;

/**
 * Finds experiments sharing one id after discovery. Their results could not be told apart, so each of
 * them is reported and replaced by an {@link InvalidExperimentDescriptor}.
 */
final class DuplicateExperimentIds {

    private DuplicateExperimentIds() {}

    static void check(CohortEngineDescriptor engine, ExperimentSelectorResolver experiments) {
        Map<String, List<ExperimentDescriptor>> byId = new LinkedHashMap<>();
        for (TestDescriptor type : engine.getChildren()) {
            for (TestDescriptor child : type.getChildren()) {
                if (child instanceof ExperimentDescriptor experiment) {
                    byId.computeIfAbsent(experiment.definition().id(), id -> new ArrayList<>())
                            .add(experiment);
                }
            }
        }
        byId.values().stream().filter(list -> list.size() > 1).forEach(list -> replace(list, experiments));
    }

    private static void replace(List<ExperimentDescriptor> sharing, ExperimentSelectorResolver experiments) {
        for (ExperimentDescriptor experiment : sharing) {
            var definition = experiment.definition();
            String others = sharing.stream()
                    .filter(other -> other != experiment)
                    .map(other -> other.definition().testClass().getSimpleName() + "#"
                            + other.definition().method().getName())
                    .collect(Collectors.joining(", "));
            String problem = definition.testClass().getSimpleName() + "#"
                    + definition.method().getName()
                    + ": experiment id \"" + definition.id() + "\" is also the id of " + others
                    + "; give each experiment its own @Experiment(name = ...)";
            TestDescriptor parent = experiment.getParent().orElseThrow();
            experiment.removeFromHierarchy();
            parent.addChild(
                    experiments.invalid(parent.getUniqueId(), definition.testClass(), definition.method(), problem));
        }
    }
}
