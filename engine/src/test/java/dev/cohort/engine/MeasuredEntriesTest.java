package dev.cohort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.cohort.engine.fixtures.FailingExperiments;
import dev.cohort.engine.fixtures.SweepExperiments;
import dev.cohort.results.ReadableNumbers;
import dev.cohort.results.TrialResult;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/** Trials and experiments publish what they measured as report entries, which IDEs show next to them. */
class MeasuredEntriesTest {

    @TempDir
    Path results;

    @Test
    void everyTrialPublishesItsMetricsAsReadableNumbers() {
        List<Event> entries = entries(EngineRuns.execute(results, selectClass(SweepExperiments.class)));

        Map<String, TrialResult> stored = EngineRuns.trials(results).stream()
                .collect(Collectors.toMap(t -> "[config:" + t.configId() + "]/[seed:" + t.seed() + "]", t -> t));
        List<Event> ofTrials = entries.stream()
                .filter(e -> e.getTestDescriptor().getType() == TestDescriptor.Type.TEST)
                .toList();
        assertThat(ofTrials).hasSize(24).allSatisfy(event -> {
            String id = event.getTestDescriptor().getUniqueId().toString();
            TrialResult trial = stored.get(id.substring(id.indexOf("[config:")));
            assertThat(payload(event))
                    .containsExactly(Map.entry(
                            "final_error",
                            ReadableNumbers.parameter(trial.metrics().get("final_error"))));
        });
    }

    @Test
    void theExperimentPublishesItsBestConfigurationAndItsMeanOverTheTrialsOfThisRun() {
        List<Event> entries = entries(EngineRuns.execute(results, selectClass(SweepExperiments.class)));

        Map<String, Double> means = EngineRuns.trials(results).stream()
                .collect(Collectors.groupingBy(
                        TrialResult::configId,
                        Collectors.averagingDouble(t -> t.metrics().get("final_error"))));
        Map.Entry<String, Double> best = means.entrySet().stream()
                .min(Comparator.comparingDouble(Map.Entry::getValue))
                .orElseThrow();
        assertThat(best.getKey()).startsWith("alpha=0.01, algorithm=LMS");
        List<Event> ofExperiment = entries.stream()
                .filter(e -> e.getTestDescriptor() instanceof ExperimentDescriptor)
                .toList();
        assertThat(ofExperiment)
                .singleElement()
                .satisfies(event -> assertThat(payload(event))
                        .containsExactly(Map.entry(
                                "final_error",
                                "best " + best.getKey() + ": mean " + ReadableNumbers.parameter(best.getValue())
                                        + " over 4 trials")));
    }

    @Test
    void theExperimentsSummaryIsPublishedBeforeItFinishes() {
        var events = EngineRuns.execute(results, selectClass(SweepExperiments.class))
                .allEvents()
                .list();
        int published = indexOf(events, EventType.REPORTING_ENTRY_PUBLISHED);
        int finished = indexOf(events, EventType.FINISHED);
        assertThat(published).isLessThan(finished);
    }

    @Test
    void aFailedTrialPublishesItsCause() {
        List<Event> entries = entries(EngineRuns.execute(results, selectClass(FailingExperiments.class)));

        assertThat(entries)
                .filteredOn(e -> e.getTestDescriptor().getDisplayName().startsWith("seed #1"))
                .extracting(MeasuredEntriesTest::payload)
                .anySatisfy(payload ->
                        assertThat(payload).containsEntry("failure", "IllegalStateException: diverged at mode 2"));
    }

    /** The index of the first event of {@code type} about the experiment. */
    private static int indexOf(List<Event> events, EventType type) {
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            if (event.getType() == type && event.getTestDescriptor() instanceof ExperimentDescriptor) {
                return i;
            }
        }
        throw new AssertionError("No " + type + " event of the experiment in " + events);
    }

    private static List<Event> entries(org.junit.platform.testkit.engine.EngineExecutionResults run) {
        return run.allEvents().reportingEntryPublished().list();
    }

    private static Map<String, String> payload(Event event) {
        return event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs();
    }
}
