package dev.cohort.analysis;

/**
 * One-way analysis of variance over all configurations.
 *
 * @param f the F statistic
 * @param dfBetween degrees of freedom between groups
 * @param dfWithin degrees of freedom within groups
 * @param p the p-value
 * @param etaSquared {@code SSb / SSt}
 * @param omegaSquared {@code (SSb - dfB * MSw) / (SSt + MSw)}
 */
public record Anova(Double f, int dfBetween, int dfWithin, Double p, Double etaSquared, Double omegaSquared) {}
