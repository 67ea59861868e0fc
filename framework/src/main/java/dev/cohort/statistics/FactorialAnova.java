package dev.cohort.statistics;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.statistics.distribution.FDistribution;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.decomposition.QRPDecomposition_F64;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * The ANOVA of the full factorial linear model {@code y ~ A * B * ...}, as R's {@code anova(lm(y ~ A * B
 * * ...))} (sequential sums of squares) and {@code car::Anova(..., type = 2)} compute it. Every factor
 * has treatment (dummy) coding and an interaction's columns are the products of its factors' columns.
 * Each sum of squares is the drop in the residual sum of squares between two nested least-squares fits
 * (QR with column pivoting, EJML), and its degrees of freedom are the rank the term adds, so unbalanced
 * designs and empty cells (aliased columns, dropped as R's {@code lm} does) are handled. Every column is
 * a function of the cell (the combination of levels), so each fit is the weighted fit of the cell means
 * plus the within-cell sum of squares, computed once per set of terms; the model of all terms fits the
 * cell means exactly. A study of 1,000 configurations fits 1,000 rows, however many seeds it ran. A
 * balanced complete design (every combination of levels a cell, equal counts, at least two levels per
 * factor) needs no fit: its table has a closed form ({@link BalancedFactorial}), the same table.
 *
 * <p>Terms come in R's order: main effects, then two-way interactions, and so on, each level of
 * interaction in lexicographic order of the factors. Terms that add no rank are left out, as in R's
 * table.
 *
 * <p>References: Searle (1987), <i>Linear Models for Unbalanced Data</i>; Fox and Weisberg (2019),
 * <i>An R Companion to Applied Regression</i>, 3rd ed., sec. 5.3.4 (type II tests).
 */
public final class FactorialAnova {

    private static final double RANK_TOLERANCE = 1e-7; // R's lm.fit tol

    private FactorialAnova() {}

    /**
     * Fits the model.
     *
     * @param y the response, one value per observation
     * @param factors the level of each observation for each factor: {@code factors.get(f)[i]} is the
     *     level of observation i for factor f (any labels; compared with {@code equals})
     * @param names the factor names, used to name the terms
     */
    public static FactorialAnovaResult fit(double[] y, List<Object[]> factors, List<String> names) {
        int n = y.length;
        if (factors.size() != names.size()) {
            throw new IllegalArgumentException("one name per factor needed");
        }
        for (Object[] levels : factors) {
            if (levels.length != n) {
                throw new IllegalArgumentException("each factor needs one level per observation");
            }
        }
        return fit(Cells.of(y, factors), names);
    }

    /**
     * Fits the model from the cells (the combinations of levels that hold observations) alone: the same
     * result as {@link #fit(double[], List, List)} on the observations they summarize, at a cost that does
     * not grow with the observations.
     *
     * @param cellLevels the level of each cell for each factor: {@code cellLevels.get(f)[c]} is the level of
     *     cell c for factor f (any labels; compared with {@code equals}); cells are distinct combinations,
     *     in order of first appearance among the observations
     * @param counts the number of observations in each cell (at least 1)
     * @param means the mean of each cell's observations
     * @param withinSumSq the sum over all observations of the squared deviation from its cell's mean
     * @param names the factor names, used to name the terms
     */
    public static FactorialAnovaResult fitCells(
            List<Object[]> cellLevels, double[] counts, double[] means, double withinSumSq, List<String> names) {
        return fit(cells(cellLevels, counts, means, withinSumSq, names), names);
    }

    /**
     * {@link #fitCells} by least squares always, passing over the closed form of a balanced complete
     * design: the reference that closed form is tested against.
     */
    static FactorialAnovaResult fitCellsByLeastSquares(
            List<Object[]> cellLevels, double[] counts, double[] means, double withinSumSq, List<String> names) {
        return leastSquares(cells(cellLevels, counts, means, withinSumSq, names), names);
    }

    private static Cells cells(
            List<Object[]> cellLevels, double[] counts, double[] means, double withinSumSq, List<String> names) {
        if (cellLevels.size() != names.size()) {
            throw new IllegalArgumentException("one name per factor needed");
        }
        if (counts.length != means.length) {
            throw new IllegalArgumentException("one count per cell mean needed");
        }
        for (Object[] levels : cellLevels) {
            if (levels.length != counts.length) {
                throw new IllegalArgumentException("each factor needs one level per cell");
            }
        }
        for (double count : counts) {
            if (!(count >= 1) || count != Math.rint(count)) {
                throw new IllegalArgumentException("each cell needs a whole count of at least 1, got " + count);
            }
        }
        return new Cells(cellLevels, counts.clone(), means.clone(), withinSumSq);
    }

    private static FactorialAnovaResult fit(Cells cells, List<String> names) {
        return BalancedFactorial.of(cells.levels(), cells.counts())
                .map(design -> balanced(design, cells, names))
                .orElseGet(() -> leastSquares(cells, names));
    }

    /** The closed form of a balanced complete design, where type II equals sequential. */
    private static FactorialAnovaResult balanced(BalancedFactorial design, Cells cells, List<String> names) {
        List<int[]> terms = terms(names.size());
        double[] sumsOfSquares = design.sumsOfSquares(terms, cells.means());
        int residualDf = cells.observations() - cells.count();
        double residualSs = cells.withinSumSq();
        List<AnovaTerm> rows = new ArrayList<>();
        for (int t = 0; t < terms.size(); t++) {
            int[] term = terms.get(t);
            rows.add(row(name(term, names), design.df(term), sumsOfSquares[t], residualDf, residualSs));
        }
        return new FactorialAnovaResult(rows, rows, residualDf, residualSs);
    }

    private static FactorialAnovaResult leastSquares(Cells cells, List<String> names) {
        int n = cells.observations();
        List<int[]> terms = terms(names.size());
        Design design = Design.of(cells);
        Set<Integer> all = new HashSet<>();
        for (int t = 0; t < terms.size(); t++) {
            all.add(t);
        }
        Map<Set<Integer>, Fit> fits = new ConcurrentHashMap<>();
        // The model of every term spans every function of the cells: its fitted values are the cell means.
        fits.put(Set.copyOf(all), new Fit(cells.count(), cells.withinSumSq()));

        // Sequential: add the terms one by one.
        List<Set<Integer>> models = new ArrayList<>();
        Set<Integer> model = new HashSet<>();
        models.add(Set.copyOf(model));
        for (int t = 0; t < terms.size(); t++) {
            model.add(t);
            models.add(Set.copyOf(model));
        }
        fitAll(models, cells, design, fits);
        List<Integer> termDf = new ArrayList<>();
        List<Double> termSs = new ArrayList<>();
        for (int t = 0; t < terms.size(); t++) {
            Fit previous = fits.get(models.get(t));
            Fit next = fits.get(models.get(t + 1));
            termDf.add(next.rank - previous.rank);
            termSs.add(Math.max(0, previous.rss - next.rss));
        }
        Fit full = fits.get(models.get(terms.size()));
        int residualDf = n - full.rank;
        double residualSs = full.rss;

        // Type II: each term added last to the model of every term that does not contain it.
        List<Set<Integer>> without = new ArrayList<>();
        List<Set<Integer>> with = new ArrayList<>();
        for (int t = 0; t < terms.size(); t++) {
            Set<Integer> others = new HashSet<>();
            for (int u = 0; u < terms.size(); u++) {
                if (u != t && !contains(terms.get(u), terms.get(t))) {
                    others.add(u);
                }
            }
            without.add(Set.copyOf(others));
            others.add(t);
            with.add(Set.copyOf(others));
        }
        List<Set<Integer>> typeIIModels = new ArrayList<>();
        for (int t = 0; t < terms.size(); t++) {
            if (termDf.get(t) != 0) {
                typeIIModels.add(without.get(t));
                typeIIModels.add(with.get(t));
            }
        }
        fitAll(typeIIModels, cells, design, fits);

        List<AnovaTerm> sequential = new ArrayList<>();
        List<AnovaTerm> typeII = new ArrayList<>();
        for (int t = 0; t < terms.size(); t++) {
            if (termDf.get(t) == 0) {
                continue;
            }
            String name = name(terms.get(t), names);
            sequential.add(row(name, termDf.get(t), termSs.get(t), residualDf, residualSs));
            Fit reduced = fits.get(without.get(t));
            Fit extended = fits.get(with.get(t));
            int df = extended.rank - reduced.rank;
            if (df > 0) {
                typeII.add(row(name, df, Math.max(0, reduced.rss - extended.rss), residualDf, residualSs));
            }
        }
        return new FactorialAnovaResult(sequential, typeII, residualDf, residualSs);
    }

    /**
     * Adds the fit of the constant and the terms of each model not fitted yet. Each fit depends on its
     * columns alone, so they are computed on every core.
     */
    private static void fitAll(List<Set<Integer>> models, Cells cells, Design design, Map<Set<Integer>, Fit> fits) {
        models.stream().distinct().filter(model -> !fits.containsKey(model)).toList().parallelStream()
                .forEach(model -> fits.put(model, design.decomposition(model).fit(cells)));
    }

    private static AnovaTerm row(String name, int df, double ss, int residualDf, double residualSs) {
        if (residualDf <= 0 || !(residualSs > 0)) {
            return new AnovaTerm(name, df, ss, Double.NaN, Double.NaN);
        }
        double f = (ss / df) / (residualSs / residualDf);
        double p = FDistribution.of(df, residualDf).survivalProbability(f);
        return new AnovaTerm(name, df, ss, f, p);
    }

    /** All non-empty subsets of the factors, by size, then lexicographically: R's term order. */
    static List<int[]> terms(int factorCount) {
        List<int[]> terms = new ArrayList<>();
        for (int size = 1; size <= factorCount; size++) {
            combinations(factorCount, size, 0, new int[size], 0, terms);
        }
        return terms;
    }

    private static void combinations(int n, int size, int start, int[] current, int depth, List<int[]> out) {
        if (depth == size) {
            out.add(current.clone());
            return;
        }
        for (int i = start; i < n; i++) {
            current[depth] = i;
            combinations(n, size, i + 1, current, depth + 1, out);
        }
    }

    private static boolean contains(int[] outer, int[] inner) {
        if (outer.length <= inner.length) {
            return false;
        }
        Set<Integer> set = new HashSet<>();
        for (int f : outer) {
            set.add(f);
        }
        for (int f : inner) {
            if (!set.contains(f)) {
                return false;
            }
        }
        return true;
    }

    private static String name(int[] term, List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int f : term) {
            if (sb.length() > 0) {
                sb.append('*');
            }
            sb.append(names.get(f));
        }
        return sb.toString();
    }

    /** Treatment coding: one 0/1 column per level except the first seen. */
    private static List<double[]> dummyColumns(Object[] levels) {
        Map<Object, Integer> index = new LinkedHashMap<>();
        for (Object level : levels) {
            index.putIfAbsent(level, index.size());
        }
        List<double[]> columns = new ArrayList<>();
        for (int k = 1; k < index.size(); k++) {
            columns.add(new double[levels.length]);
        }
        for (int i = 0; i < levels.length; i++) {
            int k = index.get(levels[i]);
            if (k > 0) {
                columns.get(k - 1)[i] = 1;
            }
        }
        return columns;
    }

    private static List<double[]> interactionColumns(int[] term, List<List<double[]>> dummies, int n) {
        List<double[]> columns = new ArrayList<>();
        columns.add(constant(n));
        for (int f : term) {
            List<double[]> next = new ArrayList<>();
            for (double[] left : columns) {
                for (double[] right : dummies.get(f)) {
                    double[] product = new double[n];
                    for (int i = 0; i < n; i++) {
                        product[i] = left[i] * right[i];
                    }
                    next.add(product);
                }
            }
            columns = next;
        }
        return columns;
    }

    private static double[] constant(int n) {
        double[] c = new double[n];
        Arrays.fill(c, 1);
        return c;
    }

    private record Fit(int rank, double rss) {}

    /**
     * The observations grouped by cell (one combination of factor levels). Every column of the model is
     * a function of the cell, so a least-squares fit over n observations equals the fit over the cells'
     * means weighted by their counts: the residual sum of squares is the within-cell sum of squares plus
     * the weighted residual sum of squares of the means. Fits then cost the number of cells, not n.
     */
    private record Cells(List<Object[]> levels, double[] counts, double[] means, double withinSumSq) {

        static Cells of(double[] y, List<Object[]> factors) {
            Map<List<Object>, Integer> index = new LinkedHashMap<>();
            int[] cellOf = new int[y.length];
            for (int i = 0; i < y.length; i++) {
                Object[] key = new Object[factors.size()];
                for (int f = 0; f < key.length; f++) {
                    key[f] = factors.get(f)[i];
                }
                Integer cell = index.putIfAbsent(Arrays.asList(key), index.size());
                cellOf[i] = cell == null ? index.size() - 1 : cell;
            }
            int k = index.size();
            double[] counts = new double[k];
            double[] sums = new double[k];
            for (int i = 0; i < y.length; i++) {
                counts[cellOf[i]]++;
                sums[cellOf[i]] += y[i];
            }
            double[] means = new double[k];
            for (int c = 0; c < k; c++) {
                means[c] = sums[c] / counts[c];
            }
            double within = 0;
            for (int i = 0; i < y.length; i++) {
                double d = y[i] - means[cellOf[i]];
                within += d * d;
            }
            List<Object[]> levels = new ArrayList<>();
            for (int f = 0; f < factors.size(); f++) {
                levels.add(new Object[k]);
            }
            int c = 0;
            for (List<Object> key : index.keySet()) {
                for (int f = 0; f < key.size(); f++) {
                    levels.get(f)[c] = key.get(f);
                }
                c++;
            }
            return new Cells(levels, counts, means, within);
        }

        int count() {
            return means.length;
        }

        int observations() {
            double n = 0;
            for (double count : counts) {
                n += count;
            }
            return (int) n;
        }
    }

    /**
     * The model matrices of one design: the cells' levels and counts, which every metric of an experiment
     * shares when its configurations recorded every metric, and the decomposition of each model's
     * weighted columns, made once on first use. The responses (the cell means) differ between metrics;
     * the decompositions do not, so the metrics of one experiment share them (the last design is kept,
     * softly, so the memory is returned under pressure): the same arithmetic on the same matrices, the
     * same numbers.
     */
    private static final class Design {

        private static final Object LOCK = new Object();
        private static SoftReference<Design> last = new SoftReference<>(null);

        private final List<Object[]> levels;
        private final double[] counts;
        private final List<List<double[]>> termColumns = new ArrayList<>();
        private final Map<Set<Integer>, Decomposition> decompositions = new ConcurrentHashMap<>();

        private Design(List<Object[]> levels, double[] counts) {
            this.levels = levels;
            this.counts = counts;
            List<List<double[]>> dummies = new ArrayList<>();
            for (Object[] factor : levels) {
                dummies.add(dummyColumns(factor));
            }
            for (int[] term : terms(levels.size())) {
                termColumns.add(interactionColumns(term, dummies, counts.length));
            }
        }

        /** The design of the cells: the last one made when it has the same levels and counts. */
        static Design of(Cells cells) {
            synchronized (LOCK) {
                Design known = last.get();
                if (known != null && known.matches(cells)) {
                    return known;
                }
                Design design = new Design(cells.levels(), cells.counts());
                last = new SoftReference<>(design);
                return design;
            }
        }

        private boolean matches(Cells cells) {
            if (!Arrays.equals(counts, cells.counts())
                    || levels.size() != cells.levels().size()) {
                return false;
            }
            for (int f = 0; f < levels.size(); f++) {
                if (!Arrays.equals(levels.get(f), cells.levels().get(f))) {
                    return false;
                }
            }
            return true;
        }

        /** The decomposition of the constant and the model's terms (in term order), made once. */
        Decomposition decomposition(Set<Integer> model) {
            return decompositions.computeIfAbsent(model, m -> Decomposition.of(counts, columns(m)));
        }

        private List<double[]> columns(Set<Integer> model) {
            List<double[]> columns = new ArrayList<>();
            columns.add(constant(counts.length));
            for (int t = 0; t < termColumns.size(); t++) {
                if (model.contains(t)) {
                    columns.addAll(termColumns.get(t));
                }
            }
            return columns;
        }
    }

    /**
     * The weighted least-squares problem of one model on the cells: the rank of the design (QR with
     * column pivoting), its linearly independent columns in pivot order and their least-squares solver.
     * Solving is not safe for several threads at once (the solver keeps work arrays), so it is done under
     * the decomposition's lock.
     */
    private static final class Decomposition {

        private final int rank;
        private final double[] weight;
        private final DMatrixRMaj basis;
        private final LinearSolverDense<DMatrixRMaj> solver;

        private Decomposition(int rank, double[] weight, DMatrixRMaj basis, LinearSolverDense<DMatrixRMaj> solver) {
            this.rank = rank;
            this.weight = weight;
            this.basis = basis;
            this.solver = solver;
        }

        static Decomposition of(double[] counts, List<double[]> columns) {
            int n = counts.length;
            int p = columns.size();
            double[] weight = new double[n];
            for (int i = 0; i < n; i++) {
                weight[i] = Math.sqrt(counts[i]);
            }
            DMatrixRMaj x = new DMatrixRMaj(n, p);
            for (int j = 0; j < p; j++) {
                double[] c = columns.get(j);
                for (int i = 0; i < n; i++) {
                    x.set(i, j, weight[i] * c[i]);
                }
            }
            QRPDecomposition_F64<DMatrixRMaj> qrp = DecompositionFactory_DDRM.qrp(n, p);
            qrp.setSingularThreshold(RANK_TOLERANCE);
            if (!qrp.decompose(x.copy())) {
                throw new IllegalStateException("QR decomposition failed");
            }
            int rank = qrp.getRank();
            // Keep the pivoted, linearly independent columns and fit them by least squares.
            int[] pivots = qrp.getColPivots();
            DMatrixRMaj basis = new DMatrixRMaj(n, rank);
            for (int j = 0; j < rank; j++) {
                for (int i = 0; i < n; i++) {
                    basis.set(i, j, x.get(i, pivots[j]));
                }
            }
            LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.leastSquaresQrPivot(true, false);
            if (!solver.setA(basis)) {
                throw new IllegalStateException("least squares failed");
            }
            return new Decomposition(rank, weight, basis, solver);
        }

        /**
         * The least-squares fit of the cells' means: the rank and the residual sum of squares, the
         * weighted one of the means plus the within-cell sum of squares.
         */
        Fit fit(Cells cells) {
            int n = weight.length;
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = weight[i] * cells.means()[i];
            }
            DMatrixRMaj response = new DMatrixRMaj(n, 1, true, y);
            DMatrixRMaj beta = new DMatrixRMaj(rank, 1);
            synchronized (this) {
                solver.solve(response, beta);
            }
            DMatrixRMaj fitted = new DMatrixRMaj(n, 1);
            CommonOps_DDRM.mult(basis, beta, fitted);
            double rss = 0;
            for (int i = 0; i < n; i++) {
                double r = y[i] - fitted.get(i, 0);
                rss += r * r;
            }
            return new Fit(rank, cells.withinSumSq() + rss);
        }
    }
}
