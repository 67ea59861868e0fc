package dev.cohort.report;

import dev.cohort.analysis.Comparison;
import dev.cohort.analysis.Statistic;

/**
 * The statistic of the test chosen for a pair ({@link Comparison#test()}), for the columns that show
 * that test rather than every test.
 *
 * @param value the statistic, or why the test is undefined for the data
 * @param field the comparison's component that holds it
 */
record ChosenStatistic(Statistic<Double> value, String field) {

    /** The chosen test's statistic of {@code c}; {@code null} when no test was chosen. */
    static ChosenStatistic of(Comparison c) {
        if (c.test() == null) {
            return null;
        }
        return switch (c.test()) {
            case STUDENT_T -> new ChosenStatistic(c.studentT(), "studentT");
            case WELCH_T -> new ChosenStatistic(c.welchT(), "welchT");
            case MANN_WHITNEY -> new ChosenStatistic(c.mannWhitneyU(), "mannWhitneyU");
            case PAIRED_T -> new ChosenStatistic(c.pairedT(), "pairedT");
            case WILCOXON -> new ChosenStatistic(c.wilcoxonV(), "wilcoxonV");
        };
    }
}
