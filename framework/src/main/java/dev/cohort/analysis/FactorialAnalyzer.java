package dev.cohort.analysis;

import dev.cohort.statistics.AnovaTerm;
import dev.cohort.statistics.FactorialAnova;
import dev.cohort.statistics.FactorialAnovaResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The factorial ANOVA of one metric over the swept parameters. */
final class FactorialAnalyzer {

    private FactorialAnalyzer() {}

    static Factorial analyze(List<String> parameters, List<ConfigurationData> present, Map<String, String> reasons) {
        if (parameters.size() < 2) {
            reasons.put("factorial", "fewer than two swept parameters");
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
            reasons.put("factorial", "fewer than two values");
            return null;
        }
        double[] response = y.stream().mapToDouble(Double::doubleValue).toArray();
        List<Object[]> factors = levels.stream().map(List::toArray).toList();
        FactorialAnovaResult r = FactorialAnova.fit(response, factors, parameters);
        if (r.residualDf() <= 0 || !(r.residualSumSq() > 0)) {
            reasons.put(
                    "factorial.f",
                    r.residualDf() <= 0
                            ? "no residual degrees of freedom (one value per cell)"
                            : "the residual sum of squares is zero");
        }
        return new Factorial(terms(r.sequential()), terms(r.typeII()), r.residualDf(), r.residualSumSq());
    }

    private static List<FactorialTerm> terms(List<AnovaTerm> rows) {
        return rows.stream()
                .map(t -> new FactorialTerm(
                        t.term(),
                        t.df(),
                        t.sumSq(),
                        Double.isNaN(t.f()) ? null : t.f(),
                        Double.isNaN(t.p()) ? null : t.p()))
                .toList();
    }
}
