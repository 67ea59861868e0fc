package dev.cohort.runtime;

import dev.cohort.Goal;
import dev.cohort.results.ConfirmationDeclaration;
import dev.cohort.results.DesignRecord;
import dev.cohort.results.Expectation;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.MetricBounds;
import dev.cohort.results.TaskDeclaration;
import dev.cohort.results.TrialStage;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An experiment method read into an immutable model: its id, swept parameters, seeds and metric goals.
 * Made by {@link ExperimentReader}, which validates the declaration.
 */
public final class ExperimentDefinition {

    private final Class<?> testClass;
    private final Method method;
    private final String id;
    private final String description;
    private final List<SweptParameter> parameters;
    private final int trialParameterIndex;
    private final long[] seeds;
    private final Map<String, Goal> goals;
    private final Map<String, MetricBounds> bounds;
    private final List<Configuration> configurations;
    private final List<Expectation> expectations;
    private final Design design;
    private final DesignGenerator.Generated generated;
    private final Duration timeout;
    private final TaskDeclaration task;
    private final ConfirmationDeclaration confirmation;
    private final TrialStage stage;
    private final List<String> warnings;

    ExperimentDefinition(
            Class<?> testClass,
            Method method,
            String id,
            String description,
            List<SweptParameter> parameters,
            int trialParameterIndex,
            long[] seeds,
            Map<String, Goal> goals,
            Map<String, MetricBounds> bounds,
            List<Expectation> expectations,
            Design design,
            DesignGenerator.Generated generated,
            Duration timeout,
            TaskDeclaration task,
            ConfirmationDeclaration confirmation,
            List<String> warnings) {
        this.testClass = testClass;
        this.method = method;
        this.id = id;
        this.description = description;
        this.parameters = List.copyOf(parameters);
        this.trialParameterIndex = trialParameterIndex;
        this.seeds = seeds.clone();
        this.goals = Collections.unmodifiableMap(new LinkedHashMap<>(goals));
        this.bounds = Collections.unmodifiableMap(new LinkedHashMap<>(bounds));
        List<Configuration> made = new ArrayList<>();
        for (Map<String, Object> values : generated.configurations()) {
            made.add(new Configuration(made.size(), values));
        }
        this.configurations = List.copyOf(made);
        this.expectations = List.copyOf(expectations);
        this.design = design;
        this.generated = generated;
        this.timeout = timeout;
        this.task = task;
        this.confirmation = confirmation;
        this.stage = TrialStage.TUNING;
        this.warnings = List.copyOf(warnings);
    }

    private ExperimentDefinition(ExperimentDefinition tuning, long[] confirmationSeeds) {
        this.testClass = tuning.testClass;
        this.method = tuning.method;
        this.id = tuning.id;
        this.description = tuning.description;
        this.parameters = tuning.parameters;
        this.trialParameterIndex = tuning.trialParameterIndex;
        this.seeds = confirmationSeeds;
        this.goals = tuning.goals;
        this.bounds = tuning.bounds;
        this.configurations = tuning.configurations;
        this.expectations = tuning.expectations;
        this.design = tuning.design;
        this.generated = tuning.generated;
        this.timeout = tuning.timeout;
        this.task = tuning.task;
        this.confirmation = tuning.confirmation;
        this.stage = TrialStage.CONFIRMATION;
        this.warnings = tuning.warnings;
    }

    /** How the experiment confirms its winners on fresh seeds ({@code @Confirm}), if it does. */
    public Optional<ConfirmationDeclaration> confirmation() {
        return Optional.ofNullable(confirmation);
    }

    /**
     * The stage this definition runs: {@link TrialStage#TUNING} for the experiment as declared, {@link
     * TrialStage#CONFIRMATION} for its {@link #confirmationStage()}.
     */
    public TrialStage stage() {
        return stage;
    }

    /**
     * The experiment's confirmation stage: the same experiment whose {@linkplain #seed(int) seeds} are the
     * confirmation seeds and whose trials are stored with {@code "stage": "confirmation"}; it runs the
     * configurations selected from the tuning stage.
     *
     * @throws IllegalStateException when the experiment declares no {@code @Confirm}
     */
    public ExperimentDefinition confirmationStage() {
        if (confirmation == null) {
            throw new IllegalStateException(id + " declares no @Confirm, so it has no confirmation stage");
        }
        if (stage == TrialStage.CONFIRMATION) {
            return this;
        }
        return new ExperimentDefinition(
                this, confirmation.seeds().stream().mapToLong(Long::longValue).toArray());
    }

    /** The {@code @Task} parameter and how its scores are normalised, if the experiment declares one. */
    public Optional<TaskDeclaration> task() {
        return Optional.ofNullable(task);
    }

    /**
     * What the declaration does that is legal but likely not meant (for example a {@code @Task} with one
     * task), one sentence each naming class and method; the engine reports them as discovery warnings.
     */
    public List<String> warnings() {
        return warnings;
    }

    /** The limit {@code @Experiment(timeout)} declares on one trial's wall time, if any. */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** The class whose instance runs the experiment (the class it was discovered in). */
    public Class<?> testClass() {
        return testClass;
    }

    /** The experiment method. */
    public Method method() {
        return method;
    }

    /** The experiment id: {@code @Experiment(name)} or {@code <fully.qualified.Class>#<method>}. */
    public String id() {
        return id;
    }

    /** What the experiment asks; empty when not declared. */
    public String description() {
        return description;
    }

    /** The swept parameters in declaration order. */
    public List<SweptParameter> parameters() {
        return parameters;
    }

    /** The index of the {@link dev.cohort.Trial} parameter, or -1 when the method takes none. */
    public int trialParameterIndex() {
        return trialParameterIndex;
    }

    /** The number of seeds every configuration runs (in the confirmation stage: every selected one). */
    public int seedCount() {
        return seeds.length;
    }

    /** The seed at {@code index}, from 0. */
    public long seed(int index) {
        return seeds[index];
    }

    /** The position of {@code seed} among the seeds, if it is one of them. */
    public Optional<Integer> seedIndex(long seed) {
        for (int i = 0; i < seeds.length; i++) {
            if (seeds[i] == seed) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The declared metric directions by metric name. */
    public Map<String, Goal> goals() {
        return goals;
    }

    /** The ranges declared with {@code @Metric(min, max)}, by metric name: only metrics that declare one. */
    public Map<String, MetricBounds> bounds() {
        return bounds;
    }

    /** The {@code @Expect} declarations, in declaration order. */
    public List<Expectation> expectations() {
        return expectations;
    }

    /** How the configurations were chosen. */
    public Design design() {
        return design;
    }

    /** The design in one sentence, for example {@code full grid 2 x 3}, as the report states it. */
    public String designDescription() {
        return generated.description();
    }

    /**
     * The declaration as recorded next to the results, so goals can check expectations and progress
     * from the results directory alone.
     */
    public ExperimentManifest manifest(Instant recordedAt) {
        if (stage == TrialStage.CONFIRMATION) {
            throw new IllegalStateException("The manifest records the experiment as declared, not its confirmation");
        }
        Map<String, List<Object>> values = new LinkedHashMap<>();
        for (SweptParameter p : parameters) {
            values.put(
                    p.name(),
                    design.drawsFromRanges() && p.isRange()
                            ? configurations.stream()
                                    .map(c -> c.values().get(p.name()))
                                    .distinct()
                                    .toList()
                            : p.values());
        }
        List<Long> seedList = new ArrayList<>();
        for (long seed : seeds) {
            seedList.add(seed);
        }
        return new ExperimentManifest(
                id,
                description,
                testClass.getName(),
                method.getName(),
                values,
                configurations.stream().map(Configuration::values).toList(),
                seedList,
                goals,
                expectations,
                recordedAt.toString(),
                designRecord(),
                task,
                confirmation,
                bounds);
    }

    private DesignRecord designRecord() {
        boolean drawn = design.kind() != Design.Kind.GRID;
        Map<String, DesignRecord.Range> ranges = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (SweptParameter p : parameters) {
            if (p.isRange()) {
                SweepRange r = p.range();
                ranges.put(
                        p.name(),
                        new DesignRecord.Range(
                                r.from(),
                                r.to(),
                                r.steps() > 0 ? r.steps() : null,
                                r.scale().name()));
            }
            if (p.source() != null) {
                sources.put(p.name(), p.source());
            }
        }
        return new DesignRecord(
                design.kind().name(),
                generated.description(),
                drawn ? design.n() : null,
                drawn ? design.seed() : null,
                design.kind() == Design.Kind.SAMPLE ? design.continuous() : null,
                generated.gridSize(),
                design.zips(),
                design.valid(),
                ranges,
                sources);
    }

    /**
     * The configurations the design chose, in run order: by default the cartesian product of the swept
     * values, in declaration order.
     */
    public List<Configuration> configurations() {
        return configurations;
    }

    /** The configuration with the given {@linkplain Configuration#id() id}, if there is one. */
    public Optional<Configuration> configuration(String configId) {
        return configurations.stream().filter(c -> c.id().equals(configId)).findFirst();
    }

    /** The arguments to invoke the method with for {@code configuration}, with {@code trial} in its place. */
    public Object[] arguments(Configuration configuration, Object trial) {
        Object[] arguments = new Object[method.getParameterCount()];
        for (SweptParameter parameter : parameters) {
            arguments[parameter.index()] =
                    parameter.argument(configuration.values().get(parameter.name()));
        }
        if (trialParameterIndex >= 0) {
            arguments[trialParameterIndex] = trial;
        }
        return arguments;
    }

    @Override
    public String toString() {
        return id;
    }
}
