package dev.cohort.analysis;

import dev.cohort.Goal;
import dev.cohort.results.ConfigId;
import dev.cohort.results.ConfigIds;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.MetricBounds;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One experiment's trials measured against its latest declaration (SPEC section 5, "The declared
 * study"): the one place that decides which trials count, which are stale and which are missing, read by
 * the scalar analysis ({@link Analyzer}), the learning curves ({@link CurveAggregator}), the query API
 * and the study status.
 *
 * <p>Each trial counts once ({@link TrialSelection#deduplicate}). With a declaration, its configurations
 * (in declared order) and seeds define the experiment: a trial of another configuration or seed is
 * stale, left out of {@link #counted()} unless {@link StalePolicy#INCLUDE}; a declared configuration and
 * seed without a result is missing. Without a declaration every trial counts, in the order of {@link
 * TrialSelection#configurationsInDeclaredOrder}. When the declaration has {@code @Confirm}, the
 * confirmation trials are set apart ({@link #confirmation()}): everything else here describes the tuning
 * stage alone, exactly as for an experiment without one. Immutable.
 */
public final class ExperimentTrials {

    private final String id;
    private final ExperimentManifest declaration;
    private final TrialTable counted;
    private final Map<String, Map<String, Object>> configurations;
    private final Set<String> declaredIds;
    private final List<String> parameters;
    private final Map<String, Goal> goals;
    private final List<StaleConfiguration> stale;
    private final List<MissingTrial> missing;
    private final List<Map<String, Object>> notRun;
    private final Coverage coverage;
    private final ConfirmationTrials confirmation;

    private ExperimentTrials(
            String id,
            ExperimentManifest declaration,
            List<TrialResult> counted,
            Map<String, Map<String, Object>> configurations,
            Set<String> declaredIds,
            Collection<String> parameters,
            List<StaleConfiguration> stale,
            List<MissingTrial> missing,
            List<Map<String, Object>> notRun,
            Coverage coverage,
            ConfirmationTrials confirmation) {
        this.id = id;
        this.declaration = declaration;
        this.counted = TrialTable.of(counted);
        this.configurations = Collections.unmodifiableMap(new LinkedHashMap<>(configurations));
        this.declaredIds = Set.copyOf(declaredIds);
        this.parameters = List.copyOf(parameters);
        this.goals = Collections.unmodifiableMap(goals(declaration, this.counted));
        this.stale = List.copyOf(stale);
        this.missing = List.copyOf(missing);
        this.notRun = List.copyOf(notRun);
        this.coverage = coverage;
        this.confirmation = confirmation;
    }

    /**
     * The trials of one experiment against its latest declaration.
     *
     * @param id the experiment id
     * @param experimentTrials the experiment's trials as read (re-runs included)
     * @param declaration the latest declaration, or {@code null} when none was recorded
     * @param policy whether stale trials count
     */
    public static ExperimentTrials of(
            String id, List<TrialResult> experimentTrials, ExperimentManifest declaration, StalePolicy policy) {
        TrialTable unique = TrialTable.of(TrialSelection.deduplicate(experimentTrials));
        if (declaration == null) {
            Set<String> parameters = new LinkedHashSet<>();
            Map<String, Object> last = null;
            int successful = 0;
            for (int i = 0; i < unique.size(); i++) {
                // trials share their configuration maps: one already taken adds nothing
                if (unique.config(i) != last) {
                    last = unique.config(i);
                    parameters.addAll(last.keySet());
                }
                successful += unique.isSuccessful(i) ? 1 : 0;
            }
            return new ExperimentTrials(
                    id,
                    null,
                    unique,
                    TrialSelection.configurationsInDeclaredOrder(experimentTrials),
                    Set.of(),
                    parameters,
                    List.of(),
                    List.of(),
                    List.of(),
                    Coverage.undeclared(successful, unique.size() - successful),
                    null);
        }
        if (declaration.confirmation() == null) {
            return new Matching(declaration).of(id, unique, policy, null);
        }
        Positions tuningPositions = new Positions();
        Positions confirmationPositions = new Positions();
        for (int i = 0; i < unique.size(); i++) {
            (unique.isConfirmation(i) ? confirmationPositions : tuningPositions).add(i);
        }
        TrialTable tuning = select(unique, tuningPositions);
        TrialTable confirmation = select(unique, confirmationPositions);
        return new Matching(declaration)
                .of(id, tuning, policy, ConfirmationTrials.of(declaration, tuning, confirmation));
    }

    /**
     * Every experiment that has results or a declaration, sorted by id, each measured against its
     * declaration in {@code declarations} (at most one per experiment id).
     *
     * @throws IllegalArgumentException when two declarations name the same experiment
     */
    public static List<ExperimentTrials> of(
            List<TrialResult> trials, List<ExperimentManifest> declarations, StalePolicy policy) {
        TrialTable table = trials instanceof TrialTable t
                ? t
                : TrialTable.of(trials.stream().filter(Objects::nonNull).toList());
        Map<String, Positions> positions = new TreeMap<>();
        String experiment = null;
        Positions current = null;
        for (int i = 0; i < table.size(); i++) {
            if (table.experiment(i) != null) {
                // an experiment's trials follow each other, sharing its id: one look-up for all
                if (table.experiment(i) != experiment) {
                    experiment = table.experiment(i);
                    current = positions.computeIfAbsent(experiment, k -> new Positions());
                }
                current.add(i);
            }
        }
        Map<String, List<TrialResult>> byExperiment = new TreeMap<>();
        positions.forEach((id, at) -> byExperiment.put(id, select(table, at)));
        Map<String, ExperimentManifest> declared = new HashMap<>();
        for (ExperimentManifest manifest : declarations) {
            if (declared.put(manifest.experiment(), manifest) != null) {
                throw new IllegalArgumentException("Two declarations of experiment " + manifest.experiment());
            }
            byExperiment.putIfAbsent(manifest.experiment(), List.of());
        }
        List<ExperimentTrials> experiments = new ArrayList<>();
        byExperiment.forEach((id, list) -> experiments.add(of(id, list, declared.get(id), policy)));
        return experiments;
    }

    /** The declared goals, then those the counted trials recorded. */
    private static TrialTable select(TrialTable trials, Positions positions) {
        return trials.select(positions.array(), positions.size());
    }

    private static Map<String, Goal> goals(ExperimentManifest declaration, TrialTable counted) {
        Map<String, Goal> goals = new LinkedHashMap<>();
        if (declaration != null) {
            goals.putAll(declaration.goals());
        }
        Map<String, Goal> last = null;
        for (int i = 0; i < counted.size(); i++) {
            // trials share their goal maps: one already taken adds nothing
            if (counted.goals(i) == last) {
                continue;
            }
            last = counted.goals(i);
            last.forEach((metric, goal) -> {
                if (goal != null) {
                    goals.putIfAbsent(metric, goal);
                }
            });
        }
        return goals;
    }

    /**
     * Trials matched to the cells (configuration x seed) of one declaration: one array slot per declared
     * trial, so a million declared trials cost a million references, not a million map entries.
     */
    private static final class Matching {

        private final ExperimentManifest declaration;
        private final Map<String, Map<String, Object>> configs = new LinkedHashMap<>();
        private final Map<String, Integer> configPosition = new HashMap<>();
        private final SeedPositions seedPosition;
        private final ConfigIds ids = new ConfigIds();

        Matching(ExperimentManifest declaration) {
            this.declaration = declaration;
            for (Map<String, Object> config : declaration.configurations()) {
                String configId = ConfigId.of(config);
                if (configs.putIfAbsent(configId, config) == null) {
                    configPosition.put(configId, configPosition.size());
                }
            }
            List<Long> seeds = declaration.seeds();
            seedPosition = new SeedPositions(seeds.size());
            for (int i = 0; i < seeds.size(); i++) {
                seedPosition.putIfAbsent(seeds.get(i), i);
            }
        }

        ExperimentTrials of(String id, TrialTable unique, StalePolicy policy, ConfirmationTrials confirmation) {
            int seeds = declaration.seeds().size();
            int[][] cells = new int[configs.size()][];
            Positions stalePositions = new Positions();
            Map<String, Object> lastConfig = null;
            Integer position = null;
            for (int i = 0; i < unique.size(); i++) {
                // the trials of a configuration follow each other, sharing its map: one look-up for all
                if (lastConfig == null || unique.config(i) != lastConfig) {
                    lastConfig = unique.config(i);
                    position = configPosition.get(ids.of(lastConfig));
                }
                int s = seedPosition.get(unique.seed(i));
                if (position == null || s < 0) {
                    stalePositions.add(i);
                } else {
                    if (cells[position] == null) {
                        cells[position] = new int[seeds];
                        Arrays.fill(cells[position], -1);
                    }
                    cells[position][s] = i;
                }
            }
            TrialTable staleTrials = select(unique, stalePositions);
            List<MissingTrial> missing = new ArrayList<>();
            List<Map<String, Object>> notRun = new ArrayList<>();
            Positions countedPositions = new Positions();
            int successful = 0;
            int c = 0;
            for (Map<String, Object> config : configs.values()) {
                for (int s = 0; s < seeds; s++) {
                    int result = cells[c] == null ? -1 : cells[c][s];
                    if (result < 0) {
                        missing.add(new MissingTrial(
                                c, config, s, declaration.seeds().get(s)));
                    } else {
                        countedPositions.add(result);
                        successful += unique.isSuccessful(result) ? 1 : 0;
                    }
                }
                if (cells[c] == null) {
                    notRun.add(config);
                }
                c++;
            }
            List<TrialResult> counted = select(unique, countedPositions);
            Coverage coverage = Coverage.declared(
                    configs.size() * seeds, successful, counted.size() - successful, staleTrials.size());
            Map<String, Map<String, Object>> shown = new LinkedHashMap<>(configs);
            Set<String> parameters =
                    new LinkedHashSet<>(declaration.parameters().keySet());
            configs.values().forEach(config -> parameters.addAll(config.keySet()));
            if (policy == StalePolicy.INCLUDE && !staleTrials.isEmpty()) {
                TrialSelection.configurationsInDeclaredOrder(staleTrials).forEach(shown::putIfAbsent);
                staleTrials.forEach(t -> parameters.addAll(t.config().keySet()));
                counted = inConfigurationOrder(counted, staleTrials, shown);
            }
            return new ExperimentTrials(
                    id,
                    declaration,
                    counted,
                    shown,
                    configs.keySet(),
                    parameters,
                    stale(staleTrials),
                    missing,
                    notRun,
                    coverage,
                    confirmation);
        }

        /** The stale trials by configuration, in order of first appearance. */
        private List<StaleConfiguration> stale(List<TrialResult> staleTrials) {
            Map<String, Map<String, Object>> config = new LinkedHashMap<>();
            Map<String, List<Long>> seeds = new HashMap<>();
            for (TrialResult t : staleTrials) {
                String configId = ids.of(t);
                config.putIfAbsent(configId, t.config());
                seeds.computeIfAbsent(configId, k -> new ArrayList<>()).add(t.seed());
            }
            List<StaleConfiguration> stale = new ArrayList<>();
            config.forEach((configId, values) ->
                    stale.add(new StaleConfiguration(values, configs.containsKey(configId), seeds.get(configId))));
            return stale;
        }

        /** The declared and the stale trials together, configuration by configuration in {@code order}. */
        private List<TrialResult> inConfigurationOrder(
                List<TrialResult> declared, List<TrialResult> staleTrials, Map<String, Map<String, Object>> order) {
            Map<String, List<TrialResult>> byConfig = new LinkedHashMap<>();
            order.keySet().forEach(configId -> byConfig.put(configId, new ArrayList<>()));
            declared.forEach(t -> byConfig.get(ids.of(t)).add(t));
            staleTrials.forEach(t -> byConfig.get(ids.of(t)).add(t));
            List<TrialResult> ordered = new ArrayList<>();
            byConfig.values().forEach(ordered::addAll);
            return ordered;
        }
    }

    /** The experiment id. */
    public String id() {
        return id;
    }

    /** The latest declaration, if one was recorded. */
    public Optional<ExperimentManifest> declaration() {
        return Optional.ofNullable(declaration);
    }

    /**
     * The trials that enter the statistics, one per configuration and seed (the latest result), in
     * configuration order: the declared ones (in declared seed order), and the stale ones under {@link
     * StalePolicy#INCLUDE}.
     */
    public List<TrialResult> counted() {
        return counted;
    }

    /**
     * The configurations by id, in order: the declared ones (also those without a result), then under
     * {@link StalePolicy#INCLUDE} the stale ones; without a declaration those with results.
     */
    public Map<String, Map<String, Object>> configurations() {
        return configurations;
    }

    /** The swept parameter names, in declaration order. */
    public List<String> parameters() {
        return parameters;
    }

    /** The metrics' goals: the declared ones, then those the counted trials recorded. */
    public Map<String, Goal> goals() {
        return goals;
    }

    /** The ranges declared with {@code @Metric(min, max)}, by metric name; empty without a declaration. */
    public Map<String, MetricBounds> bounds() {
        return declaration == null ? Map.of() : declaration.bounds();
    }

    /** How many seeds the declaration asks of the configuration with this id; 0 when it does not declare it. */
    public int declaredSeeds(String configId) {
        return declaredIds.contains(configId) ? declaration.seeds().size() : 0;
    }

    /** The stale trials grouped by configuration, in result order. */
    public List<StaleConfiguration> stale() {
        return stale;
    }

    /** The declared trials without a result, in declared order. */
    public List<MissingTrial> missing() {
        return missing;
    }

    /** The declared configurations without any result, in declared order. */
    public List<Map<String, Object>> notRun() {
        return notRun;
    }

    /** The coverage of the declaration (with {@code @Confirm}: of its tuning stage). */
    public Coverage coverage() {
        return coverage;
    }

    /**
     * The confirmation stage, when the latest declaration has {@code @Confirm}. Its trials are then apart
     * from every other part of this object, which describes the tuning stage: they are neither counted
     * nor stale there.
     */
    public Optional<ConfirmationTrials> confirmation() {
        return Optional.ofNullable(confirmation);
    }
}
