package dev.cohort.statistics;

import static dev.cohort.testing.IndependentReference.doubles;
import static dev.cohort.testing.IndependentReference.tolerance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cohort.statistics.Bootstrap.LocationIntervals;
import dev.cohort.testing.IndependentReference;
import org.junit.jupiter.api.Test;

/**
 * The percentile intervals against R ({@code bootstrap.json}): from the resamples Cohort draws, exported
 * as an index matrix, R's type 7 quantiles of the replicates (Cohort's definition) to 1e-12, and inside
 * {@code boot.ci(type = "perc")}'s interval from the same replicates, whose order statistics bracket them.
 */
class BootstrapReferenceTest {

    private static final JsonNode CASE = IndependentReference.read("bootstrap.json");
    private static final double[] X = doubles(CASE.get("values"));
    private static final int RESAMPLES = CASE.get("resamples").asInt();
    private static final long SEED = CASE.get("seed").asLong();
    private static final double LEVEL = CASE.get("level").asDouble();

    @Test
    void theIntervalsOfTheMeanAndTheIqmAreRsQuantilesOfTheSameResamples() {
        LocationIntervals intervals = Bootstrap.locationIntervals(X, 0.25, LEVEL, RESAMPLES, SEED);

        assertMatches(intervals.mean(), CASE.get("mean"));
        assertMatches(intervals.trimmedMean(), CASE.get("iqm"));
    }

    @Test
    void theGeneralPercentileIntervalDrawsTheSameResamples() {
        assertMatches(Bootstrap.percentile(X, Descriptive::mean, LEVEL, RESAMPLES, SEED), CASE.get("mean"));
        assertMatches(
                Bootstrap.percentile(X, s -> Descriptive.trimmedMean(s, 0.25), LEVEL, RESAMPLES, SEED),
                CASE.get("iqm"));
    }

    private static void assertMatches(Interval actual, JsonNode expected) {
        double[] type7 = doubles(expected.get("type7"));
        double[] boot = doubles(expected.get("bootCi"));
        assertThat(actual.low()).isCloseTo(type7[0], within(tolerance(type7[0])));
        assertThat(actual.high()).isCloseTo(type7[1], within(tolerance(type7[1])));
        assertThat(actual.low()).as("boot.ci's low end, the 50th of 1999").isGreaterThanOrEqualTo(boot[0]);
        assertThat(actual.high()).as("boot.ci's high end, the 1950th of 1999").isLessThanOrEqualTo(boot[1]);
    }
}
