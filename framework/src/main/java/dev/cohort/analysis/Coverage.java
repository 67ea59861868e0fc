package dev.cohort.analysis;

import java.util.Map;

/**
 * How much of an experiment's latest declaration has results (SPEC section 5, {@code coverage}).
 *
 * @param declared configurations x seeds of the latest declaration, undefined when the experiment has no
 *     recorded declaration
 * @param successful declared trials whose latest result is successful (every successful trial without a
 *     declaration)
 * @param failed declared trials whose latest result failed or was aborted (every such trial without a
 *     declaration)
 * @param missing declared trials with no result, undefined without a declaration
 * @param stale trials of configurations or seeds the latest declaration no longer has
 */
public record Coverage(Statistic<Integer> declared, int successful, int failed, Statistic<Integer> missing, int stale) {

    private static final String UNDECLARED =
            "no recorded declaration of this experiment (results of an older engine, or lines alone)";

    /** The coverage of declared trials: none without results is left unnamed. */
    static Coverage declared(int declared, int successful, int failed, int stale) {
        return new Coverage(
                Statistic.count(declared), successful, failed, Statistic.count(declared - successful - failed), stale);
    }

    /** The coverage of results without a declaration: they count as they are. */
    public static Coverage undeclared(int successful, int failed) {
        return new Coverage(Statistic.undefined(UNDECLARED), successful, failed, Statistic.undefined(UNDECLARED), 0);
    }

    /** Whether declared trials have no result. */
    public boolean hasMissing() {
        return missing.isDefined() && missing.value() > 0;
    }

    /** Why {@code declared} and {@code missing} are undefined, by component name; derived from them. */
    public Map<String, String> reasons() {
        return Statistic.reasonsOf(this);
    }
}
