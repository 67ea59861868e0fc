package dev.cohort.runtime;

import dev.cohort.Normalization;
import dev.cohort.Sweep;
import dev.cohort.SweepSource;
import dev.cohort.Task;
import dev.cohort.TaskReference;
import dev.cohort.results.ConfigId;
import dev.cohort.results.TaskDeclaration;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Reads an experiment's {@link Task} into the {@link TaskDeclaration} its manifest records, validating
 * it against the sweep: one task parameter at most, swept with listed values, every task with the same
 * configurations of the other parameters (so they can be compared within and across tasks), and the
 * reference scores, when declared, for every task.
 */
final class TaskReader {

    private TaskReader() {}

    /**
     * The parameter annotated with {@link Task}, if any, checked to be the only one and swept.
     *
     * @throws InvalidExperimentException when two parameters are tasks or the task is not swept
     */
    static Optional<Parameter> taskParameter(String where, Method method) {
        List<Parameter> tasks = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            if (AnnotationSupport.isAnnotated(parameter, Task.class)) {
                tasks.add(parameter);
            }
        }
        if (tasks.size() > 1) {
            throw new InvalidExperimentException(where + ": @Task on parameters "
                    + tasks.stream().map(p -> "'" + p.getName() + "'").toList()
                    + "; at most one parameter of an experiment is a task");
        }
        if (tasks.isEmpty()) {
            return Optional.empty();
        }
        Parameter task = tasks.get(0);
        if (!AnnotationSupport.isAnnotated(task, Sweep.class)
                && !AnnotationSupport.isAnnotated(task, SweepSource.class)) {
            throw invalid(
                    where,
                    task,
                    "@Task on a parameter that is not swept; list the tasks with @Sweep({...}) or"
                            + " @SweepSource(\"method\")");
        }
        return Optional.of(task);
    }

    /**
     * The declaration of the task parameter {@code task} (one of {@code swept}), checked against the
     * configurations the design chose.
     *
     * @param warnings receives what is legal but likely not meant: one task, nothing to compare within a
     *     task, references of tasks the sweep does not have
     * @throws InvalidExperimentException naming class, method, parameter and task
     */
    static TaskDeclaration declaration(
            Class<?> testClass,
            String where,
            Parameter task,
            SweptParameter swept,
            Design design,
            List<Map<String, Object>> configurations,
            Consumer<String> warnings) {
        Task declared = AnnotationSupport.findAnnotation(task, Task.class).orElseThrow();
        if (swept.isRange() && (swept.values().isEmpty() || design.drawsFromRanges())) {
            throw invalid(
                    where,
                    task,
                    "@Task on a range the design draws from continuously; list the tasks, or give the range steps"
                            + " and run the grid");
        }
        List<String> tasks = swept.values().stream().map(String::valueOf).toList();
        requireEveryConfigurationOnEveryTask(where, task, tasks, configurations);
        warnWhenNothingToCompare(where, task, tasks, configurations, warnings);
        String references = declared.references().strip();
        Normalization normalization = declared.normalization();
        String annotation = "@Task(normalization = " + normalization + ", references = \"" + references + "\")";
        if (references.isEmpty()) {
            if (normalization == Normalization.REFERENCE) {
                throw invalid(
                        where,
                        task,
                        "@Task(normalization = REFERENCE) names no reference scores; add references = \"method\""
                                + " (a static method returning Map<String, TaskReference>) or references ="
                                + " \"file.csv\" (a classpath resource task,low,high)");
            }
            return new TaskDeclaration(task.getName(), normalization, Map.of());
        }
        if (normalization == Normalization.NONE) {
            throw invalid(
                    where,
                    task,
                    annotation + " declares reference scores but asks for no normalization; drop one of the two");
        }
        String source = where + " parameter '" + task.getName() + "': @Task(references = \"" + references + "\")";
        Map<String, TaskReference> read = TaskReferences.read(testClass, references, source);
        Map<String, TaskReference> used = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String name : tasks) {
            TaskReference reference = read.get(name);
            if (reference == null) {
                missing.add(name);
            } else {
                used.put(name, reference);
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidExperimentException(source + ": no reference scores for task"
                    + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + " (references are keyed by"
                    + " the task's value as in the sweep; given for " + named(new ArrayList<>(read.keySet())) + ")");
        }
        List<String> unused =
                read.keySet().stream().filter(name -> !used.containsKey(name)).toList();
        if (!unused.isEmpty()) {
            warnings.accept(source + ": reference scores of " + unused.size() + " task"
                    + (unused.size() == 1 ? "" : "s") + " the sweep does not have (" + named(unused)
                    + ") are not used");
        }
        return new TaskDeclaration(task.getName(), Normalization.REFERENCE, used);
    }

    /** The configurations of the other parameters, the same on every task: a complete block design. */
    private static void requireEveryConfigurationOnEveryTask(
            String where, Parameter task, List<String> tasks, List<Map<String, Object>> configurations) {
        Map<String, Set<String>> byTask = new LinkedHashMap<>();
        tasks.forEach(name -> byTask.put(name, new LinkedHashSet<>()));
        Set<String> all = new LinkedHashSet<>();
        for (Map<String, Object> configuration : configurations) {
            Map<String, Object> others = new LinkedHashMap<>(configuration);
            String name = String.valueOf(others.remove(task.getName()));
            String id = ConfigId.of(others);
            all.add(id);
            byTask.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(id);
        }
        for (Map.Entry<String, Set<String>> entry : byTask.entrySet()) {
            if (!entry.getValue().containsAll(all)) {
                List<String> lacking = all.stream()
                        .filter(id -> !entry.getValue().contains(id))
                        .map(id -> id.isEmpty() ? Configuration.NO_PARAMETERS : id)
                        .toList();
                throw invalid(
                        where,
                        task,
                        "task " + entry.getKey() + " lacks " + lacking.size() + " configuration"
                                + (lacking.size() == 1 ? "" : "s") + " the other tasks run (" + named(lacking)
                                + "); tasks are compared on the same configurations, so run every configuration"
                                + " of the other parameters on every task (no @Sample, @Valid or @Zip across the"
                                + " task)");
            }
        }
    }

    private static void warnWhenNothingToCompare(
            String where,
            Parameter task,
            List<String> tasks,
            List<Map<String, Object>> configurations,
            Consumer<String> warnings) {
        if (tasks.size() == 1) {
            warnings.accept(where + " parameter '" + task.getName() + "': @Task with the one task " + tasks.get(0)
                    + ": nothing is aggregated across tasks (ranks, Friedman and the intervals need two or more);"
                    + " sweep more tasks");
        }
        if (configurations.size() == tasks.size()) {
            warnings.accept(where + " parameter '" + task.getName() + "': every task runs one configuration, so"
                    + " nothing is compared within or across tasks (the report gives that configuration's"
                    + " aggregate scores only); sweep the algorithms or settings to compare next to the task");
        }
    }

    private static String named(List<String> names) {
        int shown = Math.min(names.size(), 5);
        String listed = String.join(", ", names.subList(0, shown));
        return names.size() > shown ? listed + " and " + (names.size() - shown) + " more" : listed;
    }

    private static InvalidExperimentException invalid(String where, Parameter parameter, String problem) {
        return new InvalidExperimentException(where + " parameter '" + parameter.getName() + "': " + problem);
    }
}
