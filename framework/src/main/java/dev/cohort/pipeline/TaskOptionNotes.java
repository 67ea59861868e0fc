package dev.cohort.pipeline;

import dev.cohort.analysis.ExperimentTrials;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.ExperimentNames;
import dev.cohort.results.TaskDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the build log must say about the task parameter {@code -Dcohort.task} names for results without
 * a {@code @Task}: the experiments it does not fit (no such parameter), and those whose declared task,
 * which wins, differs from it.
 */
final class TaskOptionNotes {

    private TaskOptionNotes() {}

    /**
     * One note per experiment the option does not apply to as named.
     *
     * @param option the task parameter {@code -Dcohort.task} names, or {@code null} when it is not set
     */
    static List<String> of(List<ExperimentTrials> experiments, TaskDeclaration option) {
        List<String> notes = new ArrayList<>();
        if (option == null) {
            return notes;
        }
        String named = "-Dcohort.task=" + option.parameter();
        for (ExperimentTrials experiment : experiments) {
            String name = ExperimentNames.shortName(experiment.id());
            Optional<TaskDeclaration> declared = experiment.declaration().map(ExperimentManifest::task);
            if (declared.isPresent()) {
                if (!declared.get().parameter().equals(option.parameter())) {
                    notes.add(name + ": declares @Task on " + declared.get().parameter() + ", which wins over " + named
                            + "; its tasks are the values of " + declared.get().parameter());
                }
            } else if (!experiment.parameters().contains(option.parameter())) {
                notes.add(name + ": " + named + " names no parameter of the experiment ("
                        + (experiment.parameters().isEmpty()
                                ? "it sweeps none"
                                : "its parameters: " + String.join(", ", experiment.parameters()))
                        + "), so it is analysed without tasks");
            }
        }
        return notes;
    }
}
