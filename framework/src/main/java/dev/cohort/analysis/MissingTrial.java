package dev.cohort.analysis;

import java.util.Map;

/**
 * A trial that an experiment's latest declaration asks for and that has no result.
 *
 * @param configIndex the configuration's position in the declaration
 * @param config the configuration
 * @param seedIndex the seed's position in the declaration
 * @param seed the seed
 */
public record MissingTrial(int configIndex, Map<String, Object> config, int seedIndex, long seed) {}
