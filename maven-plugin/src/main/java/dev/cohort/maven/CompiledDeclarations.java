package dev.cohort.maven;

import dev.cohort.results.ExperimentManifest;
import dev.cohort.runtime.ExperimentDefinition;
import java.util.List;

/**
 * What a project's compiled test classes declare: the experiments that could be read, and the classes
 * and experiments whose declaration could not.
 *
 * @param experiments the declarations read, as the engine would record them
 * @param unreadable the classes and experiments that could not be read
 * @param definitions the experiments read, as the engine runs them (the same order as {@code experiments})
 */
record CompiledDeclarations(
        List<ExperimentManifest> experiments, List<Unreadable> unreadable, List<ExperimentDefinition> definitions) {

    /** Nothing declared: a goal without a project. */
    static final CompiledDeclarations NONE = new CompiledDeclarations(List.of(), List.of(), List.of());

    /**
     * A class that cannot be loaded, or an experiment whose declaration is invalid.
     *
     * @param where the class name, or {@code Class#method}
     * @param problem why it cannot be read
     * @param declaresExpectations whether it declares {@code @Expect} (for a class that cannot be loaded:
     *     whether its class file names the annotation)
     */
    record Unreadable(String where, String problem, boolean declaresExpectations) {

        /** A line for the build log. */
        String describe() {
            return "Cannot read the Cohort declaration of " + where + ": " + problem;
        }
    }

    /** Copies the lists. */
    CompiledDeclarations {
        experiments = List.copyOf(experiments);
        unreadable = List.copyOf(unreadable);
        definitions = List.copyOf(definitions);
    }
}
