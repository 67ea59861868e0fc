/**
 * Statistics as pure functions over {@code double[]}: descriptive statistics, classical tests, effect
 * sizes, multiplicity corrections and linear-model ANOVA, each reproducing the R 4.x function named in
 * its Javadoc. Nothing here does I/O or knows about trials; the {@code dev.cohort.analysis} package
 * decides when a statistic is defined for the data and calls these functions only then.
 */
package dev.cohort.statistics;
