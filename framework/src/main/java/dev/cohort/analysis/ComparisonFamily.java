package dev.cohort.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which pairs of configurations a metric's comparisons cover, and so the family over which their
 * p-values are corrected (Holm, Bonferroni).
 *
 * <p>With k configurations, all pairs are k (k - 1) / 2 comparisons: 4,950 at k = 100 and 499,500 at k
 * = 1,000. Such a family is unreadable, and its correction leaves almost no power. Above a documented
 * number of configurations ({@link AnalysisOptions#allPairsLimit()}), {@link #AUTO} therefore compares
 * every configuration with one reference only, the many-to-one design of Dunnett (1955), "A multiple
 * comparison procedure for comparing several treatments with a control", JASA 50(272), with Holm's
 * correction over its k - 1 comparisons.
 */
public enum ComparisonFamily {
    /** Every pair of configurations, a before b in configuration order: k (k - 1) / 2 comparisons. */
    ALL_PAIRS,
    /**
     * Every other configuration against one reference: the configuration with the best mean by the
     * metric's goal (the highest for {@code MAXIMIZE}, the lowest for {@code MINIMIZE}; the first in
     * configuration order on a tie), or the first configuration with values when the metric has no goal.
     * The reference is {@link Comparison#a()}, the other configuration {@link Comparison#b()}, in
     * configuration order: k - 1 comparisons. The reference is chosen from the same data, so a small
     * p-value says that a configuration is distinguishable from the best, not that the best is best.
     */
    VERSUS_BEST,
    /** {@link #ALL_PAIRS} up to {@link AnalysisOptions#allPairsLimit()} configurations, else {@link #VERSUS_BEST}. */
    AUTO;

    /**
     * The family used for {@code configurations} configurations: this one, or for {@link #AUTO} the one
     * the limit selects.
     */
    public ComparisonFamily resolve(int configurations, int allPairsLimit) {
        if (this != AUTO) {
            return this;
        }
        return configurations > allPairsLimit ? VERSUS_BEST : ALL_PAIRS;
    }

    /**
     * The family named {@code text}, ignoring case and surrounding blanks, for example from {@code
     * -Dcohort.comparisons=versus_best}.
     *
     * @throws IllegalArgumentException naming the allowed values when {@code text} names none
     */
    public static ComparisonFamily parse(String text) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ComparisonFamily family : values()) {
            if (family.name().equals(name)) {
                return family;
            }
        }
        throw new IllegalArgumentException("Unknown comparison family '" + text + "'; allowed: " + allowed());
    }

    /** The allowed names: {@code ALL_PAIRS, VERSUS_BEST, AUTO}. */
    public static String allowed() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
