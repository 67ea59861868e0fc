package dev.cohort.report;

import dev.cohort.analysis.ConfirmationAnalysis;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.Statistic;
import dev.cohort.results.SelectedConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One configuration the tuning stage selected, next to what its confirmation on fresh seeds showed: the
 * tuning mean that selected it, the mean and 95% confidence interval of the selection metric over the
 * confirmation seeds, and the shrinkage from the one to the other (the winner's curse). Computed once
 * here for the HTML table, its chart and the LaTeX table.
 *
 * @param selected the selected configuration with its tuning mean
 * @param tuningMean the mean of the selection metric over its tuning seeds (always defined: a
 *     configuration without one is not selected)
 * @param confirmedMean the mean over its confirmation seeds, or undefined with the reason
 * @param ciLow the lower end of the t-based 95% interval of the confirmed mean
 * @param ciHigh the upper end of that interval
 * @param n the confirmation trials with a finite value of the selection metric
 * @param shrinkage the confirmed mean minus the tuning mean
 * @param relativeShrinkage the shrinkage in percent of the tuning mean's magnitude
 */
record ConfirmedSelection(
        SelectedConfiguration selected,
        Statistic<Double> tuningMean,
        Statistic<Double> confirmedMean,
        Statistic<Double> ciLow,
        Statistic<Double> ciHigh,
        int n,
        Statistic<Double> shrinkage,
        Statistic<Double> relativeShrinkage) {

    /** Why the relative shrinkage of a configuration whose tuning mean is zero is undefined. */
    static final String ZERO_TUNING_MEAN = "the tuning mean is 0, so a shrinkage relative to it is undefined";

    /** One row per selected configuration, in the selection's order. */
    static List<ConfirmedSelection> of(ConfirmationAnalysis confirmation) {
        Optional<MetricAnalysis> metric = selectionMetric(confirmation);
        List<ConfirmedSelection> rows = new ArrayList<>();
        for (SelectedConfiguration selected : confirmation.selection().selected()) {
            Optional<GroupSummary> group = metric.flatMap(m -> m.groups().stream()
                    .filter(g -> Objects.equals(g.config(), selected.config()))
                    .findFirst());
            rows.add(group.map(g -> of(selected, g))
                    .orElseGet(() -> unconfirmed(selected, noValue(confirmation, metric.isPresent()))));
        }
        return rows;
    }

    /** The analysis of the selection metric over the confirmation trials, if any of them recorded it. */
    static Optional<MetricAnalysis> selectionMetric(ConfirmationAnalysis confirmation) {
        String name = confirmation.declaration().metric();
        return confirmation.metrics().stream()
                .filter(m -> m.name().equals(name))
                .findFirst();
    }

    /** The configuration's id, as tables and the chart name it. */
    String label() {
        return Labels.config(selected.config());
    }

    private static ConfirmedSelection of(SelectedConfiguration selected, GroupSummary confirmed) {
        double tuning = selected.tuningMean();
        Statistic<Double> shrinkage = confirmed.mean().isDefined()
                ? Statistic.finiteOr(
                        confirmed.mean().value() - tuning,
                        "not finite in double precision: the means are too large to subtract")
                : Statistic.undefined(confirmed.mean().reason());
        Statistic<Double> relative;
        if (!shrinkage.isDefined()) {
            relative = shrinkage;
        } else if (tuning == 0) {
            relative = Statistic.undefined(ZERO_TUNING_MEAN);
        } else {
            relative = Statistic.finiteOr(
                    100 * shrinkage.value() / Math.abs(tuning),
                    "not finite in double precision: the tuning mean is too close to 0");
        }
        return new ConfirmedSelection(
                selected,
                Statistic.of(tuning),
                confirmed.mean(),
                confirmed.ciLow(),
                confirmed.ciHigh(),
                confirmed.n(),
                shrinkage,
                relative);
    }

    private static ConfirmedSelection unconfirmed(SelectedConfiguration selected, String why) {
        Statistic<Double> none = Statistic.undefined(why);
        return new ConfirmedSelection(selected, Statistic.of(selected.tuningMean()), none, none, none, 0, none, none);
    }

    private static String noValue(ConfirmationAnalysis confirmation, boolean metricRecorded) {
        String metric = confirmation.declaration().metric();
        return metricRecorded
                ? "no confirmation trial of this configuration recorded " + metric
                : confirmation.trials() == 0
                        ? "no confirmation trial has run yet"
                        : "no successful confirmation trial recorded a finite value of " + metric;
    }
}
