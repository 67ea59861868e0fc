package dev.cohort.runtime;

import dev.cohort.Across;
import dev.cohort.Expect;
import dev.cohort.results.ConfigSelector;
import dev.cohort.results.TaskDeclaration;
import java.util.List;
import java.util.Map;

/**
 * Checks how an {@link Expect} is judged across tasks ({@link Expect#across()}, {@link Expect#minTasks()})
 * against the experiment's {@code @Task}: across-task judgements need a task, {@code minTasks} counts the
 * tasks {@link Across#WINS} needs and no more than the sweep has, and the sides compare configurations
 * across all tasks, so they do not select a task.
 */
final class AcrossTasks {

    private AcrossTasks() {}

    /**
     * @param declared the declaration as messages name it
     * @param task the experiment's task, or {@code null}
     * @throws InvalidExperimentException naming {@code declared} when the expectation cannot be judged
     */
    static void check(String declared, Expect expect, TaskDeclaration task, List<Map<String, Object>> configurations) {
        Across across = expect.across();
        int minTasks = expect.minTasks();
        if (minTasks < 0) {
            throw new InvalidExperimentException(declared + ": minTasks = " + minTasks
                    + " is negative; give the tasks to win, or 0 for more" + " than half of them");
        }
        if (task == null) {
            if (across != Across.AUTO || minTasks != 0) {
                throw new InvalidExperimentException(declared + ": across = " + across
                        + (minTasks != 0 ? ", minTasks = " + minTasks : "")
                        + " judges the expectation across tasks, but the experiment has no @Task parameter; mark"
                        + " the swept parameter whose values are tasks with @Task, or drop across and minTasks");
            }
            return;
        }
        if (minTasks != 0 && across != Across.WINS) {
            throw new InvalidExperimentException(declared + ": minTasks = " + minTasks + " counts tasks won, which"
                    + " only across = Across.WINS judges (across is " + across + ")");
        }
        long tasks = configurations.stream()
                .map(c -> c.get(task.parameter()))
                .distinct()
                .count();
        if (minTasks > tasks) {
            throw new InvalidExperimentException(declared + ": minTasks = " + minTasks + " but the sweep has " + tasks
                    + " task" + (tasks == 1 ? "" : "s") + " of " + task.parameter());
        }
        for (String side : List.of(expect.better(), expect.than())) {
            if (ConfigSelector.parse(side).values().containsKey(task.parameter())) {
                throw new InvalidExperimentException(declared + ": \"" + side + "\" selects by the task parameter "
                        + task.parameter() + ", but the expectation compares configurations across all tasks;"
                        + " select by the other parameters only");
            }
        }
    }
}
