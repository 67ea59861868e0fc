package dev.cohort.query;

import dev.cohort.analysis.Comparison;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.results.ConfigId;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Numbers, configurations and tests as failure messages show them. */
public final class Describe {

    private Describe() {}

    /** A number with 4 significant digits, trailing zeros dropped; very small or large ones in e-notation. */
    public static String number(Double value) {
        if (value == null) {
            return "undefined";
        }
        if (value.isNaN() || value.isInfinite()) {
            return value.toString();
        }
        double magnitude = Math.abs(value);
        if (magnitude != 0 && (magnitude < 1e-4 || magnitude >= 1e7)) {
            return String.format(Locale.ROOT, "%.2e", value);
        }
        return new BigDecimal(value)
                .round(new MathContext(4))
                .stripTrailingZeros()
                .toPlainString();
    }

    /** {@code algorithm=IDBD, stepSize=0.01, mean 1.938}. */
    public static String groupWithMean(GroupSummary group) {
        return configuration(group) + ", mean " + number(group.mean());
    }

    /** {@code algorithm=IDBD, stepSize=0.01: mean 1.938, 95% CI [1.8, 2.07], n = 30}. */
    public static String group(GroupSummary group) {
        return configuration(group) + ": mean " + number(group.mean()) + ", 95% CI [" + number(group.ciLow()) + ", "
                + number(group.ciHigh()) + "], n = " + group.n();
    }

    /** The configuration id, or {@code (no parameters)}. */
    public static String configuration(GroupSummary group) {
        return group.config().isEmpty() ? "(no parameters)" : ConfigId.of(group.config());
    }

    /** The test's name ({@link dev.cohort.analysis.TestKind#displayName()}), for example {@code paired t}. */
    public static String test(Comparison comparison) {
        return comparison.test() == null ? "no test" : comparison.test().displayName();
    }

    /** Why the comparison's Holm p-value is undefined, or empty text. */
    public static String whyNoP(Comparison comparison) {
        String reason =
                comparison.reasons().getOrDefault("pHolm", comparison.reasons().get("p"));
        return reason == null ? "" : " (" + reason + ")";
    }
}
