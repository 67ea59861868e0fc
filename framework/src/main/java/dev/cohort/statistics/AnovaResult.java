package dev.cohort.statistics;

/**
 * A one-way analysis of variance table.
 *
 * @param f the F statistic, {@code MSb / MSw}, or NaN for an essentially perfect fit
 * @param dfBetween degrees of freedom between groups, {@code k - 1}
 * @param dfWithin degrees of freedom within groups, {@code N - k}
 * @param ssBetween the sum of squares between groups
 * @param ssWithin the sum of squares within groups
 * @param p the upper-tail p-value of F, or NaN with F
 */
public record AnovaResult(double f, int dfBetween, int dfWithin, double ssBetween, double ssWithin, double p) {

    /** The total sum of squares. */
    public double ssTotal() {
        return ssBetween + ssWithin;
    }

    /** The mean square within groups. */
    public double msWithin() {
        return ssWithin / dfWithin;
    }

    /** Eta squared, {@code SSb / SSt}. */
    public double etaSquared() {
        return ssBetween / ssTotal();
    }

    /** Omega squared, {@code (SSb - dfB MSw) / (SSt + MSw)} (Hays 1963). */
    public double omegaSquared() {
        return (ssBetween - dfBetween * msWithin()) / (ssTotal() + msWithin());
    }
}
