package dev.cohort.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cohort.Goal;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The curve aggregation against values computed by hand. The 95% t quantiles have closed forms for one
 * and two degrees of freedom: {@code t(0.975, 1) = tan(0.475 pi)} and {@code t(0.975, 2) = 0.95 /
 * sqrt(2 * 0.975 * 0.025)} (R: {@code qt(0.975, 1:2)} = 12.7062047361747, 4.30265272974946).
 */
class CurveAggregatorTest {

    private static final double T1 = Math.tan(0.475 * Math.PI);
    private static final double T2 = 0.95 / Math.sqrt(2 * 0.975 * 0.025);
    private static final double TOLERANCE = 1e-12;

    /** One point of one trial's curve file. */
    private record Point(String metric, long step, double value) {}

    /** A trial with its curve points, standing in for a curve file. */
    private record Logged(TrialResult trial, List<Point> points) {}

    private static TrialResult trial(int config, long seed, TrialStatus status, String startedAt) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("alpha", config);
        return new TrialResult(
                "E",
                values,
                seed,
                (int) seed,
                status,
                Map.of(),
                1,
                null,
                Map.of("error", Goal.MINIMIZE),
                "curves/" + config + "-" + seed + ".csv",
                startedAt,
                config,
                null);
    }

    private static Logged logged(int config, long seed, Object... stepValuePairs) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < stepValuePairs.length; i += 2) {
            points.add(new Point(
                    "error", ((Number) stepValuePairs[i]).longValue(), ((Number) stepValuePairs[i + 1]).doubleValue()));
        }
        return new Logged(trial(config, seed, TrialStatus.SUCCESSFUL, null), points);
    }

    /** Runs both passes the way the pipeline does, reading the points of each selected trial. */
    private static List<CurveAnalysis> aggregate(int maxPoints, List<Logged> logged) {
        CurveAggregator curves =
                CurveAggregator.of(logged.stream().map(Logged::trial).toList(), maxPoints);
        for (TrialResult t : curves.trials()) {
            pointsOf(logged, t).forEach(p -> curves.scan(p.metric(), p.step(), p.value()));
        }
        for (TrialResult t : curves.trials()) {
            curves.beginTrial(t);
            pointsOf(logged, t).forEach(p -> curves.add(p.metric(), p.step(), p.value()));
            curves.endTrial();
        }
        return curves.result();
    }

    private static List<Point> pointsOf(List<Logged> logged, TrialResult trial) {
        return logged.stream()
                .filter(l -> l.trial() == trial)
                .findFirst()
                .orElseThrow()
                .points();
    }

    @Test
    void meanAndTIntervalOverSeedsPerStep() {
        List<CurveAnalysis> curves =
                aggregate(300, List.of(logged(0, 1, 0, 1.0, 1, 10.0), logged(0, 2, 0, 2.0), logged(0, 3, 0, 3.0)));

        assertThat(curves).singleElement().satisfies(curve -> {
            assertThat(curve.metric()).isEqualTo("error");
            assertThat(curve.goal()).isEqualTo(Goal.MINIMIZE);
            ConfigurationCurve c = curve.configurations().get(0);
            assertThat(c.seeds()).isEqualTo(3);
            assertThat(c.skipped()).isZero();
            // step 0: values 1, 2, 3 -> mean 2, sd 1, half width t(0.975, 2) / sqrt(3)
            CurvePoint first = c.points().get(0);
            assertThat(first.step()).isEqualTo(0);
            assertThat(first.n()).isEqualTo(3);
            assertThat(first.mean()).isCloseTo(2.0, within(TOLERANCE));
            assertThat(first.ciLow().value()).isCloseTo(2.0 - T2 / Math.sqrt(3), within(TOLERANCE));
            assertThat(first.ciHigh().value()).isCloseTo(2.0 + T2 / Math.sqrt(3), within(TOLERANCE));
            assertThat(first.min()).isEqualTo(1.0);
            assertThat(first.max()).isEqualTo(3.0);
            // step 1: one seed only -> no interval
            assertThat(c.points().get(1))
                    .isEqualTo(new CurvePoint(1, 1, 10.0, CurvePoint.ONE_SEED, CurvePoint.ONE_SEED, 10.0, 10.0));
        });
        assertThat(T2).isCloseTo(4.30265272974946, within(1e-13));
    }

    /** One pass as the pipeline makes it: only the first trial scanned; empty when the grid did not hold. */
    private static java.util.Optional<List<CurveAnalysis>> onePass(int maxPoints, List<Logged> logged) {
        CurveAggregator curves =
                CurveAggregator.of(logged.stream().map(Logged::trial).toList(), maxPoints);
        pointsOf(logged, curves.trials().get(0)).forEach(p -> curves.scan(p.metric(), p.step(), p.value()));
        for (TrialResult t : curves.trials()) {
            curves.beginTrial(t);
            pointsOf(logged, t).forEach(p -> curves.add(p.metric(), p.step(), p.value()));
            curves.endTrial();
        }
        return curves.gridHeld() ? java.util.Optional.of(curves.result()) : java.util.Optional.empty();
    }

    @Test
    void onePassGivesTheTwoPassesResultWhenEveryTrialLogsTheFirstTrialsSteps() {
        List<Logged> same = new ArrayList<>();
        List<Logged> coarse = new ArrayList<>();
        for (int seed = 1; seed <= 3; seed++) {
            Object[] points = new Object[2 * 1000];
            for (int step = 0; step < 1000; step++) {
                points[2 * step] = step;
                points[2 * step + 1] = Math.sin(step * seed);
            }
            same.add(logged(0, seed, 0, 1.0 * seed, 10, 2.0, 20, 3.0 + seed));
            coarse.add(logged(1, seed, points));
        }
        assertThat(onePass(300, same)).contains(aggregate(300, same));
        assertThat(onePass(300, coarse)).contains(aggregate(300, coarse));
    }

    @Test
    void onePassDoesNotHoldWhenALaterTrialLogsOtherStepsOrMetrics() {
        List<Logged> longer = List.of(logged(0, 1, 0, 1.0, 10, 2.0), logged(0, 2, 0, 3.0, 10, 5.0, 30, 7.0));
        List<Logged> otherMetric = new ArrayList<>(List.of(logged(0, 1, 0, 1.0), logged(0, 2, 0, 3.0)));
        otherMetric.set(
                1,
                new Logged(otherMetric.get(1).trial(), List.of(new Point("error", 0, 3.0), new Point("loss", 0, 1.0))));

        assertThat(onePass(300, longer)).isEmpty();
        assertThat(onePass(300, otherMetric)).isEmpty();
        assertThat(onePass(1, longer)).isEmpty(); // one bucket over [0, 10], then over [0, 30]
    }

    @Test
    void seedsThatLogDifferentStepsCountWhereTheyLogged() {
        List<CurveAnalysis> curves =
                aggregate(300, List.of(logged(0, 1, 0, 1.0, 10, 2.0, 20, 3.0), logged(0, 2, 0, 3.0, 20, 5.0, 30, 7.0)));

        List<CurvePoint> points = curves.get(0).configurations().get(0).points();
        assertThat(points).extracting(CurvePoint::step).containsExactly(0.0, 10.0, 20.0, 30.0);
        assertThat(points).extracting(CurvePoint::n).containsExactly(2, 1, 2, 1);
        assertThat(points).extracting(CurvePoint::mean).containsExactly(2.0, 2.0, 4.0, 7.0);
        // n = 2, values 1 and 3: sd = sqrt(2), half width t(0.975, 1) * sqrt(2) / sqrt(2)
        assertThat(points.get(0).ciLow().value()).isCloseTo(2.0 - T1, within(1e-9));
        assertThat(points.get(0).ciHigh().value()).isCloseTo(2.0 + T1, within(1e-9));
        assertThat(points.get(1).ciLow().isDefined()).isFalse();
    }

    @Test
    void bucketsAverageEachSeedFirstThenAcrossSeeds() {
        // 10 distinct steps, at most 3 points: width floor(9 / 3) + 1 = 4, buckets 0-3, 4-7, 8-9
        List<Object> one = new ArrayList<>();
        List<Object> two = new ArrayList<>();
        for (int step = 0; step < 10; step++) {
            one.addAll(List.of(step, step));
            two.addAll(List.of(step, 2 * step));
        }
        List<CurveAnalysis> curves = aggregate(3, List.of(logged(0, 1, one.toArray()), logged(0, 2, two.toArray())));

        List<CurvePoint> points = curves.get(0).configurations().get(0).points();
        // seed 1: 1.5, 5.5, 8.5; seed 2: 3, 11, 17; a point's step is the last step of its bucket
        assertThat(points).extracting(CurvePoint::step).containsExactly(3.0, 7.0, 9.0);
        assertThat(points).extracting(CurvePoint::n).containsExactly(2, 2, 2);
        assertThat(points).extracting(CurvePoint::mean).containsExactly(2.25, 8.25, 12.75);
        // n = 2: half width = t(0.975, 1) * |a - b| / 2
        assertThat(points.get(1).ciLow().value()).isCloseTo(8.25 - T1 * 5.5 / 2, within(1e-9));
        assertThat(points.get(2).ciHigh().value()).isCloseTo(12.75 + T1 * 8.5 / 2, within(1e-9));
    }

    @Test
    void aSeedLoggingAStepTwiceCountsOnceWithItsMean() {
        List<CurveAnalysis> curves = aggregate(300, List.of(logged(0, 1, 5, 1.0, 5, 3.0), logged(0, 2, 5, 4.0)));

        assertThat(curves.get(0).configurations().get(0).points())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.n()).isEqualTo(2);
                    assertThat(p.mean()).isEqualTo(3.0);
                });
    }

    @Test
    void nanAndInfiniteValuesAreSkippedAndCounted() {
        List<CurveAnalysis> curves = aggregate(
                300,
                List.of(
                        logged(0, 1, 0, Double.NaN, 1, 1.0),
                        logged(0, 2, 0, 2.0, 1, Double.POSITIVE_INFINITY),
                        logged(0, 3, 0, Double.NaN)));

        ConfigurationCurve c = curves.get(0).configurations().get(0);
        assertThat(c.skipped()).isEqualTo(3);
        assertThat(c.seeds()).as("seed 3 logged no finite value").isEqualTo(2);
        assertThat(c.points())
                .containsExactly(
                        new CurvePoint(0, 1, 2.0, CurvePoint.ONE_SEED, CurvePoint.ONE_SEED, 2.0, 2.0),
                        new CurvePoint(1, 1, 1.0, CurvePoint.ONE_SEED, CurvePoint.ONE_SEED, 1.0, 1.0));
    }

    @Test
    void constantSeedsGiveAZeroWidthBand() {
        List<CurveAnalysis> curves = aggregate(300, List.of(logged(0, 1, 0, 0.5), logged(0, 2, 0, 0.5)));

        assertThat(curves.get(0).configurations().get(0).points())
                .containsExactly(new CurvePoint(0, 2, 0.5, Statistic.of(0.5), Statistic.of(0.5), 0.5, 0.5));
    }

    @Test
    void countsTheAnalyzersTrialsInConfigurationOrder() {
        Logged later = logged(1, 1, 0, 1.0);
        Logged stale = new Logged(trial(0, 1, TrialStatus.SUCCESSFUL, "2025-01-01T00:00:00Z"), List.of());
        Logged fresh = new Logged(
                trial(0, 1, TrialStatus.SUCCESSFUL, "2025-01-02T00:00:00Z"), List.of(new Point("error", 0, 5.0)));
        Logged failed = new Logged(trial(2, 1, TrialStatus.FAILED, null), List.of(new Point("error", 0, 9.0)));
        Logged noCurves = new Logged(
                new TrialResult(
                        "E",
                        Map.of("alpha", 3),
                        1,
                        0,
                        TrialStatus.SUCCESSFUL,
                        Map.of(),
                        1,
                        null,
                        null,
                        null,
                        null,
                        3,
                        null),
                List.of());

        CurveAggregator aggregator = CurveAggregator.of(
                List.of(later.trial(), fresh.trial(), stale.trial(), failed.trial(), noCurves.trial()));
        assertThat(aggregator.trials())
                .as("in configuration order, whatever order they finished in")
                .containsExactly(fresh.trial(), later.trial());

        List<CurveAnalysis> curves = aggregate(300, List.of(later, fresh, stale, failed, noCurves));
        assertThat(curves.get(0).configurations())
                .extracting(c -> c.config().get("alpha"))
                .as("every configuration, in declared order")
                .containsExactly(0, 1, 2, 3);
        assertThat(curves.get(0).configurations().get(0).points())
                .containsExactly(new CurvePoint(0, 1, 5.0, CurvePoint.ONE_SEED, CurvePoint.ONE_SEED, 5.0, 5.0));
        assertThat(curves.get(0).configurations().get(2).seeds()).isZero();
        assertThat(curves.get(0).configurations().get(2).points()).isEmpty();
    }

    @Test
    void atMostThreeHundredPointsAndExactBelow() {
        assertThat(pointsFor(100, 100)).as("logged every 100 of 10,000 steps").isEqualTo(100);
        assertThat(pointsFor(300, 1)).isEqualTo(300);
        assertThat(pointsFor(301, 1)).isEqualTo(151);
        assertThat(pointsFor(10_000, 1)).isEqualTo(295);
        assertThat(pointsFor(1_000_000, 1)).isLessThanOrEqualTo(300);
    }

    private static int pointsFor(int steps, int every) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            values.addAll(List.of((long) i * every, 1.0));
        }
        List<CurveAnalysis> curves =
                aggregate(CurveAggregator.DEFAULT_MAX_POINTS, List.of(logged(0, 1, values.toArray())));
        return curves.get(0).configurations().get(0).points().size();
    }

    @Test
    void stateGrowsWithConfigurationsAndBucketsNotWithPointsOrSeeds() {
        List<TrialResult> trials = new ArrayList<>();
        for (int config = 0; config < 10; config++) {
            for (int seed = 0; seed < 30; seed++) {
                trials.add(trial(config, seed, TrialStatus.SUCCESSFUL, null));
            }
        }
        CurveAggregator curves = CurveAggregator.of(trials);
        for (TrialResult t : curves.trials()) {
            for (int step = 0; step < 10_000; step++) {
                curves.scan("error", step, 0);
            }
        }
        for (TrialResult t : curves.trials()) {
            curves.beginTrial(t);
            for (int step = 0; step < 10_000; step++) {
                curves.add("error", step, step % 7);
            }
            curves.endTrial();
            assertThat(curves.cells()).isLessThanOrEqualTo((10 + 1) * 300L);
        }
        assertThat(curves.cells())
                .as("10 configurations x 295 buckets, plus one trial's")
                .isEqualTo(11 * 295L);
        assertThat(curves.result().get(0).configurations()).allSatisfy(c -> {
            assertThat(c.seeds()).isEqualTo(30);
            assertThat(c.points()).hasSize(295);
        });
    }

    @Test
    void thePassesComeInOrder() {
        CurveAggregator curves = CurveAggregator.of(List.of(trial(0, 1, TrialStatus.SUCCESSFUL, null)));
        assertThatThrownBy(() -> curves.add("error", 0, 1)).isInstanceOf(IllegalStateException.class);
        curves.beginTrial(curves.trials().get(0));
        assertThatThrownBy(() -> curves.scan("error", 0, 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(curves::result).isInstanceOf(IllegalStateException.class);
        curves.add("error", 0, 1);
        curves.endTrial();
        assertThat(curves.result().get(0).configurations().get(0).points())
                .as("a point not seen in the first pass is skipped")
                .isEmpty();
        assertThatThrownBy(() -> CurveAggregator.of(List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
