package dev.cohort.analysis;

import dev.cohort.Normalization;
import dev.cohort.TaskReference;
import dev.cohort.results.TaskDeclaration;
import dev.cohort.statistics.Descriptive;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One metric's values split by task: the configurations without the task parameter (in order of first
 * appearance), the tasks (likewise, which is declared order), each configuration's data per task, and
 * the normalised runs the aggregates use. A configuration that has no value on a task (not run there,
 * or no successful trial with a finite value) has an empty cell.
 */
final class TaskScores {

    private final String parameter;
    private final List<Object> tasks;
    private final List<Map<String, Object>> configs;
    private final ConfigurationData[][] cells;
    private final int[][] sources;
    private final double[][][] normalised;
    private final String[] normalisationUndefined;

    private TaskScores(
            String parameter,
            List<Object> tasks,
            List<Map<String, Object>> configs,
            ConfigurationData[][] cells,
            int[][] sources,
            TaskDeclaration declaration) {
        this.parameter = parameter;
        this.tasks = List.copyOf(tasks);
        this.configs = List.copyOf(configs);
        this.cells = cells;
        this.sources = sources;
        this.normalised = new double[configs.size()][tasks.size()][];
        this.normalisationUndefined = new String[tasks.size()];
        normalise(declaration);
    }

    /**
     * Splits {@code data} (configurations with the task parameter) by the declaration's task parameter.
     *
     * @throws IllegalArgumentException naming the experiment and configuration when a configuration has
     *     no value of the task parameter
     */
    static TaskScores of(String experiment, List<ConfigurationData> data, TaskDeclaration declaration) {
        String parameter = declaration.parameter();
        List<Object> tasks = new ArrayList<>();
        List<Map<String, Object>> configs = new ArrayList<>();
        for (ConfigurationData d : data) {
            Object task = d.config().get(parameter);
            if (task == null) {
                throw new IllegalArgumentException("experiment " + experiment + ": configuration " + d.config()
                        + " has no value of the task parameter " + parameter
                        + ", so it belongs to no task (every configuration of a study across tasks needs one)");
            }
            if (!tasks.contains(task)) {
                tasks.add(task);
            }
            Map<String, Object> rest = withoutTask(d.config(), parameter);
            if (!configs.contains(rest)) {
                configs.add(rest);
            }
        }
        ConfigurationData[][] cells = new ConfigurationData[configs.size()][tasks.size()];
        int[][] sources = new int[configs.size()][tasks.size()];
        for (int[] row : sources) {
            Arrays.fill(row, -1);
        }
        for (int i = 0; i < data.size(); i++) {
            ConfigurationData d = data.get(i);
            Map<String, Object> rest = withoutTask(d.config(), parameter);
            int c = configs.indexOf(rest);
            int t = tasks.indexOf(d.config().get(parameter));
            sources[c][t] = i;
            cells[c][t] = new ConfigurationData(
                    rest, d.seeds(), d.finiteValues(), d.seedsRun(), d.nonFinite(), d.missing(), d.declaredSeeds());
        }
        for (int c = 0; c < cells.length; c++) {
            for (int t = 0; t < tasks.size(); t++) {
                if (cells[c][t] == null) {
                    cells[c][t] =
                            ConfigurationData.ofValues(configs.get(c), new long[0], new double[0], new long[0], 0, 0);
                }
            }
        }
        return new TaskScores(parameter, tasks, configs, cells, sources, declaration);
    }

    /** A configuration without the task parameter, its other parameters in their order. */
    static Map<String, Object> withoutTask(Map<String, Object> config, String parameter) {
        Map<String, Object> rest = new LinkedHashMap<>(config);
        rest.remove(parameter);
        return Collections.unmodifiableMap(rest);
    }

    private void normalise(TaskDeclaration declaration) {
        for (int t = 0; t < tasks.size(); t++) {
            double low;
            double high;
            Normalization normalization = declaration.normalization();
            if (normalization == Normalization.MIN_MAX) {
                low = Double.POSITIVE_INFINITY;
                high = Double.NEGATIVE_INFINITY;
                for (ConfigurationData[] row : cells) {
                    for (double v : row[t].finiteValues()) {
                        low = Math.min(low, v);
                        high = Math.max(high, v);
                    }
                }
                if (!(high > low)) {
                    normalisationUndefined[t] = high == low
                            ? "every trial of task " + tasks.get(t) + " has the same score " + low
                                    + ", so min-max normalisation divides by zero"
                            : "task " + tasks.get(t) + " has no value";
                    continue;
                }
            } else if (normalization == Normalization.REFERENCE) {
                TaskReference reference = declaration.references().get(String.valueOf(tasks.get(t)));
                if (reference == null) {
                    normalisationUndefined[t] = "no reference scores are declared for task " + tasks.get(t);
                    continue;
                }
                low = reference.low();
                high = reference.high();
            } else {
                low = 0;
                high = 1;
            }
            for (int c = 0; c < cells.length; c++) {
                double[] runs = bySeed(cells[c][t]);
                for (int i = 0; i < runs.length; i++) {
                    runs[i] = (runs[i] - low) / (high - low);
                }
                normalised[c][t] = runs;
            }
        }
    }

    /** The values in seed order, so configurations that ran the same seeds line up (common random numbers). */
    private static double[] bySeed(ConfigurationData d) {
        long[] seeds = d.seeds();
        double[] values = d.finiteValues();
        Integer[] order = new Integer[values.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (i, j) -> Long.compare(seeds[i], seeds[j]));
        double[] sorted = new double[values.length];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = values[order[i]];
        }
        return sorted;
    }

    String parameter() {
        return parameter;
    }

    List<Object> tasks() {
        return tasks;
    }

    List<Map<String, Object>> configs() {
        return configs;
    }

    /** The data of configuration {@code c} on task {@code t}, its configuration without the task. */
    ConfigurationData cell(int c, int t) {
        return cells[c][t];
    }

    /**
     * The index in the data {@link #of} split of the configuration whose values are cell {@code (c, t)}:
     * its values are the same, its configuration has the task; -1 for a cell no configuration filled.
     */
    int source(int c, int t) {
        return sources[c][t];
    }

    /** The task score of configuration {@code c} on task {@code t} (its mean over seeds), NaN without values. */
    double score(int c, int t) {
        double[] v = cells[c][t].finiteValues();
        if (v.length == 0) {
            return Double.NaN;
        }
        return Descriptive.mean(v);
    }

    /** Whether configuration {@code c} has a value on every task. */
    boolean complete(int c) {
        for (int t = 0; t < tasks.size(); t++) {
            if (cells[c][t].n() == 0) {
                return false;
            }
        }
        return true;
    }

    /** The tasks configuration {@code c} has no value on, or empty. */
    List<Object> missingTasks(int c) {
        List<Object> missing = new ArrayList<>();
        for (int t = 0; t < tasks.size(); t++) {
            if (cells[c][t].n() == 0) {
                missing.add(tasks.get(t));
            }
        }
        return missing;
    }

    /** Why the normalised scores are undefined (the first task whose normalisation is), or null. */
    String normalisationUndefined() {
        for (String reason : normalisationUndefined) {
            if (reason != null) {
                return reason;
            }
        }
        return null;
    }

    /** Normalised runs, {@code [configuration][task][run]} in seed order; only when {@link #normalisationUndefined()} is null. */
    double[][][] normalised() {
        if (normalisationUndefined() != null) {
            throw new IllegalStateException(normalisationUndefined());
        }
        return normalised;
    }

    /**
     * Why configuration {@code c}'s normalised aggregates are undefined, or null: it has no value on some
     * task (an aggregate over the other tasks would not compare with the others'), or the normalisation is
     * undefined.
     */
    String aggregateUndefined(int c) {
        List<Object> missing = missingTasks(c);
        if (!missing.isEmpty()) {
            return "no value on task" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing.stream().map(String::valueOf).toList())
                    + ": an aggregate over the other tasks would not compare with the other configurations'";
        }
        return normalisationUndefined();
    }
}
