package dev.cohort.results;

import dev.cohort.Goal;
import java.util.List;
import java.util.Objects;

/**
 * An experiment's {@code @Confirm} as the engine recorded it next to the results: how its winners are
 * selected from the tuning stage and which fresh seeds confirm them.
 *
 * @param per the parameters within each combination of whose values one configuration is selected, in
 *     declaration order; empty for one selection overall
 * @param metric the metric the selection ranks by
 * @param goal the metric's goal, which says which mean is best
 * @param seeds the confirmation seeds, disjoint from the tuning seeds
 */
public record ConfirmationDeclaration(List<String> per, String metric, Goal goal, List<Long> seeds) {

    /** Copies the lists; {@code null} lists become empty. */
    public ConfirmationDeclaration {
        per = per == null ? List.of() : List.copyOf(per);
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(goal, "goal");
        seeds = seeds == null ? List.of() : List.copyOf(seeds);
    }

    /** The seed at {@code index} of the confirmation stage, from 0. */
    public long seed(int index) {
        return seeds.get(index);
    }
}
