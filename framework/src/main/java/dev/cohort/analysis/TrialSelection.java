package dev.cohort.analysis;

import static dev.cohort.results.LatestResult.supersedes;

import dev.cohort.results.ConfigIds;
import dev.cohort.results.TrialResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
        List<TrialResult> ordered = present(kept(trials, positionsByConfiguration(trials)));
        ordered.sort(IN_DECLARED_ORDER);
        return Collections.unmodifiableList(ordered);
    }

    // Each loop over the trials is a method of its own, so that the JIT compiles each small loop rather than
    // the whole selection at each of its loops.

    /**
     * The trials' positions grouped by configuration, so the seed index of {@link #kept} holds one
     * configuration's seeds at a time rather than an entry per trial of the whole study.
     */
    private static Map<ExperimentConfig, Positions> positionsByConfiguration(List<TrialResult> trials) {
        Map<ExperimentConfig, Positions> positionsByConfig = new LinkedHashMap<>();
        ConfigIds ids = new ConfigIds();
        Positions current = null;
        String experiment = null;
        Map<String, Object> config = null;
        for (int i = 0; i < trials.size(); i++) {
            TrialResult t = trials.get(i);
            // the trials of a configuration usually follow each other, sharing its map: one look-up for all
            if (current == null || t.experiment() != experiment || t.config() != config) {
                experiment = t.experiment();
                config = t.config();
                current = positionsByConfig.computeIfAbsent(
                        new ExperimentConfig(experiment, ids.of(t)), k -> new Positions());
            }
            current.add(i);
        }
        return positionsByConfig;
    }

    /** The kept result of each (configuration, seed), at the position where that pair first appears; else null. */
    private static TrialResult[] kept(List<TrialResult> trials, Map<ExperimentConfig, Positions> positionsByConfig) {
        TrialResult[] kept = new TrialResult[trials.size()];
        for (Positions positions : positionsByConfig.values()) {
            keep(trials, positions, kept);
        }
        return kept;
    }

    private static void keep(List<TrialResult> trials, Positions positions, TrialResult[] kept) {
        SeedPositions firstPosition = new SeedPositions(positions.size);
        for (int k = 0; k < positions.size; k++) {
            int i = positions.at[k];
            TrialResult t = trials.get(i);
            int first = firstPosition.putIfAbsent(t.seed(), i);
            if (first < 0) {
                kept[i] = t;
            } else if (supersedes(t, kept[first])) {
                kept[first] = t;
            }
        }
    }

    private static List<TrialResult> present(TrialResult[] kept) {
        List<TrialResult> ordered = new ArrayList<>(kept.length);
        for (TrialResult t : kept) {
            if (t != null) {
                ordered.add(t);
            }
        }
        return ordered;
    }

    /** Positions in a list, in order: a growable array of ints. */
    private static final class Positions {
        private int[] at = new int[16];
        private int size;

        void add(int position) {
            if (size == at.length) {
                at = Arrays.copyOf(at, 2 * size);
            }
            at[size++] = position;
        }
    }

    /** A configuration of an experiment (the id strings are shared, so their hashes are computed once). */
    private record ExperimentConfig(String experiment, String configId) {}

    private static final Comparator<String> EXPERIMENT_ORDER = Comparator.nullsFirst(Comparator.naturalOrder());

    private static final Comparator<TrialResult> IN_DECLARED_ORDER = Comparator.comparing(
                    TrialResult::experiment, (a, b) -> a == b ? 0 : EXPERIMENT_ORDER.compare(a, b))
            .thenComparingInt(t -> t.configIndex() == null ? Integer.MAX_VALUE : t.configIndex())
            .thenComparingInt(TrialResult::seedIndex)
            .thenComparingLong(TrialResult::seed);

    /**
     * The configurations by id, in the experiment's declared order ({@link TrialResult#configIndex()}),
     * which parallel trials do not finish in; configurations without an index follow in order of first
     * appearance.
     */
    public static Map<String, Map<String, Object>> configurationsInDeclaredOrder(List<TrialResult> trials) {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        Map<String, Integer> index = new HashMap<>();
        ConfigIds configIds = new ConfigIds();
        // the trials of a configuration usually follow each other, sharing its map: its id is looked up once
        Map<String, Object> last = null;
        String lastId = null;
        boolean indexed = false;
        for (TrialResult t : trials) {
            if (last == null || t.config() != last) {
                last = t.config();
                lastId = configIds.of(t);
                byId.putIfAbsent(lastId, last);
                indexed = index.containsKey(lastId);
            }
            if (!indexed && t.configIndex() != null) {
                index.put(lastId, t.configIndex());
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
