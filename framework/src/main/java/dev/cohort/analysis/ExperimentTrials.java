package dev.cohort.analysis;

import dev.cohort.Goal;
import dev.cohort.results.ConfigId;
import dev.cohort.results.ConfigIds;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.TrialResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * TrialSelection#configurationsInDeclaredOrder}.
 */
public final class ExperimentTrials {

    private final String id;
    private final ExperimentManifest declaration;
    private final List<TrialResult> counted;
    private final Map<String, Map<String, Object>> configurations;
    private final List<String> parameters;
    private final Map<String, Goal> goals;
    private final Map<String, Integer> declaredSeeds;
    private final List<StaleConfiguration> stale;
    private final List<MissingTrial> missing;
    private final List<Map<String, Object>> notRun;
    private final Coverage coverage;

    private ExperimentTrials(String id, List<TrialResult> trials, ExperimentManifest declaration, StalePolicy policy) {
        this.id = id;
        this.declaration = declaration;
        List<TrialResult> unique = TrialSelection.deduplicate(trials);
        Map<String, Map<String, Object>> configs = new LinkedHashMap<>();
        Set<String> parameterNames = new LinkedHashSet<>();
        Map<String, Goal> goalsByMetric = new LinkedHashMap<>();
        Map<String, Integer> seedCounts = new HashMap<>();
        List<TrialResult> kept = new ArrayList<>();
        List<StaleConfiguration> staleConfigs = new ArrayList<>();
        List<MissingTrial> missingTrials = new ArrayList<>();
        List<Map<String, Object>> withoutResult = new ArrayList<>();
        if (declaration == null) {
            configs.putAll(TrialSelection.configurationsInDeclaredOrder(trials));
            unique.forEach(t -> parameterNames.addAll(t.config().keySet()));
            kept.addAll(unique);
            int successful =
                    (int) unique.stream().filter(TrialResult::isSuccessful).count();
            this.coverage = Coverage.undeclared(successful, unique.size() - successful);
        } else {
            declaration.configurations().forEach(c -> configs.putIfAbsent(ConfigId.of(c), c));
            parameterNames.addAll(declaration.parameters().keySet());
            declaration.configurations().forEach(c -> parameterNames.addAll(c.keySet()));
            goalsByMetric.putAll(declaration.goals());
            Set<Long> seeds = new HashSet<>(declaration.seeds());
            ConfigIds ids = new ConfigIds();
            Map<String, TrialResult> byTrial = new HashMap<>();
            Map<String, Map<String, Object>> staleConfigsById = new LinkedHashMap<>();
            Map<String, List<Long>> staleSeeds = new LinkedHashMap<>();
            List<TrialResult> staleTrials = new ArrayList<>();
            for (TrialResult t : unique) {
                String configId = ids.of(t);
                if (configs.containsKey(configId) && seeds.contains(t.seed())) {
                    kept.add(t);
                    byTrial.put(key(configId, t.seed()), t);
                } else {
                    staleTrials.add(t);
                    staleConfigsById.putIfAbsent(configId, t.config());
                    staleSeeds.computeIfAbsent(configId, k -> new ArrayList<>()).add(t.seed());
                }
            }
            staleSeeds.forEach((configId, list) -> staleConfigs.add(
                    new StaleConfiguration(staleConfigsById.get(configId), configs.containsKey(configId), list)));
            int successful = 0;
            int failed = 0;
            int c = 0;
            for (Map.Entry<String, Map<String, Object>> config : configs.entrySet()) {
                seedCounts.put(config.getKey(), declaration.seeds().size());
                int results = 0;
                for (int i = 0; i < declaration.seeds().size(); i++) {
                    long seed = declaration.seeds().get(i);
                    TrialResult result = byTrial.get(key(config.getKey(), seed));
                    if (result == null) {
                        missingTrials.add(new MissingTrial(c, config.getValue(), i, seed));
                    } else {
                        results++;
                        if (result.isSuccessful()) {
                            successful++;
                        } else {
                            failed++;
                        }
                    }
                }
                if (results == 0) {
                    withoutResult.add(config.getValue());
                }
                c++;
            }
            this.coverage = Coverage.declared(
                    configs.size() * declaration.seeds().size(), successful, failed, staleTrials.size());
            if (policy == StalePolicy.INCLUDE && !staleTrials.isEmpty()) {
                kept.addAll(staleTrials);
                TrialSelection.configurationsInDeclaredOrder(staleTrials).forEach(configs::putIfAbsent);
                staleTrials.forEach(t -> parameterNames.addAll(t.config().keySet()));
            }
            kept = inConfigurationOrder(kept, configs, ids);
        }
        for (TrialResult t : kept) {
            t.goals().forEach((metric, goal) -> {
                if (goal != null) {
                    goalsByMetric.putIfAbsent(metric, goal);
                }
            });
        }
        this.counted = List.copyOf(kept);
        this.configurations = Collections.unmodifiableMap(configs);
        this.parameters = List.copyOf(parameterNames);
        this.goals = Collections.unmodifiableMap(goalsByMetric);
        this.declaredSeeds = Map.copyOf(seedCounts);
        this.stale = List.copyOf(staleConfigs);
        this.missing = List.copyOf(missingTrials);
        this.notRun = List.copyOf(withoutResult);
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
        return new ExperimentTrials(id, experimentTrials, declaration, policy);
    }

    /**
     * Every experiment that has results or a declaration, sorted by id, each measured against its
     * declaration in {@code declarations} (at most one per experiment id).
     *
     * @throws IllegalArgumentException when two declarations name the same experiment
     */
    public static List<ExperimentTrials> of(
            List<TrialResult> trials, List<ExperimentManifest> declarations, StalePolicy policy) {
        Map<String, List<TrialResult>> byExperiment = new TreeMap<>();
        for (TrialResult trial : trials) {
            if (trial != null && trial.experiment() != null) {
                byExperiment
                        .computeIfAbsent(trial.experiment(), k -> new ArrayList<>())
                        .add(trial);
            }
        }
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

    private static List<TrialResult> inConfigurationOrder(
            List<TrialResult> trials, Map<String, Map<String, Object>> configs, ConfigIds ids) {
        Map<String, List<TrialResult>> byConfig = new LinkedHashMap<>();
        configs.keySet().forEach(c -> byConfig.put(c, new ArrayList<>()));
        trials.forEach(t -> byConfig.get(ids.of(t)).add(t));
        List<TrialResult> ordered = new ArrayList<>();
        byConfig.values().forEach(ordered::addAll);
        return ordered;
    }

    private static String key(String configId, long seed) {
        return configId + "\u0000" + seed;
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
     * configuration order: the declared ones, and the stale ones under {@link StalePolicy#INCLUDE}.
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

    /** How many seeds the declaration asks of the configuration with this id; 0 when it asks none. */
    public int declaredSeeds(String configId) {
        return declaredSeeds.getOrDefault(configId, 0);
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

    /** The coverage of the declaration. */
    public Coverage coverage() {
        return coverage;
    }
}
