package dev.cohort.analysis;

import dev.cohort.results.ConfigIds;
import dev.cohort.results.TrialResult;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
     * One result per (configuration id, seed): the latest {@code startedAt} wins; on equal or missing
     * start times, the one later in the list. The results are ordered by configuration index (unknown
     * last), then seed index and seed, keeping the order of first appearance among equals: so the
     * statistics, down to the last bit of a sum, do not depend on the order in which parallel trials
     * finished, or on how often a run was interrupted and resumed.
     */
    public static List<TrialResult> deduplicate(List<TrialResult> trials) {
        Map<Key, TrialResult> kept = new LinkedHashMap<>();
        ConfigIds ids = new ConfigIds();
        for (TrialResult t : trials) {
            Key key = new Key(ids.of(t), t.seed());
            TrialResult previous = kept.get(key);
            if (previous == null || supersedes(t, previous)) {
                kept.put(key, t);
            }
        }
        List<TrialResult> ordered = new ArrayList<>(kept.values());
        ordered.sort(IN_DECLARED_ORDER);
        return List.copyOf(ordered);
    }

    private static final Comparator<TrialResult> IN_DECLARED_ORDER = Comparator.<TrialResult>comparingInt(
                    t -> t.configIndex() == null ? Integer.MAX_VALUE : t.configIndex())
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
        for (TrialResult t : trials) {
            String id = configIds.of(t);
            byId.putIfAbsent(id, t.config());
            if (t.configIndex() != null) {
                index.putIfAbsent(id, t.configIndex());
            }
        }
        List<String> ids = new ArrayList<>(byId.keySet());
        ids.sort(Comparator.comparingInt(id -> index.getOrDefault(id, Integer.MAX_VALUE)));
        Map<String, Map<String, Object>> ordered = new LinkedHashMap<>();
        ids.forEach(id -> ordered.put(id, byId.get(id)));
        return ordered;
    }

    /**
     * Whether {@code later}, met after {@code earlier} in the results, replaces it as the result of the
     * same trial: unless it provably started before it.
     */
    public static boolean supersedes(TrialResult later, TrialResult earlier) {
        return !startedBefore(later, earlier);
    }

    /** A trial's identity within its experiment. */
    private record Key(String configId, long seed) {}

    /** Whether {@code a} provably started before {@code b}. */
    private static boolean startedBefore(TrialResult a, TrialResult b) {
        Instant ia = instant(a.startedAt());
        Instant ib = instant(b.startedAt());
        return ia != null && ib != null && ia.isBefore(ib);
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
