package dev.cohort.analysis;

import dev.cohort.statistics.AnovaTerm;
import dev.cohort.statistics.FactorialAnova;
import dev.cohort.statistics.FactorialAnovaResult;
import java.util.ArrayList;
import java.util.List;

/** The factorial ANOVA of one metric over the swept parameters. */
final class FactorialAnalyzer {

    private FactorialAnalyzer() {}

    /** The factorial ANOVA, or {@code null} when fewer than two parameters are swept (SPEC: absent then). */
    static Factorial analyze(List<String> parameters, List<ConfigurationData> present) {
        if (parameters.size() < 2) {
            return null;
        }
        List<Double> y = new ArrayList<>();
        List<List<Object>> levels = new ArrayList<>();
        for (int f = 0; f < parameters.size(); f++) {
            levels.add(new ArrayList<>());
        }
        for (ConfigurationData d : present) {
            for (double v : d.values()) {
                y.add(v);
                for (int f = 0; f < parameters.size(); f++) {
                    levels.get(f).add(String.valueOf(d.config().get(parameters.get(f))));
                }
            }
        }
        if (y.size() < 2) {
            return Factorial.undefined("fewer than two values");
        }
        double[] response = y.stream().mapToDouble(Double::doubleValue).toArray();
        List<Object[]> factors = levels.stream().map(List::toArray).toList();
        FactorialAnovaResult r = FactorialAnova.fit(response, factors, parameters);
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
