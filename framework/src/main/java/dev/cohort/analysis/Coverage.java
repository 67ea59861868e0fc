package dev.cohort.analysis;

import java.util.Map;

/**
 * How much of an experiment's latest declaration has results (SPEC section 5, {@code coverage}).
 *
 * @param declared configurations x seeds of the latest declaration, or {@code null} when the experiment
 *     has no recorded declaration
 * @param successful declared trials whose latest result is successful (every successful trial without a
 *     declaration)
 * @param failed declared trials whose latest result failed or was aborted (every such trial without a
 *     declaration)
 * @param missing declared trials with no result, or {@code null} without a declaration
 * @param stale trials of configurations or seeds the latest declaration no longer has
 * @param reasons why {@code declared} and {@code missing} are {@code null}, keyed by field name
 */
public record Coverage(
        Integer declared, int successful, int failed, Integer missing, int stale, Map<String, String> reasons) {

    private static final String UNDECLARED =
            "no recorded declaration of this experiment (results of an older engine, or lines alone)";

    /** Copies the map. */
    public Coverage {
        reasons = Map.copyOf(reasons);
    }

    /** The coverage of declared trials: none without results is left unnamed. */
    static Coverage declared(int declared, int successful, int failed, int stale) {
        return new Coverage(declared, successful, failed, declared - successful - failed, stale, Map.of());
    }

    /** The coverage of results without a declaration: they count as they are. */
    public static Coverage undeclared(int successful, int failed) {
        return new Coverage(null, successful, failed, null, 0, Map.of("declared", UNDECLARED, "missing", UNDECLARED));
    }

    /** Whether declared trials have no result. */
    public boolean hasMissing() {
        return missing != null && missing > 0;
    }
}
