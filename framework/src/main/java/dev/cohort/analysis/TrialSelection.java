package dev.cohort.analysis;

import static dev.cohort.results.LatestResult.supersedes;

import dev.cohort.results.ConfigIds;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which trials of one experiment count, and in which order configurations are listed: the rules shared
 * by the scalar analysis ({@link Analyzer}) and the learning curves ({@link CurveAggregator}), so both
 * present the same trials in the same order.
 */
public final class TrialSelection {

    private TrialSelection() {}

    /**
     * One result per (experiment, configuration id, seed): the latest {@code startedAt} wins; on equal or
     * missing start times, the one later in the list. Experiments sharing configuration names and seeds
     * stay apart. The results are ordered by experiment id, then configuration index (unknown last),
     * then seed index and seed, keeping the order of first appearance among equals: so the
     * statistics, down to the last bit of a sum, do not depend on the order in which parallel trials
     * finished, or on how often a run was interrupted and resumed.
     */
    public static List<TrialResult> deduplicate(List<TrialResult> trials) {
        TrialTable table = TrialTable.of(trials);
        int[] kept = kept(table, positionsByConfiguration(table));
        int count = present(kept);
        inDeclaredOrder(table, kept, count);
        return table.select(kept, count);
    }

    // Each loop over the trials is a method of its own, so that the JIT compiles each small loop rather than
    // the whole selection at each of its loops. The selection works on positions in the list, so trials
    // held by column (TrialTable) stay so.

    /**
     * The trials' positions grouped by configuration, so the seed index of {@link #kept} holds one
     * configuration's seeds at a time rather than an entry per trial of the whole study.
     */
    private static Map<ExperimentConfig, Positions> positionsByConfiguration(TrialTable trials) {
        Map<ExperimentConfig, Positions> positionsByConfig = new LinkedHashMap<>();
        ConfigIds ids = new ConfigIds();
        Positions current = null;
        String experiment = null;
        Map<String, Object> config = null;
        for (int i = 0; i < trials.size(); i++) {
            // the trials of a configuration usually follow each other, sharing its map: one look-up for all
            if (current == null || trials.experiment(i) != experiment || trials.config(i) != config) {
                experiment = trials.experiment(i);
                config = trials.config(i);
                current = positionsByConfig.computeIfAbsent(
                        new ExperimentConfig(experiment, ids.of(config)), k -> new Positions());
            }
            current.add(i);
        }
        return positionsByConfig;
    }

    /**
     * At the position where each (configuration, seed) first appears, the position of its kept result;
     * {@code -1} elsewhere.
     */
    private static int[] kept(TrialTable trials, Map<ExperimentConfig, Positions> positionsByConfig) {
        int[] kept = new int[trials.size()];
        Arrays.fill(kept, -1);
        for (Positions positions : positionsByConfig.values()) {
            keep(trials, positions, kept);
        }
        return kept;
    }

    private static void keep(TrialTable trials, Positions positions, int[] kept) {
        SeedPositions firstPosition = new SeedPositions(positions.size());
        for (int k = 0; k < positions.size(); k++) {
            int i = positions.at(k);
            int first = firstPosition.putIfAbsent(trials.seed(i), i);
            if (first < 0) {
                kept[i] = i;
            } else if (supersedes(trials.start(i), trials.start(kept[first]))) {
                kept[first] = i;
            }
        }
    }

    /** Moves the kept positions to the front of {@code kept}, in order; returns how many there are. */
    private static int present(int[] kept) {
        int count = 0;
        for (int position : kept) {
            if (position >= 0) {
                kept[count++] = position;
            }
        }
        return count;
    }

    /** Sorts {@code positions[0, count)} stably by {@link #declaredOrder} of their trials. */
    private static void inDeclaredOrder(TrialTable trials, int[] positions, int count) {
        Comparator<Integer> inDeclaredOrder = declaredOrder(trials);
        if (isSorted(positions, count, inDeclaredOrder)) {
            return;
        }
        Integer[] order = new Integer[count];
        for (int k = 0; k < count; k++) {
            order[k] = positions[k];
        }
        Arrays.sort(order, inDeclaredOrder); // stable
        for (int k = 0; k < count; k++) {
            positions[k] = order[k];
        }
    }

    private static boolean isSorted(int[] positions, int count, Comparator<Integer> order) {
        for (int k = 1; k < count; k++) {
            if (order.compare(positions[k - 1], positions[k]) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Positions of {@code trials} by experiment id, then configuration index (unknown last), then seed
     * index and seed.
     */
    private static Comparator<Integer> declaredOrder(TrialTable trials) {
        return Comparator.<Integer, String>comparing(
                        trials::experiment, (a, b) -> a == b ? 0 : EXPERIMENT_ORDER.compare(a, b))
                .thenComparingInt(i -> {
                    Integer index = trials.configIndex(i);
                    return index == null ? Integer.MAX_VALUE : index;
                })
                .thenComparingInt(trials::seedIndex)
                .thenComparingLong(trials::seed);
    }

    /** A configuration of an experiment (the id strings are shared, so their hashes are computed once). */
    private record ExperimentConfig(String experiment, String configId) {}

    private static final Comparator<String> EXPERIMENT_ORDER = Comparator.nullsFirst(Comparator.naturalOrder());

    /**
     * The configurations by id, in the experiment's declared order ({@link TrialResult#configIndex()}),
     * which parallel trials do not finish in; configurations without an index follow in order of first
     * appearance.
     */
    public static Map<String, Map<String, Object>> configurationsInDeclaredOrder(List<TrialResult> trials) {
        TrialTable table = TrialTable.of(trials);
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        Map<String, Integer> index = new HashMap<>();
        ConfigIds configIds = new ConfigIds();
        // the trials of a configuration usually follow each other, sharing its map: its id is looked up once
        Map<String, Object> last = null;
        String lastId = null;
        boolean indexed = false;
        for (int i = 0; i < table.size(); i++) {
            if (last == null || table.config(i) != last) {
                last = table.config(i);
                lastId = configIds.of(last);
                byId.putIfAbsent(lastId, last);
                indexed = index.containsKey(lastId);
            }
            if (!indexed && table.configIndex(i) != null) {
                index.put(lastId, table.configIndex(i));
                indexed = true;
            }
        }
        List<String> ids = new ArrayList<>(byId.keySet());
        ids.sort(Comparator.comparingInt(id -> index.getOrDefault(id, Integer.MAX_VALUE)));
        Map<String, Map<String, Object>> ordered = new LinkedHashMap<>();
        ids.forEach(id -> ordered.put(id, byId.get(id)));
        return ordered;
    }
}
