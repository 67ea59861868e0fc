package dev.cohort.engine;

import dev.cohort.results.ConfirmationDeclaration;
import dev.cohort.results.ConfirmationSelection;
import dev.cohort.results.SelectedConfiguration;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStage;
import dev.cohort.results.store.JsonLinesResultReader;
import dev.cohort.results.store.StoredConfig;
import dev.cohort.runtime.Configuration;
import dev.cohort.runtime.ExperimentDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;

/**
 * What the confirmation stage of one experiment with {@code @Confirm} runs, decided when its tuning
 * trials in this execution have ended: the configurations {@link ConfirmationSelection} selects from
 * every stored tuning result of the experiment (this run's and earlier runs' and shards'), each on the
 * confirmation seeds, as {@link ConfirmationTrialDescriptor}s; or, when the tuning stage is incomplete
 * or a group has nothing to select, a failing {@link ConfirmationBlockedDescriptor} saying so.
 *
 * <p>Whether it runs: never with {@value CohortConfiguration#STAGE}{@code =tuning}; always with {@code
 * confirmation} (which runs no tuning trial, {@link StageFilter}); by default only when the execution
 * holds the experiment's whole tuning stage, so a shard, or one trial or configuration re-run from an
 * IDE, does not start it; when confirmation trials or configurations are selected by unique id ({@link
 * ConfirmationSelectorResolver}), only those run.
 */
final class ConfirmationStage {

    private ConfirmationStage() {}

    /** Whether the experiment's confirmation stage runs in this execution once its tuning trials ended. */
    static boolean runs(ExperimentDescriptor experiment, CohortConfiguration configuration) {
        if (experiment.definition().confirmation().isEmpty() || configuration.stage() == TrialStage.TUNING) {
            return false;
        }
        return configuration.stage() == TrialStage.CONFIRMATION
                || !experiment.selectedConfirmations().isEmpty()
                || holdsWholeTuningStage(experiment, configuration);
    }

    /** Whether the execution runs every tuning trial of the experiment (skipped ones count). */
    private static boolean holdsWholeTuningStage(ExperimentDescriptor experiment, CohortConfiguration configuration) {
        ExperimentDefinition definition = experiment.definition();
        long tuningTrials = experiment.getDescendants().stream()
                .filter(d -> d instanceof TrialDescriptor && !(d instanceof ConfirmationTrialDescriptor))
                .count();
        return configuration.shard().isWhole()
                && tuningTrials == (long) definition.configurations().size() * definition.seedCount();
    }

    /**
     * The tests of the experiment's confirmation stage, each ready to run: crashes of earlier runs
     * recorded, counted in the progress.
     */
    static List<TestDescriptor> plan(ExperimentDescriptor experiment, CohortExecutionContext context) {
        ExperimentDefinition definition = experiment.definition();
        ConfirmationDeclaration declaration = definition.confirmation().orElseThrow();
        Path results = context.configuration().resultsDirectory();
        ConfirmationSelection selection = select(definition, declaration, stored(results, definition.id()));
        List<TestDescriptor> tests = new ArrayList<>();
        if (!selection.tuningComplete()) {
            int missing = selection.declaredTuningTrials() - selection.storedTuningTrials();
            tests.add(new ConfirmationBlockedDescriptor(
                    experiment.getUniqueId(),
                    definition,
                    definition.id() + " @Confirm: " + missing + " of the " + selection.declaredTuningTrials()
                            + " tuning trials have no stored result in " + results + ", so no configuration is"
                            + " confirmed yet (failed tuning trials count as stored; missing ones could change"
                            + " the selection). Run the whole tuning stage first; with " + CohortConfiguration.SHARD
                            + ", run " + CohortConfiguration.STAGE + "=confirmation after all tuning shards ended."));
            return tests;
        }
        if (!selection.groupsWithoutCandidate().isEmpty()) {
            tests.add(new ConfirmationBlockedDescriptor(
                    experiment.getUniqueId(),
                    definition,
                    definition.id() + " @Confirm: no configuration of " + selection.groupsWithoutCandidate()
                            + " has a successful tuning trial with a finite " + declaration.metric()
                            + ", so nothing of "
                            + (selection.groupsWithoutCandidate().size() == 1 ? "it" : "them")
                            + " is confirmed; the tuning failures say why"));
        }
        ExperimentDefinition confirmation = definition.confirmationStage();
        Set<UniqueId> chosen = experiment.selectedConfirmations();
        boolean whole = chosen.isEmpty() || holdsWholeTuningStage(experiment, context.configuration());
        int trials = 0;
        int skipped = 0;
        int crashed = 0;
        for (SelectedConfiguration selected : selection.selected()) {
            Configuration configuration = definition.configurations().get(selected.configIndex());
            for (int i = 0; i < confirmation.seedCount(); i++) {
                ConfirmationTrialDescriptor trial =
                        new ConfirmationTrialDescriptor(experiment.getUniqueId(), confirmation, configuration, i);
                if (!whole && chosen.stream().noneMatch(trial.getUniqueId()::hasPrefix)) {
                    continue;
                }
                crashed += trial.recordCrashes(context.resumption(), context.store());
                trials++;
                if (trial.skipReason(context.resumption()).isPresent()) {
                    skipped++;
                }
                tests.add(trial);
            }
        }
        context.progress().expect(trials - skipped);
        if (context.configuration().progress()) {
            announce(definition, declaration, selection, context.configuration(), trials, skipped, crashed);
        }
        return tests;
    }

    private static ConfirmationSelection select(
            ExperimentDefinition definition, ConfirmationDeclaration declaration, List<TrialResult> stored) {
        List<Map<String, Object>> configurations = definition.configurations().stream()
                .map(c -> StoredConfig.values(c.values()))
                .toList();
        List<Long> seeds = new ArrayList<>();
        for (int i = 0; i < definition.seedCount(); i++) {
            seeds.add(definition.seed(i));
        }
        return ConfirmationSelection.select(declaration, configurations, seeds, stored);
    }

    /** The experiment's stored trials; lines that cannot be read are left to the report to name. */
    private static List<TrialResult> stored(Path results, String experimentId) {
        try {
            return JsonLinesResultReader.read(results).trials().stream()
                    .filter(t -> t.experiment().equals(experimentId))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot read the stored tuning trials of " + experimentId + " in " + results
                            + " to select the configurations to confirm: " + e.getMessage(),
                    e);
        }
    }

    private static void announce(
            ExperimentDefinition definition,
            ConfirmationDeclaration declaration,
            ConfirmationSelection selection,
            CohortConfiguration configuration,
            int trials,
            int skipped,
            int crashed) {
        String chosen = selection.selected().stream()
                .map(s -> s.configId() + " (mean " + declaration.metric() + " "
                        + String.format(Locale.ROOT, "%.4g", s.tuningMean()) + " over " + s.tuningSeeds()
                        + " tuning seeds)")
                .collect(Collectors.joining("; "));
        Progress.announce("confirmation of " + definition.id() + ": selected "
                + (chosen.isEmpty() ? "nothing" : chosen) + "; " + trials + " trials on "
                + declaration.seeds().size() + " fresh seeds"
                + (configuration.readsStoredTrials()
                        ? ", skipping " + skipped + " already stored, running " + (trials - skipped)
                        : ""));
        if (crashed > 0) {
            Progress.announce("recorded " + crashed + " confirmation trials of " + definition.id()
                    + " as CRASHED: they were running when an earlier run's JVM ended");
        }
    }
}
