package dev.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LatexCurvesTest {

    /** The coordinates pgfplots reads are those of {@code %.6g}, which the curves were once formatted with. */
    @Test
    void coordinatesHaveTheDigitsOfTheFormatter() {
        SplittableRandom random = new SplittableRandom(6);
        for (int i = 0; i < 50_000; i++) {
            double magnitude = Math.pow(10, random.nextInt(-9, 10));
            double x = switch (random.nextInt(3)) {
                case 0 -> random.nextDouble() * magnitude;
                case 1 -> random.nextInt(0, 1_000_000) / 1e3 * magnitude;
                default -> Math.nextDown((random.nextInt(1, 1_000_000) + 0.5) / 1e6 * magnitude);
            };
            double signed = random.nextBoolean() ? x : -x;
            assertThat(LatexCurves.sixDigits(signed))
                    .as("%s", signed)
                    .isEqualTo(String.format(Locale.ROOT, "%.6g", signed));
        }
        assertThat(LatexCurves.sixDigits(0)).isEqualTo("0.00000");
        assertThat(LatexCurves.sixDigits(5000)).isEqualTo("5000.00");
        assertThat(LatexCurves.sixDigits(1.234567e-5)).isEqualTo("1.23457e-05");
        assertThat(LatexCurves.sixDigits(9999995.1)).isEqualTo("1.00000e+07");
    }
}
