package dev.cohort.engine;

import dev.cohort.runtime.CompletedTrials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * The root of the tree. Carries the configuration read at discovery, and owns the run: before the first
 * trial it records the declaration of every experiment about to run next to the results (the manifests
 * that {@code cohort:check} and {@code cohort:status} read), reads the stored trials once when resuming
 * ({@link Resumption}), opens the results store, starts the progress lines and chooses where trials run
 * ({@link TrialExecutor}); when every trial ended it closes all three. The counts it announces are of the
 * tuning trials; each confirmation stage announces its own when it starts ({@link ConfirmationStage}).
 */
final class CohortEngineDescriptor extends EngineDescriptor implements Node<CohortExecutionContext> {

    private final CohortConfiguration configuration;
    private String shardSummary = "";

    CohortEngineDescriptor(UniqueId uniqueId, CohortConfiguration configuration) {
        super(uniqueId, "Cohort");
        this.configuration = configuration;
    }

    CohortConfiguration configuration() {
        return configuration;
    }

    /** Remembers what {@link ShardFilter} kept, announced when the run starts. */
    void sharded(String summary) {
        shardSummary = summary;
    }

    @Override
    public CohortExecutionContext before(CohortExecutionContext context) {
        RunStore store = new RunStore(configuration.resultsDirectory(), configuration.shard());
        Set<? extends TestDescriptor> descendants = getDescendants();
        boolean confirms = descendants.stream()
                .anyMatch(d -> d instanceof ExperimentDescriptor e
                        && e.definition().confirmation().isPresent()
                        && ConfirmationStage.runs(e, configuration));
        boolean anyTrial = confirms || descendants.stream().anyMatch(TrialDescriptor.class::isInstance);
        Resumption resumption = anyTrial ? resumption() : Resumption.runAll();
        Map<String, ExperimentDescriptor> experiments = new LinkedHashMap<>();
        int trials = 0;
        int skipped = 0;
        int crashed = 0;
        for (TestDescriptor descendant : descendants) {
            if (descendant instanceof ExperimentDescriptor experiment) {
                experiments.putIfAbsent(experiment.definition().id(), experiment);
            } else if (descendant instanceof TrialDescriptor trial) {
                trials++;
                crashed += trial.recordCrashes(resumption, store);
                if (trial.skipReason(resumption).isPresent()) {
                    skipped++;
                }
            }
        }
        Instant now = Instant.now();
        experiments.values().forEach(e -> store.declare(e.definition().manifest(now)));
        if (anyTrial && !shardSummary.isEmpty() && configuration.progress()) {
            Progress.announce(shardSummary);
        }
        if (anyTrial && configuration.readsStoredTrials() && configuration.progress()) {
            announce(resumption, trials, skipped);
            if (crashed > 0) {
                Progress.announce("recorded " + crashed + " trials as CRASHED: they were running when an earlier"
                        + " run's JVM ended (their starts are journaled, no result followed)");
            }
        }
        return context.withRun(
                        store, Progress.start(configuration, trials - skipped, confirms, store.failure()), resumption)
                .withExecutor(TrialExecutor.of(configuration));
    }

    /** The stored trials, read once for the whole execution, when resuming or re-running failed trials. */
    private Resumption resumption() {
        if (!configuration.readsStoredTrials()) {
            return Resumption.runAll();
        }
        try {
            return new Resumption(
                    configuration.resume(),
                    configuration.rerun(),
                    CompletedTrials.read(configuration.resultsDirectory()));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot read the stored trials to resume from in " + configuration.resultsDirectory() + ": "
                            + e.getMessage(),
                    e);
        }
    }

    private void announce(Resumption resumption, int trials, int skipped) {
        if (trials > 0) {
            Progress.announce("skipping " + skipped + " of " + trials + " trials already stored in "
                    + configuration.resultsDirectory() + " ("
                    + resumption.completed().size() + " trials read), running "
                    + (trials - skipped));
        }
        resumption.completed().problems().forEach(problem -> Progress.announce("ignored " + problem));
    }

    @Override
    public void after(CohortExecutionContext context) throws Exception {
        try {
            context.store().close();
        } finally {
            try {
                context.executor().close();
            } finally {
                context.progress().close();
            }
        }
    }
}
