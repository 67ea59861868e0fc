package dev.cohort.runtime;

import dev.cohort.results.ConfigId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Collectors;

/**
 * Makes the configurations of a {@link Design} from the swept parameters.
 *
 * <p>The parameters form factors: each zipped group is one factor whose levels pair the group's values by
 * position, every other parameter is a factor of its own; factors are ordered by their first parameter.
 * A grid is the cartesian product of the factors' levels, the last factor varying fastest, filtered by
 * the validity rule. A sample from the grid picks {@code n} grid positions by a partial Fisher-Yates
 * shuffle and runs them in grid order. A continuous sample draws every factor independently (a level
 * uniformly, a range at a uniform position), drawing again when a configuration is invalid or already
 * drawn. A Latin hypercube cuts {@code [0, 1)} into {@code n} strata per factor, permutes the strata of
 * each factor independently (Fisher-Yates) and takes a uniform point within each stratum. Every draw
 * uses {@value #ALGORITHM} seeded with the design's seed, factors in order, so a declaration always
 * yields the same configurations.
 */
public final class DesignGenerator {

    /** The generator of every draw. */
    public static final String ALGORITHM = "L64X128MixRandom";

    /** How many draws a continuous sample may make per configuration asked for. */
    private static final int ATTEMPTS_PER_CONFIGURATION = 1000;

    private DesignGenerator() {}

    /**
     * The configurations of a design, with what the report says about it.
     *
     * @param configurations the parameter values by name, in declaration order, in run order
     * @param gridSize the size of the grid the design stands on (after zips and rule), or {@code null}
     *     when it draws from continuous ranges
     * @param description the design in one sentence
     */
    public record Generated(List<Map<String, Object>> configurations, Integer gridSize, String description) {}

    /**
     * Makes the configurations of {@code design}.
     *
     * @param where the class and method, for messages
     * @param valid the validity rule, or {@code null} when every configuration runs
     * @throws InvalidExperimentException when the design cannot be built (a zip of unequal lengths, a
     *     range without points in a grid, a sample larger than the grid, no valid configuration)
     */
    public static Generated generate(
            String where, List<SweptParameter> parameters, Design design, Predicate<Map<String, Object>> valid) {
        List<Factor> factors = factors(where, parameters, design);
        Predicate<Map<String, Object>> rule = valid == null ? c -> true : valid;
        String ruleText = design.valid() == null ? "" : " kept by " + design.valid() + "(config)";
        return switch (design.kind()) {
            case GRID -> {
                List<Map<String, Object>> grid = grid(factors, parameters, rule);
                requireSome(where, grid, design);
                yield new Generated(grid, grid.size(), gridText(factors, grid.size(), ruleText));
            }
            case SAMPLE ->
                design.continuous()
                        ? continuousSample(where, factors, parameters, design, rule)
                        : gridSample(where, factors, parameters, design, rule, ruleText);
            case LATIN_HYPERCUBE -> latinHypercube(where, factors, parameters, design, rule);
        };
    }

    private static Generated gridSample(
            String where,
            List<Factor> factors,
            List<SweptParameter> parameters,
            Design design,
            Predicate<Map<String, Object>> rule,
            String ruleText) {
        List<Map<String, Object>> grid = grid(factors, parameters, rule);
        if (design.n() > grid.size()) {
            throw new InvalidExperimentException(where + ": @Sample(n = " + design.n()
                    + ") asks for more configurations than the grid holds (" + grid.size() + ruleText
                    + "); lower n or run the full grid");
        }
        RandomGenerator random = random(design.seed());
        int[] positions = new int[grid.size()];
        Arrays.setAll(positions, i -> i);
        for (int i = 0; i < design.n(); i++) {
            int j = i + random.nextInt(positions.length - i);
            int swap = positions[i];
            positions[i] = positions[j];
            positions[j] = swap;
        }
        int[] chosen = Arrays.copyOf(positions, design.n());
        Arrays.sort(chosen);
        List<Map<String, Object>> sample = new ArrayList<>();
        for (int position : chosen) {
            sample.add(grid.get(position));
        }
        return new Generated(
                sample,
                grid.size(),
                "random sample of " + design.n() + " of the " + grid.size() + " configurations of the grid ("
                        + gridText(factors, grid.size(), ruleText) + "), seed " + design.seed());
    }

    private static Generated continuousSample(
            String where,
            List<Factor> factors,
            List<SweptParameter> parameters,
            Design design,
            Predicate<Map<String, Object>> rule) {
        RandomGenerator random = random(design.seed());
        List<Map<String, Object>> sample = new ArrayList<>();
        Set<String> drawn = new HashSet<>();
        long attempts = (long) design.n() * ATTEMPTS_PER_CONFIGURATION;
        while (sample.size() < design.n() && attempts-- > 0) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (Factor factor : factors) {
                factor.put(values, random.nextDouble());
            }
            Map<String, Object> configuration = ordered(values, parameters);
            if (rule.test(configuration) && drawn.add(ConfigId.of(configuration))) {
                sample.add(configuration);
            }
        }
        if (sample.size() < design.n()) {
            throw new InvalidExperimentException(where + ": @Sample(n = " + design.n() + ", continuous = true) found"
                    + " only " + sample.size() + " distinct valid configurations in "
                    + (long) design.n() * ATTEMPTS_PER_CONFIGURATION + " draws; lower n or widen the ranges");
        }
        return new Generated(
                sample,
                null,
                "random sample of " + design.n() + " configurations drawn from the ranges (" + ranges(factors)
                        + "), seed " + design.seed() + (design.valid() == null ? "" : ", valid by " + design.valid()));
    }

    private static Generated latinHypercube(
            String where,
            List<Factor> factors,
            List<SweptParameter> parameters,
            Design design,
            Predicate<Map<String, Object>> rule) {
        RandomGenerator random = random(design.seed());
        int n = design.n();
        double[][] positions = new double[factors.size()][n];
        for (int f = 0; f < factors.size(); f++) {
            int[] strata = new int[n];
            Arrays.setAll(strata, i -> i);
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = strata[i];
                strata[i] = strata[j];
                strata[j] = swap;
            }
            for (int i = 0; i < n; i++) {
                positions[f][i] = (strata[i] + random.nextDouble()) / n;
            }
        }
        List<Map<String, Object>> sample = new ArrayList<>();
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int f = 0; f < factors.size(); f++) {
                factors.get(f).put(values, positions[f][i]);
            }
            Map<String, Object> configuration = ordered(values, parameters);
            if (rule.test(configuration) && drawn.add(ConfigId.of(configuration))) {
                sample.add(configuration);
            }
        }
        requireSome(where, sample, design);
        String kept = sample.size() == n
                ? ""
                : " (" + sample.size() + " distinct" + (design.valid() == null ? "" : " valid") + " configurations)";
        return new Generated(
                sample,
                null,
                "Latin hypercube sample of " + n + " configurations" + kept + " (McKay, Beckman and Conover 1979) over "
                        + ranges(factors) + ", seed " + design.seed());
    }

    private static List<Map<String, Object>> grid(
            List<Factor> factors, List<SweptParameter> parameters, Predicate<Map<String, Object>> rule) {
        List<Map<String, Object>> partial = new ArrayList<>();
        partial.add(new LinkedHashMap<>());
        for (Factor factor : factors) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> prefix : partial) {
                for (int level = 0; level < factor.levels(); level++) {
                    Map<String, Object> extended = new LinkedHashMap<>(prefix);
                    factor.putLevel(extended, level);
                    next.add(extended);
                }
            }
            partial = next;
        }
        List<Map<String, Object>> grid = new ArrayList<>();
        for (Map<String, Object> values : partial) {
            Map<String, Object> configuration = ordered(values, parameters);
            if (rule.test(configuration)) {
                grid.add(configuration);
            }
        }
        return grid;
    }

    private static void requireSome(String where, List<Map<String, Object>> configurations, Design design) {
        if (configurations.isEmpty()) {
            throw new InvalidExperimentException(where + ": " + design.valid()
                    + "(config) rejects every configuration, so the experiment would run nothing");
        }
    }

    private static List<Factor> factors(String where, List<SweptParameter> parameters, Design design) {
        Map<String, SweptParameter> byName = new LinkedHashMap<>();
        parameters.forEach(p -> byName.put(p.name(), p));
        Map<String, List<String>> zipOf = new LinkedHashMap<>();
        for (List<String> zip : design.zips()) {
            String declared = "@Zip(" + zip.stream().map(z -> "\"" + z + "\"").collect(Collectors.joining(", ")) + ")";
            if (zip.size() < 2) {
                throw new InvalidExperimentException(where + ": " + declared + " names fewer than two parameters");
            }
            for (String name : zip) {
                SweptParameter parameter = byName.get(name);
                if (parameter == null) {
                    throw new InvalidExperimentException(where + ": " + declared + " names " + name
                            + ", which is not a swept parameter (swept: " + byName.keySet() + ")");
                }
                if (zipOf.putIfAbsent(name, zip) != null) {
                    throw new InvalidExperimentException(
                            where + ": parameter '" + name + "' is in two @Zip groups; zip it once");
                }
                if (parameter.values().isEmpty()) {
                    throw new InvalidExperimentException(where + ": " + declared + " zips parameter '" + name
                            + "', whose range has no steps; give it steps = ... to pair its points");
                }
            }
            int size = byName.get(zip.get(0)).values().size();
            for (String name : zip) {
                if (byName.get(name).values().size() != size) {
                    throw new InvalidExperimentException(where + ": " + declared + " pairs values by position, but "
                            + zip.stream()
                                    .map(z ->
                                            z + " has " + byName.get(z).values().size())
                                    .collect(Collectors.joining(", "))
                            + " values; give every zipped parameter the same number of values");
                }
            }
        }
        List<Factor> factors = new ArrayList<>();
        Set<List<String>> placed = new HashSet<>();
        for (SweptParameter parameter : parameters) {
            List<String> zip = zipOf.get(parameter.name());
            if (zip != null) {
                if (placed.add(zip)) {
                    factors.add(new Factor(zip.stream().map(byName::get).toList(), false));
                }
            } else if (design.drawsFromRanges() && parameter.isRange()) {
                factors.add(new Factor(List.of(parameter), true));
            } else {
                if (parameter.isRange() && parameter.range().steps() < 2) {
                    throw new InvalidExperimentException(where + " parameter '" + parameter.name() + "': the range "
                            + parameter.range().describe() + " needs steps >= 2 for a " + gridName(design)
                            + " (or a design that draws from ranges: @LatinHypercube, @Sample(continuous = true))");
                }
                factors.add(new Factor(List.of(parameter), false));
            }
        }
        return factors;
    }

    private static String gridName(Design design) {
        return design.kind() == Design.Kind.SAMPLE ? "sample from the grid" : "grid";
    }

    private static String gridText(List<Factor> factors, int size, String ruleText) {
        if (factors.isEmpty()) {
            return "one configuration, no swept parameter";
        }
        String shape = factors.stream().map(f -> Integer.toString(f.levels())).collect(Collectors.joining(" x "));
        List<String> zips = factors.stream()
                .filter(f -> f.parameters().size() > 1)
                .map(f -> f.parameters().stream().map(SweptParameter::name).collect(Collectors.joining(" with ")))
                .toList();
        String zipText = zips.isEmpty() ? "" : ", " + String.join(" and ", zips) + " zipped";
        int full = factors.stream().mapToInt(Factor::levels).reduce(1, (a, b) -> a * b);
        String kept = ruleText.isEmpty() ? "" : ", " + size + " of " + full + ruleText;
        return "full grid " + shape + zipText + kept;
    }

    private static String ranges(List<Factor> factors) {
        return factors.stream()
                .map(f -> f.continuous()
                        ? f.parameters().get(0).name() + " "
                                + f.parameters().get(0).range().describe()
                        : f.parameters().stream().map(SweptParameter::name).collect(Collectors.joining(" with "))
                                + " in " + f.levels() + " values")
                .collect(Collectors.joining("; "));
    }

    private static Map<String, Object> ordered(Map<String, Object> values, List<SweptParameter> parameters) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (SweptParameter parameter : parameters) {
            ordered.put(parameter.name(), values.get(parameter.name()));
        }
        return ordered;
    }

    /**
     * The design's generator. {@link RandomGeneratorFactory} finds the JDK's algorithms (module {@code
     * jdk.random}) through the thread's context class loader; in a Maven plugin that loader is a class
     * realm that does not reach the platform class loader, and the lookup fails ({@code cohort:status}
     * reading an {@code @Sample} design), so the lookup runs with the system class loader.
     */
    private static RandomGenerator random(long seed) {
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getSystemClassLoader());
        try {
            return RandomGeneratorFactory.of(ALGORITHM).create(seed);
        } finally {
            thread.setContextClassLoader(context);
        }
    }

    /** One factor of the design: a parameter, a zipped group of parameters, or a range drawn from. */
    private record Factor(List<SweptParameter> parameters, boolean continuous) {

        int levels() {
            return parameters.get(0).values().size();
        }

        void putLevel(Map<String, Object> values, int level) {
            for (SweptParameter parameter : parameters) {
                values.put(parameter.name(), parameter.values().get(level));
            }
        }

        /** The factor's value at position {@code u} in {@code [0, 1)}. */
        void put(Map<String, Object> values, double u) {
            if (continuous) {
                SweptParameter parameter = parameters.get(0);
                values.put(parameter.name(), parameter.range().at(u));
            } else {
                putLevel(values, Math.min(levels() - 1, (int) Math.floor(u * levels())));
            }
        }
    }
}
