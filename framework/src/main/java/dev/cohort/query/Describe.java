package dev.cohort.query;

import dev.cohort.Goal;
import dev.cohort.Normalization;
import dev.cohort.analysis.AggregateScores;
import dev.cohort.analysis.Comparison;
import dev.cohort.analysis.ConfirmationAnalysis;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.Significance;
import dev.cohort.analysis.Statistic;
import dev.cohort.results.ConfigLabel;
import dev.cohort.results.ConfigSelector;
import dev.cohort.results.ReadableNumbers;
import dev.cohort.results.TrialStage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/** Numbers, configurations and tests as failure messages show them. */
public final class Describe {

    private Describe() {}

    /**
     * The stage of {@code experiment} a judgement is drawn from, as messages name it: {@code confirmed on
     * 30 fresh seeds} (with {@code ; 3 of 60 confirmation trials missing} when some have no result) for
     * the confirmation stage, {@code tuning stage, exploratory} for the tuning stage of an experiment with
     * {@code @Confirm}, empty for an experiment without one (its only stage needs no name).
     */
    public static String stage(ExperimentAnalysis experiment, TrialStage stage) {
        if (!experiment.hasConfirmation()) {
            return "";
        }
        if (stage == TrialStage.TUNING) {
            return "tuning stage, exploratory";
        }
        ConfirmationAnalysis confirmation = experiment.confirmation();
        String confirmed = "confirmed on " + confirmation.seedCount() + " fresh seeds";
        if (!confirmation.coverage().hasMissing()) {
            return confirmed;
        }
        return confirmed + "; " + confirmation.coverage().missing().value() + " of "
                + confirmation.coverage().declared().value() + " confirmation trials missing";
    }

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
            return ReadableNumbers.scientific(value, 2);
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

    /**
     * {@code algorithm=IDBD, stepSize=0.01: mean 1.938, 95% CI [1.8, 2.07], n = 30}, or, without an
     * interval, {@code ...: mean 2, n = 5; 95% CI undefined: the data are essentially constant ...}.
     */
    public static String group(GroupSummary group) {
        String head = configuration(group) + ": mean " + value(group.mean());
        if (!group.ciLow().isDefined() || !group.ciHigh().isDefined()) {
            Statistic<Double> undefined = group.ciLow().isDefined() ? group.ciHigh() : group.ciLow();
            return head + ", n = " + group.n() + "; 95% CI undefined: " + undefined.reason();
        }
        return head + ", 95% CI [" + value(group.ciLow()) + ", " + value(group.ciHigh()) + "], n = " + group.n();
    }

    /** The configuration id, or {@code (no parameters)}. */
    public static String configuration(GroupSummary group) {
        return group.config().isEmpty() ? "(no parameters)" : ConfigLabel.of(group.config());
    }

    /** The test's name ({@link dev.cohort.analysis.TestKind#displayName()}), for example {@code paired t}. */
    public static String test(Comparison comparison) {
        return comparison.test() == null ? "no test" : comparison.test().displayName();
    }

    /** {@code lower} for a minimized metric, {@code higher} for a maximized one, {@code different} without a goal. */
    public static String direction(Goal goal) {
        return switch (goal) {
            case MINIMIZE -> "lower";
            case MAXIMIZE -> "higher";
            case NONE -> "different";
        };
    }

    /**
     * The test and its Holm-adjusted p-value against alpha, for example {@code Welch's t, Holm p = 0.012 <
     * alpha 0.05}, or why the p-value is undefined; {@code no comparison} when the analysis holds none.
     */
    public static String significance(Significance significance) {
        Optional<Comparison> comparison = significance.comparison();
        if (comparison.isEmpty()) {
            return "no comparison";
        }
        Comparison c = comparison.get();
        Statistic<Double> p = significance.pHolm();
        if (!p.isDefined()) {
            return test(c) + ", Holm p = undefined" + whyNoP(c);
        }
        String shown = ReadableNumbers.pValue(p.value());
        String test = test(c) + ", Holm p " + (shown.startsWith("<") ? "" : "= ") + shown;
        return test + (significance.isSignificant() ? " < " : " >= ") + "alpha " + number(significance.alpha());
    }

    /** Why the comparison's Holm p-value is undefined, or empty text. */
    public static String whyNoP(Comparison comparison) {
        String reason = comparison.pHolm().reason();
        return reason == null ? "" : " (" + reason + ")";
    }

    /**
     * A configuration's IQM across tasks with its interval, for example {@code algorithm=Rainbow 0.71
     * [0.66, 0.76]}; the configuration is named {@code algorithm=Rainbow, lr=0.1 (best of algorithm=Rainbow
     * by IQM)} when {@code selector} left some of its parameters open.
     */
    public static String iqmWithInterval(String selector, AggregateScores scores) {
        String name = scores.config().isEmpty() ? "(no parameters)" : ConfigLabel.of(scores.config());
        if (ConfigSelector.parse(selector).values().size() < scores.config().size()) {
            name += " (best of " + selector + " by IQM)";
        }
        return name + " " + value(scores.iqm()) + " [" + value(scores.iqmLow()) + ", " + value(scores.iqmHigh()) + "]";
    }

    /**
     * The IQM judgement of two configurations across tasks, for example {@code IQM of normalised return
     * (higher is better): algorithm=Rainbow 0.71 [0.66, 0.76] vs algorithm=DQN 0.52 [0.47, 0.57];
     * difference 0.19 [0.12, 0.26] excludes 0 (stratified bootstrap, 2000 resamples)}.
     */
    public static String iqmAcrossTasks(
            String metric, Normalization normalization, String better, String than, Significance.AcrossTasks across) {
        String scores = normalization == Normalization.NONE ? metric : "normalised " + metric;
        String head = "IQM of " + scores + " (" + direction(across.direction()) + " is better): "
                + iqmWithInterval(better, across.a()) + " vs " + iqmWithInterval(than, across.b()) + "; difference ";
        if (!across.iqmDifferenceLow().isDefined()
                || !across.iqmDifferenceHigh().isDefined()) {
            Statistic<Double> undefined =
                    across.iqmDifferenceLow().isDefined() ? across.iqmDifferenceHigh() : across.iqmDifferenceLow();
            return head + value(across.iqmDifference()) + ", its interval undefined (" + undefined.reason() + ")";
        }
        String where = switch (across.iqmVerdict()) {
            case BETTER, DIFFERENT -> "excludes 0";
            case WORSE -> "excludes 0 on the worse side";
            default -> "includes 0";
        };
        return head + value(across.iqmDifference()) + " [" + value(across.iqmDifferenceLow()) + ", "
                + value(across.iqmDifferenceHigh()) + "] " + where + " (stratified bootstrap, "
                + across.bootstrap().resamples() + " resamples)";
    }

    /**
     * The tasks won, for example {@code algorithm=IDBD wins against algorithm=LMS on 6 of 8 tasks (needs
     * 5), loses on 1, no significant difference on 1 (within each task: lower mean and Holm p < alpha
     * 0.05)}, and the tasks on which the two were not compared, if any.
     */
    public static String winsAcrossTasks(String better, String than, Significance.AcrossTasks across, int minTasks) {
        return better + " wins against " + than + " on " + across.wins() + " of " + across.tasks() + " tasks (needs "
                + across.requiredWins(minTasks) + "), loses on " + across.losses() + ", no significant difference on "
                + across.ties() + notCompared(across) + " (within each task: " + direction(across.direction())
                + " mean and Holm p < alpha " + number(across.alpha()) + ")";
    }

    private static String notCompared(Significance.AcrossTasks across) {
        int missing = across.tasks() - across.compared();
        return missing == 0 ? "" : ", not compared on " + missing + " (a configuration without values there)";
    }
}
