package dev.cohort.report;

import dev.cohort.analysis.Statistic;
import java.util.OptionalInt;

/**
 * The decimals of statistics shown with a 95% interval: down to one digit below the leading digit of
 * the interval's half-width, so that a mean in {@code [1.888, 1.961]} reads {@code 1.924}, not {@code
 * 1.9236}. Without a usable interval the statistics keep {@link Numbers#readable}'s 4 significant digits.
 *
 * @param decimals the decimals, or empty when the interval is undefined or has no width
 */
record IntervalDigits(OptionalInt decimals) {

    /** No interval: statistics keep 4 significant digits. */
    static final IntervalDigits NONE = new IntervalDigits(OptionalInt.empty());

    /** The digits the interval {@code [low, high]} supports. */
    static IntervalDigits of(Statistic<Double> low, Statistic<Double> high) {
        if (!low.isDefined() || !high.isDefined()) {
            return NONE;
        }
        return new IntervalDigits(Numbers.decimalsFor(low.value(), high.value()));
    }

    /** The statistic with these digits, or {@code null} when it is undefined. */
    String text(Statistic<Double> statistic) {
        return statistic.isDefined() ? text(statistic.value()) : null;
    }

    /** The value with these digits. */
    String text(double x) {
        return decimals.isPresent() ? Numbers.fixed(x, decimals.getAsInt()) : Numbers.readable(x);
    }

    /** The value with these digits as LaTeX math-mode content. */
    String latex(double x) {
        return Numbers.toLatexMath(text(x));
    }
}
