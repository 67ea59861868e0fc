package dev.cohort.maven;

import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.store.ManifestStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The experiments of a project's compiled test classes that no run recorded in the results directory:
 * the engine records an experiment's declaration before its first trial, so an experiment without one
 * never ran into the directory, most often because Surefire (or Failsafe) selects classes by name and
 * the class matches none of its {@code <include>}s. Grouped by class, each with the {@code <include>}
 * that would run it.
 */
final class UnrunExperiments {

    private final Map<String, List<ExperimentManifest>> byClass;

    private UnrunExperiments(Map<String, List<ExperimentManifest>> byClass) {
        this.byClass = byClass;
    }

    /** The experiments of {@code declared} without a recorded declaration under {@code resultsDirectory}. */
    static UnrunExperiments find(List<ExperimentManifest> declared, Path resultsDirectory) {
        Map<String, List<ExperimentManifest>> byClass = new TreeMap<>();
        for (ExperimentManifest experiment : declared) {
            if (!Files.isRegularFile(ManifestStore.file(resultsDirectory, experiment.experiment()))) {
                byClass.computeIfAbsent(experiment.testClass(), k -> new ArrayList<>())
                        .add(experiment);
            }
        }
        return new UnrunExperiments(byClass);
    }

    /** Whether every declared experiment ran. */
    boolean isEmpty() {
        return byClass.isEmpty();
    }

    /** Whether the experiment with this id did not run. */
    boolean contains(String experimentId) {
        return byClass.values().stream()
                .flatMap(List::stream)
                .anyMatch(e -> e.experiment().equals(experimentId));
    }

    /** The unrun experiments by class name, in class order. */
    Map<String, List<ExperimentManifest>> byClass() {
        return new LinkedHashMap<>(byClass);
    }

    /**
     * One warning per class, for example: {@code quick.QuickExperiments declares 1 experiment (approach)
     * but no run wrote results for it to DIR: Surefire did not run the class. Add
     * <include>**}{@code /QuickExperiments.java</include> ...}.
     */
    List<String> warnings(Path resultsDirectory) {
        List<String> warnings = new ArrayList<>();
        byClass.forEach((testClass, experiments) -> warnings.add(testClass + " declares " + experiments.size()
                + " experiment" + (experiments.size() == 1 ? "" : "s") + " ("
                + String.join(
                        ", ",
                        experiments.stream().map(ExperimentManifest::method).toList())
                + ") but no run wrote results for "
                + (experiments.size() == 1 ? "it" : "them") + " to " + resultsDirectory + ": " + notRun(testClass)));
        return warnings;
    }

    /** Why the experiment has no results, and what to do, for the message of an expectation not checked. */
    String reason(String experimentId) {
        String testClass = byClass.entrySet().stream()
                .filter(entry ->
                        entry.getValue().stream().anyMatch(e -> e.experiment().equals(experimentId)))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(experimentId + " is not an unrun experiment"));
        return "the experiment has no results: " + notRun(testClass);
    }

    private static String notRun(String testClass) {
        String nested = testClass.contains("$")
                ? " (a nested class: Surefire's default <excludes> also leave out **/*$*; set <excludes> to run it)"
                : "";
        return "Surefire did not run the class. Add " + include(testClass)
                + " to the <includes> in maven-surefire-plugin's <configuration> (or in maven-failsafe-plugin's,"
                + " for a long study)" + nested + ".";
    }

    /** The {@code <include>} that selects the class: {@code <include>**}{@code /QuickExperiments.java</include>}. */
    static String include(String testClass) {
        String simple = testClass.substring(testClass.lastIndexOf('.') + 1);
        return "<include>**/" + simple + ".java</include>";
    }
}
