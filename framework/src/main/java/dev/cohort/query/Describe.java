package dev.cohort.query;

import dev.cohort.analysis.Comparison;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.Statistic;
import dev.cohort.results.ConfigId;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Numbers, configurations and tests as failure messages show them. */
public final class Describe {

    private Describe() {}

    /** A statistic as {@link #number(Double)} writes it, or {@code undefined (why)}. */
    public static String value(Statistic<?> statistic) {
        return statistic.isDefined()
                ? number(statistic.value().doubleValue())
                : "undefined (" + statistic.reason() + ")";
    }

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
        return configuration(group) + ", mean " + value(group.mean());
    }

    /** {@code algorithm=IDBD, stepSize=0.01: mean 1.938, 95% CI [1.8, 2.07], n = 30}. */
    public static String group(GroupSummary group) {
        return configuration(group) + ": mean " + value(group.mean()) + ", 95% CI [" + value(group.ciLow()) + ", "
                + value(group.ciHigh()) + "], n = " + group.n();
    }

    /** The configuration id, or {@code (no parameters)}. */
    public static String configuration(GroupSummary group) {
        return group.config().isEmpty() ? "(no parameters)" : ConfigId.of(group.config());
    }

    /** {@code Welch's t}, {@code Student's t}, {@code Mann-Whitney U}, or the code as recorded. */
    public static String test(Comparison comparison) {
        String test = comparison.test();
        if (test == null) {
            return "no test";
        }
        return switch (test) {
            case "WELCH_T" -> "Welch's t";
            case "STUDENT_T" -> "Student's t";
            case "MANN_WHITNEY" -> "Mann-Whitney U";
            default -> test;
        };
    }

    /** Why the comparison's Holm p-value is undefined, or empty text. */
    public static String whyNoP(Comparison comparison) {
        String reason = comparison.pHolm().reason();
        return reason == null ? "" : " (" + reason + ")";
    }
}
