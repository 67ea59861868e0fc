package dev.cohort.analysis;

import dev.cohort.results.ConfigIds;
import dev.cohort.results.ConfirmationDeclaration;
import dev.cohort.results.ConfirmationSelection;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.SelectedConfiguration;
import dev.cohort.results.TrialResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The confirmation stage of one experiment with {@code @Confirm}, measured against what it should hold:
 * the configurations the tuning stage selects now ({@link ConfirmationSelection}, the rule the engine ran
 * them by) on the recorded confirmation seeds. Which confirmation trials count, which are stale and which
 * are missing is decided here, for the analysis ({@link ConfirmationAnalyzer}) and the query API alike.
 *
 * <p>A confirmation trial of a configuration the selection no longer gives (the tuning results changed
 * after it ran), or of a seed that is no longer a confirmation seed, is stale: listed, counted in the
 * coverage, never analysed. The confirmation stage is always measured against the current selection,
 * whatever {@link StalePolicy} the tuning stage uses: a trial of another configuration would compare a
 * configuration that was not chosen. Immutable.
 */
public final class ConfirmationTrials {

    private final ConfirmationDeclaration declaration;
    private final ConfirmationSelection selection;
    private final Map<String, Map<String, Object>> configurations;
    private final List<TrialResult> counted;
    private final List<StaleConfiguration> stale;
    private final List<MissingTrial> missing;
    private final List<Map<String, Object>> notRun;
    private final Coverage coverage;

    private ConfirmationTrials(
            ConfirmationDeclaration declaration,
            ConfirmationSelection selection,
            Map<String, Map<String, Object>> configurations,
            List<TrialResult> counted,
            List<StaleConfiguration> stale,
            List<MissingTrial> missing,
            List<Map<String, Object>> notRun,
            Coverage coverage) {
        this.declaration = declaration;
        this.selection = selection;
        this.configurations = Collections.unmodifiableMap(new LinkedHashMap<>(configurations));
        this.counted = List.copyOf(counted);
        this.stale = List.copyOf(stale);
        this.missing = List.copyOf(missing);
        this.notRun = List.copyOf(notRun);
        this.coverage = coverage;
    }

    /**
     * The confirmation stage of the experiment {@code manifest} declares.
     *
     * @param manifest the experiment's latest declaration, with a {@code confirmation}
     * @param tuning the experiment's tuning trials, from which the selection is made
     * @param confirmation the experiment's confirmation trials, one per configuration and seed (the
     *     latest result, {@link TrialSelection#deduplicate})
     * @throws IllegalArgumentException when the declaration has no confirmation stage
     */
    static ConfirmationTrials of(
            ExperimentManifest manifest, List<TrialResult> tuning, List<TrialResult> confirmation) {
        ConfirmationDeclaration declaration = manifest.confirmation();
        if (declaration == null) {
            throw new IllegalArgumentException(manifest.experiment() + " declares no @Confirm");
        }
        ConfirmationSelection selection =
                ConfirmationSelection.select(declaration, manifest.configurations(), manifest.seeds(), tuning);
        List<SelectedConfiguration> selected = selection.selected();
        Map<String, Integer> configPosition = new HashMap<>();
        Map<String, Map<String, Object>> configurations = new LinkedHashMap<>();
        for (SelectedConfiguration s : selected) {
            configPosition.put(s.configId(), configPosition.size());
            configurations.put(s.configId(), s.config());
        }
        List<Long> seeds = declaration.seeds();
        Map<Long, Integer> seedPosition = new HashMap<>();
        for (int i = 0; i < seeds.size(); i++) {
            seedPosition.putIfAbsent(seeds.get(i), i);
        }
        ConfigIds ids = new ConfigIds();
        TrialResult[][] cells = new TrialResult[selected.size()][seeds.size()];
        Map<String, Map<String, Object>> staleConfig = new LinkedHashMap<>();
        Map<String, List<Long>> staleSeeds = new HashMap<>();
        for (TrialResult t : confirmation) {
            String configId = ids.of(t);
            Integer c = configPosition.get(configId);
            Integer s = seedPosition.get(t.seed());
            if (c == null || s == null) {
                staleConfig.putIfAbsent(configId, t.config());
                staleSeeds.computeIfAbsent(configId, k -> new ArrayList<>()).add(t.seed());
            } else {
                cells[c][s] = t;
            }
        }
        List<TrialResult> counted = new ArrayList<>();
        List<MissingTrial> missing = new ArrayList<>();
        List<Map<String, Object>> notRun = new ArrayList<>();
        int successful = 0;
        for (int c = 0; c < selected.size(); c++) {
            SelectedConfiguration s = selected.get(c);
            boolean ran = false;
            for (int i = 0; i < seeds.size(); i++) {
                TrialResult result = cells[c][i];
                if (result == null) {
                    missing.add(new MissingTrial(s.configIndex(), s.config(), i, seeds.get(i)));
                } else {
                    ran = true;
                    counted.add(result);
                    successful += result.isSuccessful() ? 1 : 0;
                }
            }
            if (!ran) {
                notRun.add(s.config());
            }
        }
        List<StaleConfiguration> stale = new ArrayList<>();
        int staleTrials = 0;
        for (Map.Entry<String, Map<String, Object>> e : staleConfig.entrySet()) {
            List<Long> staleOf = staleSeeds.get(e.getKey());
            stale.add(new StaleConfiguration(e.getValue(), configPosition.containsKey(e.getKey()), staleOf));
            staleTrials += staleOf.size();
        }
        Coverage coverage =
                Coverage.declared(selected.size() * seeds.size(), successful, counted.size() - successful, staleTrials);
        return new ConfirmationTrials(
                declaration, selection, configurations, counted, stale, missing, notRun, coverage);
    }

    /** The experiment's {@code @Confirm}: per, metric, goal and the confirmation seeds. */
    public ConfirmationDeclaration declaration() {
        return declaration;
    }

    /** The configurations the tuning stage selects, with their tuning means. */
    public ConfirmationSelection selection() {
        return selection;
    }

    /** The selected configurations by id, in the order of {@link ConfirmationSelection#selected()}. */
    public Map<String, Map<String, Object>> configurations() {
        return configurations;
    }

    /**
     * The confirmation trials that enter the statistics: one per selected configuration and confirmation
     * seed (the latest result), configuration by configuration in selection order, seeds in declared order.
     */
    public List<TrialResult> counted() {
        return counted;
    }

    /**
     * The confirmation trials outside the selected configurations x confirmation seeds, by configuration:
     * {@link StaleConfiguration#declared()} says whether the configuration is still selected (then only
     * its seeds are stale).
     */
    public List<StaleConfiguration> stale() {
        return stale;
    }

    /** The confirmation trials of selected configurations without a result, in selection and seed order. */
    public List<MissingTrial> missing() {
        return missing;
    }

    /** The selected configurations without any confirmation result, in selection order. */
    public List<Map<String, Object>> notRun() {
        return notRun;
    }

    /** Declared (selected x confirmation seeds), successful, failed, missing and stale confirmation trials. */
    public Coverage coverage() {
        return coverage;
    }
}
