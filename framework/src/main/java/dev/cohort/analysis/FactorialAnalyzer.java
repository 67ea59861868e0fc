package dev.cohort.analysis;

import dev.cohort.statistics.AnovaTerm;
import dev.cohort.statistics.FactorialAnova;
import dev.cohort.statistics.FactorialAnovaResult;
import dev.cohort.statistics.RunningSums;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The factorial ANOVA of one metric over the swept parameters. */
final class FactorialAnalyzer {

    private FactorialAnalyzer() {}

    /** The factorial ANOVA, or {@code null} when fewer than two parameters are swept (SPEC: absent then). */
    static Factorial analyze(List<String> parameters, List<ConfigurationData> present) {
        if (parameters.size() < 2) {
            return null;
        }
        FactorialAnovaResult r = cells(parameters, present);
        if (r == null) {
            return Factorial.undefined("fewer than two values");
        }
        String undefinedF = !Double.isFinite(r.residualSumSq())
                ? Statistic.OVERFLOW
                : r.residualDf() <= 0
                        ? "no residual degrees of freedom (one value per cell)"
                        : "the residual sum of squares is zero: an essentially perfect fit, so F is undefined";
        return new Factorial(
                terms(r.sequential(), undefinedF),
                terms(r.typeII(), undefinedF),
                r.residualDf(),
                Statistic.finiteOr(r.residualSumSq(), Statistic.OVERFLOW));
    }

    /**
     * The fit from the configurations' cells (their levels, as text, of each parameter): counts and sums
     * per cell, then each value's squared deviation from its cell's mean, adding in the order of the
     * values as the fit over every observation does, so the numbers are the same; {@code null} when there
     * are fewer than two values.
     */
    private static FactorialAnovaResult cells(List<String> parameters, List<ConfigurationData> present) {
        Map<List<String>, Integer> index = new LinkedHashMap<>();
        int[] cellOf = cellsOf(parameters, present, index);
        int k = index.size();
        double[] counts = new double[k];
        double[] sums = new double[k];
        long total = 0;
        for (int d = 0; d < present.size(); d++) {
            double[] values = present.get(d).finiteValues();
            counts[cellOf[d]] += values.length;
            sums[cellOf[d]] = RunningSums.plus(values, sums[cellOf[d]]);
            total += present.get(d).n();
        }
        if (total < 2) {
            return null;
        }
        double[] means = new double[k];
        for (int c = 0; c < k; c++) {
            means[c] = sums[c] / counts[c];
        }
        double within = 0;
        for (int d = 0; d < present.size(); d++) {
            within = RunningSums.plusSquaredDeviations(present.get(d).finiteValues(), means[cellOf[d]], within);
        }
        return FactorialAnova.fitCells(levels(parameters, index), counts, means, within, parameters);
    }

    /** Each configuration's cell, numbering the cells (their levels) in {@code index} as they first appear. */
    private static int[] cellsOf(
            List<String> parameters, List<ConfigurationData> present, Map<List<String>, Integer> index) {
        int[] cellOf = new int[present.size()];
        for (int d = 0; d < present.size(); d++) {
            List<String> key = new ArrayList<>(parameters.size());
            for (String parameter : parameters) {
                key.add(String.valueOf(present.get(d).config().get(parameter)));
            }
            Integer cell = index.putIfAbsent(key, index.size());
            cellOf[d] = cell == null ? index.size() - 1 : cell;
        }
        return cellOf;
    }

    /** Each parameter's level in each cell, in the cells' order. */
    private static List<Object[]> levels(List<String> parameters, Map<List<String>, Integer> index) {
        List<Object[]> levels = new ArrayList<>();
        for (int f = 0; f < parameters.size(); f++) {
            levels.add(new Object[index.size()]);
        }
        int c = 0;
        for (List<String> key : index.keySet()) {
            for (int f = 0; f < key.size(); f++) {
                levels.get(f)[c] = key.get(f);
            }
            c++;
        }
        return levels;
    }

    private static List<FactorialTerm> terms(List<AnovaTerm> rows, String undefinedF) {
        return rows.stream()
                .map(t -> {
                    String why = Double.isFinite(t.sumSq()) ? undefinedF : Statistic.OVERFLOW;
                    return new FactorialTerm(
                            t.term(),
                            t.df(),
                            Statistic.finiteOr(t.sumSq(), Statistic.OVERFLOW),
                            Statistic.finiteOr(t.f(), why),
                            Statistic.finiteOr(t.p(), why));
                })
                .toList();
    }
}
