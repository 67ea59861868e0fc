package dev.cohort.report;

import dev.cohort.Goal;
import dev.cohort.analysis.AggregateScores;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.Statistic;
import dev.cohort.analysis.TaskAnalysis;
import dev.cohort.analysis.TaskMetric;
import dev.cohort.analysis.TaskPair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tasks x configurations table of a task study (jMetal's experiment tables), read from the model once
 * for the HTML and the LaTeX report: per task, each configuration's group of that task's own analysis,
 * which are best there by the goal, and which are significantly worse than the best by the within-task
 * comparisons ({@link SignificantlyWorse}).
 */
final class TaskTable {

    /** One task: its analysis and the cells in column order. */
    record Row(TaskMetric task, List<Cell> cells) {}

    /**
     * One configuration on one task.
     *
     * @param group the configuration's group in the task's analysis, or {@code null} when it has none
     * @param best whether its mean is the task's best by the goal
     * @param worse whether it is significantly worse than every best configuration of the task
     */
    record Cell(GroupSummary group, boolean best, boolean worse) {}

    private final TaskAnalysis tasks;
    private final List<Map<String, Object>> columns;
    private final List<Row> rows;

    private TaskTable(TaskAnalysis tasks, List<Map<String, Object>> columns, List<Row> rows) {
        this.tasks = tasks;
        this.columns = columns;
        this.rows = rows;
    }

    /** The table of {@code tasks}, configurations in the aggregate's order, marks at {@code alpha}. */
    static TaskTable of(TaskAnalysis tasks, double alpha) {
        List<Map<String, Object>> columns = tasks.aggregate().configs().stream()
                .map(AggregateScores::config)
                .toList();
        List<Row> rows = new ArrayList<>();
        for (TaskMetric task : tasks.perTask()) {
            MetricAnalysis metric = task.analysis();
            Set<Integer> best = Best.of(metric);
            Set<Integer> worse = SignificantlyWorse.of(metric, best, alpha);
            Map<Map<String, Object>, Integer> positions = positions(metric.groups());
            List<Cell> cells = new ArrayList<>();
            for (Map<String, Object> column : columns) {
                int i = positions.getOrDefault(column, -1);
                cells.add(
                        i < 0
                                ? new Cell(null, false, false)
                                : new Cell(metric.groups().get(i), best.contains(i), worse.contains(i)));
            }
            rows.add(new Row(task, List.copyOf(cells)));
        }
        return new TaskTable(tasks, columns, List.copyOf(rows));
    }

    /** The position of each configuration among {@code groups}, the first where one repeats. */
    private static Map<Map<String, Object>, Integer> positions(List<GroupSummary> groups) {
        Map<Map<String, Object>, Integer> positions = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            positions.putIfAbsent(groups.get(i).config(), i);
        }
        return positions;
    }

    /** The configurations, in column order. */
    List<Map<String, Object>> columns() {
        return columns;
    }

    /** One row per task, in task order. */
    List<Row> rows() {
        return rows;
    }

    /** Each column's mean rank across tasks. */
    List<Statistic<Double>> meanRanks() {
        return tasks.aggregate().configs().stream()
                .map(AggregateScores::meanRank)
                .toList();
    }

    /**
     * The column with the best (smallest) mean rank, the one the wins/ties/losses row compares every
     * other with; empty when no mean rank is defined or the metric has no direction.
     */
    Optional<Integer> leader() {
        Goal goal = tasks.perTask().isEmpty()
                ? null
                : tasks.perTask().get(0).analysis().goal();
        if (goal == null || !goal.hasDirection()) {
            return Optional.empty();
        }
        List<Statistic<Double>> ranks = meanRanks();
        Integer leader = null;
        for (int i = 0; i < ranks.size(); i++) {
            if (ranks.get(i).isDefined()
                    && (leader == null
                            || ranks.get(i).value() < ranks.get(leader).value())) {
                leader = i;
            }
        }
        return Optional.ofNullable(leader);
    }

    /**
     * Column {@code column}'s wins, ties and losses against {@code other} across tasks, from the pair in
     * either order; empty when the aggregate holds no such pair.
     */
    Optional<int[]> record(int column, int other) {
        Map<String, Object> a = columns.get(column);
        Map<String, Object> b = columns.get(other);
        for (TaskPair pair : tasks.aggregate().pairs()) {
            if (pair.a().equals(a) && pair.b().equals(b)) {
                return Optional.of(new int[] {pair.wins(), pair.ties(), pair.losses()});
            }
            if (pair.a().equals(b) && pair.b().equals(a)) {
                return Optional.of(new int[] {pair.losses(), pair.ties(), pair.wins()});
            }
        }
        return Optional.empty();
    }

    /**
     * The column headers: a configuration's value alone when the configurations differ in one parameter
     * whose values are names (such as {@code algorithm}), named once by {@link #parameters}; else the
     * configuration id ({@code pop=10}), so a number never stands without its parameter.
     */
    List<String> headers() {
        boolean names = columns.stream()
                .allMatch(c -> c.size() == 1
                        && !(c.values().iterator().next() instanceof Number)
                        && !(c.values().iterator().next() instanceof Boolean));
        return columns.stream()
                .map(c -> names && !columns.isEmpty()
                        ? String.valueOf(c.values().iterator().next())
                        : Labels.config(c))
                .toList();
    }

    /** The parameters the headers show the values of, joined by {@code ", "}. */
    String parameters() {
        return columns.isEmpty() ? "" : String.join(", ", columns.get(0).keySet());
    }
}
