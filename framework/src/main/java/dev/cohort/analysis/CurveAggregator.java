package dev.cohort.analysis;

import dev.cohort.Goal;
import dev.cohort.results.MetricBounds;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Aggregates the learning curves of one experiment's trials, streaming, in two passes over the points
 * of each trial, so no more than O(configurations x metrics x buckets) numbers are held however many
 * points were logged. The caller reads the points (this class does no I/O):
 *
 * <pre>{@code
 * CurveAggregator curves = CurveAggregator.of(trialsOfTheExperiment);
 * for (TrialResult t : curves.trials()) read(t, curves::scan);      // pass 1: which steps exist
 * for (TrialResult t : curves.trials()) {                            // pass 2: the values
 *     curves.beginTrial(t); read(t, curves::add); curves.endTrial();
 * }
 * List<CurveAnalysis> result = curves.result();
 * }</pre>
 *
 * <p>Trials usually log the same steps, so one pass suffices: scan only the first trial, aggregate
 * every trial, and ask {@link #gridHeld()}: the second pass notes every step too, and when the grid
 * it implies is the one the scan fixed (the same metrics in the same order, the same buckets), the
 * result is exactly the two passes' result. When it is not, aggregate again with a fresh aggregator
 * after scanning every trial.
 *
 * <p>The trials are those the {@link Analyzer} counts ({@link ExperimentTrials#counted()}: one per
 * configuration and seed, the latest wins, stale ones left out), successful, with a curve file. The first pass fixes each
 * metric's {@link CurveGrid}: its distinct steps when there are at most {@code maxPoints} (the curve is
 * exact), else at most {@code maxPoints} equal-width buckets of steps. In the second pass each trial's
 * finite values are averaged per bucket (one value per seed and bucket); these seed values are then
 * combined across seeds with Welford's update (Welford 1962, <i>Technometrics</i> 4(3)), giving per
 * bucket the number of seeds {@code n}, their mean, and the 95% interval {@code mean +- t(0.975, n-1) *
 * sd / sqrt(n)} ({@code t.test(x)$conf.int} in R; {@code null} when {@code n < 2}, zero width when the
 * seeds agree), and the smallest and largest seed value. A point's step is the largest step logged in its bucket. NaN and infinite values are
 * left out and counted ({@link ConfigurationCurve#skipped()}); a seed that did not log a bucket simply
 * does not count in it.
 *
 * <p>Metrics are listed in order of first appearance in the first pass, configurations in the
 * Analyzer's order ({@link ExperimentTrials#configurations()}), each with its curve (empty
 * when no successful trial of it logged the metric). Not thread-safe.
 */
public final class CurveAggregator {

    /** The most points a configuration's curve has by default: enough for a plot, small in HTML. */
    public static final int DEFAULT_MAX_POINTS = 300;

    private static final double CONFIDENCE = 0.95;

    private final int maxPoints;
    private final List<Map<String, Object>> configs = new ArrayList<>();
    private final Map<String, Integer> configIndex = new HashMap<>();
    private final List<TrialResult> trials;
    private final Map<String, Goal> goals = new HashMap<>();
    private final Map<String, MetricBounds> bounds = new HashMap<>();
    private final Map<String, CurveGrid.Scan> scans = new LinkedHashMap<>();
    /** The steps the second pass saw, to check that the grid fixed by the first pass holds for them. */
    private final Map<String, CurveGrid.Scan> seen = new LinkedHashMap<>();

    private final Map<Integer, Double> quantiles = new HashMap<>();

    private Map<String, MetricState> metrics;
    private int current = -1;
    private String lastMetric;
    private CurveGrid.Scan lastScan;
    private MetricState lastState;
    private CurveGrid.Scan lastSeen;

    private CurveAggregator(ExperimentTrials experiment, int maxPoints) {
        if (maxPoints < 1) {
            throw new IllegalArgumentException("maxPoints must be at least 1, got " + maxPoints);
        }
        this.maxPoints = maxPoints;
        experiment.configurations().forEach((id, config) -> {
            configIndex.put(id, configs.size());
            configs.add(config);
        });
        goals.putAll(experiment.goals());
        bounds.putAll(experiment.bounds());
        List<TrialResult> selected = new ArrayList<>();
        TrialTable counted = TrialTable.of(experiment.counted());
        for (int i = 0; i < counted.size(); i++) {
            if (counted.isSuccessful(i) && counted.curves(i) != null) {
                selected.add(counted.get(i));
            }
        }
        this.trials = List.copyOf(selected);
    }

    /**
     * An aggregator for the trials of one experiment, none declared, with at most {@value
     * #DEFAULT_MAX_POINTS} points per curve.
     */
    public static CurveAggregator of(List<TrialResult> experimentTrials) {
        return of(experimentTrials, DEFAULT_MAX_POINTS);
    }

    /** An aggregator for the trials of one experiment, none declared, with at most {@code maxPoints} points per curve. */
    public static CurveAggregator of(List<TrialResult> experimentTrials, int maxPoints) {
        String id = experimentTrials.isEmpty() ? null : experimentTrials.get(0).experiment();
        return of(ExperimentTrials.of(id, experimentTrials, null, StalePolicy.INCLUDE), maxPoints);
    }

    /**
     * An aggregator for the trials of one experiment that count against its declaration ({@link
     * ExperimentTrials#counted()}), its configurations in the same order as the scalar analysis, with at
     * most {@code maxPoints} points per curve.
     */
    public static CurveAggregator of(ExperimentTrials experiment, int maxPoints) {
        return new CurveAggregator(experiment, maxPoints);
    }

    /** The trials whose curve points count, in the order both passes must read them in. */
    public List<TrialResult> trials() {
        return trials;
    }

    /** First pass: notes that {@code metric} was logged at {@code step}. The value is not used. */
    public void scan(String metric, long step, double value) {
        if (metrics != null) {
            throw new IllegalStateException("The first pass is over: scan every trial before the first beginTrial");
        }
        CurveGrid.Scan scan = metric.equals(lastMetric) ? lastScan : null;
        if (scan == null) {
            scan = scans.computeIfAbsent(metric, m -> new CurveGrid.Scan(maxPoints));
            lastMetric = metric;
            lastScan = scan;
        }
        scan.add(step);
    }

    /** Second pass: the points that follow belong to {@code trial}, one of {@link #trials()}. */
    public void beginTrial(TrialResult trial) {
        if (current >= 0) {
            throw new IllegalStateException("beginTrial without endTrial");
        }
        Integer index = configIndex.get(trial.configId());
        if (index == null) {
            throw new IllegalArgumentException("Not a configuration of this experiment: " + trial.configId());
        }
        if (metrics == null) {
            metrics = new LinkedHashMap<>();
            scans.forEach((metric, scan) -> metrics.put(metric, new MetricState(scan.grid(), configs.size())));
            lastMetric = null;
        }
        current = index;
    }

    /** Second pass: one point of the current trial. */
    public void add(String metric, long step, double value) {
        if (current < 0) {
            throw new IllegalStateException("add outside beginTrial and endTrial");
        }
        MetricState state = lastState != null && metric.equals(lastMetric) ? lastState : metrics.get(metric);
        if (state == null) {
            // not seen in the first pass: the file changed between the passes
            state = new MetricState(new CurveGrid.Scan(maxPoints).grid(), configs.size());
            metrics.put(metric, state);
        }
        if (lastState != state) {
            lastSeen = seen.computeIfAbsent(metric, m -> new CurveGrid.Scan(maxPoints));
        }
        lastMetric = metric;
        lastState = state;
        lastSeen.add(step);
        state.add(current, step, value);
    }

    /**
     * Whether the grid the first pass fixed is the one the points of the second pass imply: then the
     * result is what scanning every trial first gives, even when the first pass scanned fewer trials.
     * Always true after scanning every trial.
     */
    public boolean gridHeld() {
        if (metrics == null) {
            return scans.isEmpty();
        }
        if (!List.copyOf(seen.keySet()).equals(List.copyOf(scans.keySet()))) {
            return false;
        }
        for (Map.Entry<String, CurveGrid.Scan> entry : seen.entrySet()) {
            if (!entry.getValue().grid().equals(metrics.get(entry.getKey()).grid)) {
                return false;
            }
        }
        return true;
    }

    /** Second pass: the current trial's points are all given; its per-bucket means join the others. */
    public void endTrial() {
        if (current < 0) {
            throw new IllegalStateException("endTrial without beginTrial");
        }
        if (metrics != null) {
            for (MetricState state : metrics.values()) {
                state.endTrial(current);
            }
        }
        current = -1;
    }

    /** The number of bucket accumulators held: the aggregator's state, O(configurations x metrics x buckets). */
    public long cells() {
        long cells = 0;
        if (metrics != null) {
            for (MetricState state : metrics.values()) {
                cells += state.cells();
            }
        }
        return cells;
    }

    /** The curves, one per metric in order of first appearance. */
    public List<CurveAnalysis> result() {
        if (current >= 0) {
            throw new IllegalStateException("The last trial was not ended");
        }
        if (metrics == null) {
            return List.of();
        }
        List<CurveAnalysis> curves = new ArrayList<>();
        metrics.forEach((metric, state) -> {
            List<ConfigurationCurve> perConfig = new ArrayList<>();
            for (int c = 0; c < configs.size(); c++) {
                perConfig.add(state.curve(c, configs.get(c), this::quantile));
            }
            curves.add(new CurveAnalysis(
                    metric,
                    goals.getOrDefault(metric, Goal.NONE),
                    bounds.getOrDefault(metric, MetricBounds.NONE),
                    perConfig));
        });
        return List.copyOf(curves);
    }

    /** The two-sided 95% Student t quantile with {@code df} degrees of freedom. */
    private double quantile(int df) {
        return quantiles.computeIfAbsent(
                df, d -> TDistribution.of(d).inverseCumulativeProbability(0.5 + CONFIDENCE / 2));
    }

    @FunctionalInterface
    private interface Quantile {
        double of(int df);
    }

    /** One metric: its grid, the current trial's bucket means, and per configuration the seed statistics. */
    private static final class MetricState {
        private final CurveGrid grid;
        private final Config[] configs;
        private final double[] trialMean;
        private final int[] trialCount;
        private final long[] trialLastStep;
        private long trialSkipped;
        private boolean touched;
        /** The bucket of the last finite point, or -1: the next point's usually. */
        private int lastBucket = -1;

        MetricState(CurveGrid grid, int configurations) {
            this.grid = grid;
            this.configs = new Config[configurations];
            this.trialMean = new double[grid.size()];
            this.trialCount = new int[grid.size()];
            this.trialLastStep = new long[grid.size()];
        }

        void add(int config, long step, double value) {
            touched = true;
            int b = -1;
            if (Double.isFinite(value)) {
                b = lastBucket >= 0 && grid.holds(lastBucket, step) ? lastBucket : grid.bucket(step);
                lastBucket = b;
            }
            if (b < 0) {
                trialSkipped++;
                return;
            }
            int k = ++trialCount[b];
            trialMean[b] += (value - trialMean[b]) / k;
            trialLastStep[b] = k == 1 ? step : Math.max(trialLastStep[b], step);
        }

        void endTrial(int config) {
            if (!touched) {
                return;
            }
            Config target = configs[config];
            if (target == null) {
                target = new Config(grid.size());
                configs[config] = target;
            }
            target.skipped += trialSkipped;
            boolean contributed = false;
            for (int b = 0; b < trialCount.length; b++) {
                if (trialCount[b] > 0) {
                    target.add(b, trialMean[b], trialLastStep[b]);
                    contributed = true;
                }
            }
            if (contributed) {
                target.seeds++;
            }
            Arrays.fill(trialMean, 0);
            Arrays.fill(trialCount, 0);
            trialSkipped = 0;
            touched = false;
        }

        long cells() {
            long cells = 0;
            for (Config c : configs) {
                cells += c == null ? 0 : c.n.length;
            }
            return cells + trialCount.length;
        }

        ConfigurationCurve curve(int config, Map<String, Object> values, Quantile t) {
            Config c = configs[config];
            if (c == null) {
                return new ConfigurationCurve(values, 0, List.of(), 0);
            }
            List<CurvePoint> points = new ArrayList<>();
            for (int b = 0; b < c.n.length; b++) {
                int n = c.n[b];
                if (n == 0 || !Double.isFinite(c.mean[b])) {
                    continue; // no seed logged here, or the logged values overflow double precision
                }
                Statistic<Double> low = CurvePoint.ONE_SEED;
                Statistic<Double> high = CurvePoint.ONE_SEED;
                if (n >= 2) {
                    double half = t.of(n - 1) * Math.sqrt(c.m2[b] / (n - 1)) / Math.sqrt(n);
                    low = Statistic.finiteOr(c.mean[b] - half, Statistic.OVERFLOW);
                    high = Statistic.finiteOr(c.mean[b] + half, Statistic.OVERFLOW);
                }
                points.add(new CurvePoint(c.lastStep[b], n, c.mean[b], low, high, c.min[b], c.max[b]));
            }
            return new ConfigurationCurve(values, c.seeds, points, c.skipped);
        }
    }

    /**
     * One configuration of one metric: per bucket, Welford's running mean and sum of squares over seeds,
     * and the smallest and largest seed value.
     */
    private static final class Config {
        private final int[] n;
        private final double[] mean;
        private final double[] m2;
        private final double[] min;
        private final double[] max;
        private final long[] lastStep;
        private int seeds;
        private long skipped;

        Config(int buckets) {
            n = new int[buckets];
            mean = new double[buckets];
            m2 = new double[buckets];
            min = new double[buckets];
            max = new double[buckets];
            lastStep = new long[buckets];
        }

        void add(int b, double x, long step) {
            int k = ++n[b];
            double delta = x - mean[b];
            mean[b] += delta / k;
            m2[b] += delta * (x - mean[b]);
            min[b] = k == 1 ? x : Math.min(min[b], x);
            max[b] = k == 1 ? x : Math.max(max[b], x);
            lastStep[b] = k == 1 ? step : Math.max(lastStep[b], step);
        }
    }
}
