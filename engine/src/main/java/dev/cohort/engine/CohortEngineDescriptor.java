package dev.cohort.engine;

import dev.cohort.runtime.CompletedTrials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        List<TestDescriptor> descendants = descendants();
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

    /**
     * Every descendant, each parent before its children and siblings in order (the order {@link
     * #getDescendants()} gives each kind of descendant in), in a list: the tree of a large study holds a
     * trial per seed, which a set built level by level would hash once per level.
     */
    private List<TestDescriptor> descendants() {
        List<TestDescriptor> descendants = new ArrayList<>();
        Deque<Iterator<? extends TestDescriptor>> path = new ArrayDeque<>();
        path.push(getChildren().iterator());
        while (!path.isEmpty()) {
            Iterator<? extends TestDescriptor> siblings = path.peek();
            if (!siblings.hasNext()) {
                path.pop();
                continue;
            }
            TestDescriptor next = siblings.next();
            descendants.add(next);
            if (!next.getChildren().isEmpty()) {
                path.push(next.getChildren().iterator());
            }
        }
        return descendants;
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
