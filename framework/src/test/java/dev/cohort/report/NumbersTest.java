package dev.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.results.ReadableNumbers;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void readableKeepsFourSignificantDigits() {
        assertThat(Numbers.readable(12.3)).isEqualTo("12.30");
        assertThat(Numbers.readable(0.0012345)).isEqualTo("0.001234");
        assertThat(Numbers.readable(-3.14159)).isEqualTo("-3.142");
        assertThat(Numbers.readable(0)).isEqualTo("0");
        assertThat(Numbers.readable(1.2345e-5)).isEqualTo("1.235e-5");
        assertThat(Numbers.readable(4.5e6)).isEqualTo("4.500e6");
        assertThat(Numbers.readable(Double.NaN)).isEqualTo("NaN");
        assertThat(Numbers.readable(Double.NEGATIVE_INFINITY)).isEqualTo("-∞");
    }

    @Test
    void pValuesReadAsPeopleWriteThem() {
        assertThat(Numbers.pValue(0.024)).isEqualTo("0.024");
        assertThat(Numbers.pValue(0.31)).isEqualTo("0.31");
        assertThat(Numbers.pValue(0.04567)).isEqualTo("0.046");
        assertThat(Numbers.pValue(0.0012)).isEqualTo("0.001");
        assertThat(Numbers.pValue(1)).isEqualTo("1");
        assertThat(Numbers.pValue(4.1234e-13)).isEqualTo("4.1e-13");
        assertThat(Numbers.pValue(3.21e-7)).isEqualTo("3.2e-7");
        assertThat(Numbers.pValue(9.96e-4)).isEqualTo("1.0e-3");
        assertThat(Numbers.pValue(1e-20)).isEqualTo("< 1e-16");
        assertThat(Numbers.pValue(0)).isEqualTo("< 1e-16");
    }

    @Test
    void statisticsKeepTheDigitsTheirIntervalSupports() {
        IntervalDigits digits = new IntervalDigits(Numbers.decimalsFor(1.888, 1.961));
        assertThat(digits.text(1.92361)).isEqualTo("1.924");
        assertThat(digits.text(1.888)).isEqualTo("1.888");
        assertThat(digits.text(0.1)).isEqualTo("0.100");
        IntervalDigits wide = new IntervalDigits(Numbers.decimalsFor(150, 230));
        assertThat(wide.text(191.73)).isEqualTo("192");
        IntervalDigits narrow = new IntervalDigits(Numbers.decimalsFor(0.52, 0.58));
        assertThat(narrow.text(0.55123)).isEqualTo("0.551");
        assertThat(narrow.text(-0.0001)).isEqualTo("0.000");
        assertThat(new IntervalDigits(Numbers.decimalsFor(2, 2)).text(2)).isEqualTo("2.000");
        assertThat(new IntervalDigits(Numbers.decimalsFor(1e-9, 3e-9)).text(2.1234e-9))
                .isEqualTo("2.123e-9");
        assertThat(digits.latex(1.92361)).isEqualTo("1.924");
    }

    @Test
    void differencesCarryTheirSign() {
        assertThat(Numbers.signed(0.031249)).isEqualTo("+0.03125");
        assertThat(Numbers.signed(-2)).isEqualTo("-2.000");
        assertThat(Numbers.signed(0)).isEqualTo("0");
        assertThat(Numbers.latexSigned(1.2345e-5)).isEqualTo("+1.235 \\times 10^{-5}");
        assertThat(Numbers.latexSigned(-12.3)).isEqualTo("-12.30");
    }

    @Test
    void latexNumbersAreMathMode() {
        assertThat(Numbers.latex(1.2345e-5)).isEqualTo("1.235 \\times 10^{-5}");
        assertThat(Numbers.latex(12.3)).isEqualTo("12.30");
        assertThat(Numbers.latexP(1e-20)).isEqualTo("< 10^{-16}");
        assertThat(Numbers.latexP(3.21e-7)).isEqualTo("3.2 \\times 10^{-7}");
        assertThat(Numbers.latex(Double.POSITIVE_INFINITY)).isEqualTo("\\infty");
    }

    @Test
    void exactNumbersRoundTrip() {
        assertThat(Double.parseDouble(Numbers.exact(0.1 + 0.2))).isEqualTo(0.1 + 0.2);
        assertThat(Numbers.exact(Double.NaN)).isEqualTo("NaN");
        assertThat(Numbers.exact(Double.NEGATIVE_INFINITY)).isEqualTo("-Inf");
    }

    /**
     * The readable numbers are those of BigDecimal and String.format, which they once called for every
     * number: every text the same, over magnitudes, short decimals and values next to midpoints.
     */
    @Test
    void readableNumbersAreThoseOfBigDecimalAndTheFormatter() {
        SplittableRandom random = new SplittableRandom(18);
        for (int i = 0; i < 50_000; i++) {
            double magnitude = Math.pow(10, random.nextInt(-20, 9));
            double x = switch (random.nextInt(3)) {
                case 0 -> random.nextDouble() * magnitude;
                case 1 -> random.nextInt(1, 100_000) / 1e4 * magnitude;
                default -> Math.nextUp((random.nextInt(1, 10_000) + 0.5) / 1e4 * magnitude);
            };
            double signed = random.nextBoolean() ? x : -x;
            assertThat(Numbers.readable(signed)).as("readable(%s)", signed).isEqualTo(slowReadable(signed));
            assertThat(Numbers.pValue(x)).as("pValue(%s)", x).isEqualTo(slowPValue(x));
            assertThat(ReadableNumbers.parameter(signed))
                    .as("parameter(%s)", signed)
                    .isEqualTo(slowParameter(signed));
            int decimals = random.nextInt(0, 7);
            assertThat(Numbers.fixed(signed, decimals))
                    .as("fixed(%s, %d)", signed, decimals)
                    .isEqualTo(slowFixed(signed, decimals));
        }
    }

    private static String slowScientific(double x, int decimals) {
        String text = String.format(Locale.ROOT, "%." + decimals + "e", x);
        int e = text.indexOf('e');
        return text.substring(0, e) + "e" + Integer.parseInt(text.substring(e + 1));
    }

    private static String slowReadable(double x) {
        if (x == 0) {
            return "0";
        }
        if (Math.abs(x) < 1e-4 || Math.abs(x) >= 1e6) {
            return slowScientific(x, 3);
        }
        BigDecimal rounded = BigDecimal.valueOf(x).round(new MathContext(4, RoundingMode.HALF_EVEN));
        int scale = Math.max(0, rounded.scale() + 4 - rounded.precision());
        return rounded.setScale(scale, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String slowPValue(double p) {
        if (p < 1e-16) {
            return "< 1e-16";
        }
        if (p < 1e-3) {
            return slowScientific(p, 1);
        }
        return BigDecimal.valueOf(p)
                .setScale(3, RoundingMode.HALF_EVEN)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static String slowParameter(double x) {
        BigDecimal rounded = BigDecimal.valueOf(x)
                .round(new MathContext(4, RoundingMode.HALF_EVEN))
                .stripTrailingZeros();
        if (Math.abs(x) >= 1e-3 && Math.abs(x) < 1e4) {
            return rounded.toPlainString();
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        return rounded.movePointLeft(exponent).toPlainString() + "e" + exponent;
    }

    private static String slowFixed(double x, int decimals) {
        if (decimals > 6 || Math.abs(x) >= 1e6) {
            return slowReadable(x);
        }
        String text =
                BigDecimal.valueOf(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        return text.matches("-0(\\.0*)?") ? text.substring(1) : text;
    }
}
