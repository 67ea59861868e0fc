package dev.cohort.report;

import dev.cohort.analysis.AggregateScores;
import dev.cohort.analysis.Statistic;
import dev.cohort.analysis.TaskAggregate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The geometry of a critical-difference diagram (Demšar 2006), shared by the HTML and the LaTeX report:
 * the configurations with a defined mean rank sorted by it, and the groups of configurations whose mean
 * ranks lie closer than the Nemenyi critical difference (not significantly different), each group
 * maximal and drawn as one bar.
 *
 * @param entries the configurations with a mean rank, best (smallest) first
 * @param groups the bars: first and last position in {@code entries} of each maximal group of two or more
 * @param criticalDifference the Nemenyi critical difference, undefined with its reason
 */
record CriticalDifference(List<Entry> entries, List<int[]> groups, Statistic<Double> criticalDifference) {

    /** A configuration and its mean rank. */
    record Entry(Map<String, Object> config, int column, double meanRank) {}

    /** The diagram of an aggregate. Without a critical difference, no groups are drawn. */
    static CriticalDifference of(TaskAggregate aggregate) {
        List<Entry> entries = new ArrayList<>();
        List<AggregateScores> configs = aggregate.configs();
        for (int i = 0; i < configs.size(); i++) {
            Statistic<Double> rank = configs.get(i).meanRank();
            if (rank.isDefined()) {
                entries.add(new Entry(configs.get(i).config(), i, rank.value()));
            }
        }
        entries.sort(Comparator.comparingDouble(Entry::meanRank));
        Statistic<Double> cd = aggregate.nemenyi().criticalDifference();
        return new CriticalDifference(
                List.copyOf(entries), cd.isDefined() ? groups(entries, cd.value()) : List.of(), cd);
    }

    /**
     * For each entry, the furthest later entry whose mean rank is less than {@code cd} away; a group is
     * kept when it has two or more entries and is not inside the previous one.
     */
    static List<int[]> groups(List<Entry> sorted, double cd) {
        List<int[]> groups = new ArrayList<>();
        int lastEnd = -1;
        for (int i = 0; i < sorted.size(); i++) {
            int end = i;
            while (end + 1 < sorted.size()
                    && sorted.get(end + 1).meanRank() - sorted.get(i).meanRank() < cd) {
                end++;
            }
            if (end > i && end > lastEnd) {
                groups.add(new int[] {i, end});
                lastEnd = end;
            }
        }
        return List.copyOf(groups);
    }
}
