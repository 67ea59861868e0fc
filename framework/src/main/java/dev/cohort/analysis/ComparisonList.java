package dev.cohort.analysis;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * An immutable list of comparisons that finds the one of two configurations by a hash lookup: the list
 * behind {@link MetricAnalysis#comparisons()}, which a report asks for the comparison of many pairs (every
 * configuration against the best of a study of a thousand), so that finding each is not a walk through
 * the list. The index is built on the first lookup.
 */
final class ComparisonList extends AbstractList<Comparison> implements RandomAccess {

    private final List<Comparison> comparisons;
    private volatile Map<List<Map<String, Object>>, Comparison> byPair;

    private ComparisonList(List<Comparison> comparisons) {
        this.comparisons = comparisons;
    }

    /** An immutable copy of {@code comparisons} (itself when it is one already). */
    static ComparisonList of(List<Comparison> comparisons) {
        return comparisons instanceof ComparisonList list ? list : new ComparisonList(List.copyOf(comparisons));
    }

    /** The comparison of a and b, a before b; the first one when the list holds the pair twice; null when none. */
    Comparison find(Map<String, Object> a, Map<String, Object> b) {
        Map<List<Map<String, Object>>, Comparison> index = byPair;
        if (index == null) {
            index = new HashMap<>();
            for (Comparison c : comparisons) {
                index.putIfAbsent(Arrays.asList(c.a(), c.b()), c);
            }
            byPair = index;
        }
        return index.get(Arrays.asList(a, b));
    }

    @Override
    public Comparison get(int index) {
        return comparisons.get(index);
    }

    @Override
    public int size() {
        return comparisons.size();
    }
}
