package dev.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;

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
    void pValuesReadAsUsual() {
        assertThat(Numbers.pValue(0.0012)).isEqualTo("0.0012");
        assertThat(Numbers.pValue(0.04567)).isEqualTo("0.0457");
        assertThat(Numbers.pValue(1)).isEqualTo("1.0000");
        assertThat(Numbers.pValue(3.21e-7)).isEqualTo("3.2e-7");
        assertThat(Numbers.pValue(1e-20)).isEqualTo("< 1e-16");
        assertThat(Numbers.pValue(0)).isEqualTo("< 1e-16");
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
}
