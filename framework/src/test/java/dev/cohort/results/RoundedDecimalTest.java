package dev.cohort.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

/**
 * The fast rounding against the slow ways it replaces: {@link BigDecimal} over {@code Double.toString}'s
 * digits and {@link String#format}. Where the fast way answers, it must give the same text; near a
 * midpoint it must decline, so that the caller takes the slow way.
 */
class RoundedDecimalTest {

    private static final int VALUES = 50_000;

    @Test
    void significantDigitsAreBigDecimalsRoundingOfThePrintedDigits() {
        for (double x : values(1)) {
            for (int digits = 1; digits <= 6; digits++) {
                RoundedDecimal fast = RoundedDecimal.significant(x, digits);
                if (fast == null) {
                    continue;
                }
                BigDecimal slow = BigDecimal.valueOf(x).round(new MathContext(digits, RoundingMode.HALF_EVEN));
                assertThat(fast.precision()).as("%s to %d digits", x, digits).isEqualTo(digits);
                assertThat(fast.stripped().plain())
                        .as("%s to %d digits", x, digits)
                        .isEqualTo(slow.stripTrailingZeros().toPlainString());
            }
        }
    }

    @Test
    void scientificTextIsTheFormattersWithABareExponent() {
        for (double x : values(2)) {
            for (int decimals = 0; decimals <= 4; decimals++) {
                RoundedDecimal fast = RoundedDecimal.significant(x, decimals + 1);
                if (fast == null) {
                    continue;
                }
                String formatted = String.format(Locale.ROOT, "%." + decimals + "e", x);
                int e = formatted.indexOf('e');
                String slow = formatted.substring(0, e) + "e" + Integer.parseInt(formatted.substring(e + 1));
                assertThat(fast.scientific())
                        .as("%s with %d decimals", x, decimals)
                        .isEqualTo(slow);
            }
        }
    }

    @Test
    void decimalsAreBigDecimalsSetScaleOfThePrintedDigits() {
        for (double x : values(3)) {
            for (int decimals = 0; decimals <= 6; decimals++) {
                RoundedDecimal fast = RoundedDecimal.decimals(x, decimals);
                if (fast == null) {
                    continue;
                }
                String slow = BigDecimal.valueOf(x)
                        .setScale(decimals, RoundingMode.HALF_EVEN)
                        .toPlainString();
                assertThat(fast.plain()).as("%s to %d decimals", x, decimals).isEqualTo(slow);
            }
        }
    }

    @Test
    void midpointsAreLeftToTheSlowWay() {
        // 0.125 and 2.5e-5 are exact midpoints; 0.0245 prints as a midpoint but is not one in binary
        assertThat(RoundedDecimal.decimals(0.125, 2)).isNull();
        assertThat(RoundedDecimal.decimals(0.0245, 3)).isNull();
        assertThat(RoundedDecimal.significant(2.5e-5, 1)).isNull();
        assertThat(RoundedDecimal.significant(1.2345, 4)).isNull();
        assertThat(RoundedDecimal.significant(1.2346, 4)).isEqualTo(new RoundedDecimal(false, 1235, -3));
    }

    @Test
    void valuesBeyondTheRangeOfExactScalingAreLeftToTheSlowWay() {
        assertThat(RoundedDecimal.significant(1e-300, 4)).isNull();
        assertThat(RoundedDecimal.significant(Double.NaN, 4)).isNull();
        assertThat(RoundedDecimal.significant(0, 4)).isNull();
        assertThat(RoundedDecimal.decimals(1e300, 2)).isNull();
        assertThat(RoundedDecimal.decimals(Double.POSITIVE_INFINITY, 2)).isNull();
    }

    @Test
    void carriesIntoTheNextPowerOfTen() {
        assertThat(RoundedDecimal.significant(9.99996, 4).plain()).isEqualTo("10.00");
        assertThat(RoundedDecimal.significant(-9.96e-4, 2).scientific()).isEqualTo("-1.0e-3");
        assertThat(RoundedDecimal.decimals(-0.0004, 3).plain()).isEqualTo("0.000");
        assertThat(RoundedDecimal.decimals(0.9996, 3).plain()).isEqualTo("1.000");
    }

    /**
     * Values over many magnitudes: uniform mantissas, short decimals (which print with few digits) and
     * values right at and next to decimal midpoints.
     */
    private static double[] values(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return DoubleStream.generate(() -> {
                    double magnitude = Math.pow(10, random.nextInt(-18, 19));
                    double sign = random.nextBoolean() ? 1 : -1;
                    return switch (random.nextInt(4)) {
                        case 0 -> sign * random.nextDouble() * magnitude;
                        case 1 -> sign * random.nextInt(1, 100_000) / 1e4 * magnitude;
                        case 2 -> sign * (random.nextInt(1, 10_000) + 0.5) / 1e4 * magnitude;
                        default -> {
                            double midpoint = sign * (random.nextInt(1, 10_000) + 0.5) / 1e4 * magnitude;
                            yield random.nextBoolean() ? Math.nextUp(midpoint) : Math.nextDown(midpoint);
                        }
                    };
                })
                .limit(VALUES)
                .toArray();
    }
}
