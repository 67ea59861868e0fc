package dev.cohort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.cohort.engine.fixtures.FailingExperiments;
import dev.cohort.engine.fixtures.SweepExperiments;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/** {@code cohort.resume} and {@code cohort.rerun}: runs that pick up where stored results left off. */
class ResumeTest {

    private static final String SWEEP = "[engine:cohort]/[class:dev.cohort.engine.fixtures.SweepExperiments]"
            + "/[experiment:tracking(double,dev.cohort.engine.fixtures.SweepExperiments$Algorithm,dev.cohort.Trial)]";

    @TempDir
    Path results;

    @Test
    void resumeSkipsTrialsStoredAsSuccessfulNamingTheFileAndRunsTheOthersAgain() {
        EngineRuns.execute(results, selectClass(FailingExperiments.class));
        String firstFile = onlyResultsFile();

        EngineExecutionResults resumed = EngineRuns.engine(results)
                .configurationParameter(CohortConfiguration.RESUME, "true")
                .selectors(selectClass(FailingExperiments.class))
                .execute();

        resumed.testEvents()
                .assertStatistics(stats -> stats.skipped(2).started(2).failed(1).aborted(1));
        assertThat(resumed.testEvents().skipped().stream().map(ResumeTest::skipReason))
                .containsOnly("already done in " + firstFile + " (cohort.resume=true)");
        assertThat(EngineRuns.trials(results).stream().filter(TrialResult::isSuccessful))
                .as("one successful result per trial")
                .hasSize(2)
                .extracting(t -> t.configId() + "/" + t.seed())
                .doesNotHaveDuplicates();
    }

    @Test
    void rerunFailedRunsOnlyTheTrialsWhoseLatestResultFailed() {
        EngineRuns.execute(results, selectClass(FailingExperiments.class));

        EngineExecutionResults rerun = EngineRuns.engine(results)
                .configurationParameter(CohortConfiguration.RERUN, "failed")
                .selectors(selectClass(FailingExperiments.class))
                .execute();

        rerun.testEvents().assertStatistics(stats -> stats.skipped(3).started(1).failed(1));
        assertThat(rerun.testEvents().skipped().stream().map(ResumeTest::skipReason))
                .allSatisfy(reason -> assertThat(reason)
                        .matches("(already done|aborted) in run-.*\\.jsonl \\(cohort.rerun=failed runs only failed"
                                + " trials\\)"));
        assertThat(EngineRuns.trials(results).stream().filter(t -> t.status() == TrialStatus.FAILED))
                .hasSize(2)
                .extracting(t -> t.configId() + "/" + t.seedIndex())
                .containsOnly("mode=2/1");
    }

    @Test
    void rerunFailedSkipsTrialsThatNeverRan() {
        EngineExecutionResults rerun = EngineRuns.engine(results)
                .configurationParameter(CohortConfiguration.RERUN, "failed")
                .selectors(selectClass(FailingExperiments.class))
                .execute();

        rerun.testEvents().assertStatistics(stats -> stats.skipped(4).started(0));
        assertThat(rerun.testEvents().skipped().stream().map(ResumeTest::skipReason))
                .containsOnly("not run before (cohort.rerun=failed runs only failed trials)");
    }

    @Test
    void aResumedPartialRunEndsWithTheSameTrialsAsAFullRun(@TempDir Path full) {
        EngineRuns.execute(full, selectClass(SweepExperiments.class));
        EngineRuns.execute(results, selectUniqueId(SWEEP + "/[config:alpha=0.1, algorithm=IDBD]"));

        EngineExecutionResults resumed = EngineRuns.engine(results)
                .configurationParameter(CohortConfiguration.RESUME, "true")
                .selectors(selectClass(SweepExperiments.class))
                .execute();

        resumed.testEvents()
                .assertStatistics(stats -> stats.skipped(4).started(20).succeeded(20));
        List<TrialResult> trials = EngineRuns.trials(results);
        assertThat(trials).hasSize(24);
        assertThat(trials.stream().collect(Collectors.groupingBy(t -> t.configId() + "/" + t.seed())))
                .hasSize(24);
        assertThat(EngineRuns.metricsByTrial(results)).isEqualTo(EngineRuns.metricsByTrial(full));
    }

    @Test
    void resumingIntoAnEmptyDirectoryRunsEverything() {
        EngineRuns.engine(results.resolve("fresh"))
                .configurationParameter(CohortConfiguration.RESUME, "true")
                .selectors(selectClass(SweepExperiments.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.skipped(0).succeeded(24));
    }

    @Test
    void malformedSettingsAreErrorsNamingTheParameter() {
        assertThatThrownBy(() -> CohortConfiguration.from(parameters(Map.of(CohortConfiguration.RERUN, "sometimes"))))
                .hasMessage("cohort.rerun must be all or failed, was \"sometimes\"");
        assertThatThrownBy(() -> CohortConfiguration.from(parameters(Map.of(CohortConfiguration.RESUME, "yes"))))
                .hasMessage("cohort.resume must be true or false, was \"yes\"");
        assertThatThrownBy(
                        () -> CohortConfiguration.from(parameters(Map.of(CohortConfiguration.TRIAL_TIMEOUT, "soon"))))
                .hasMessage("configuration parameter cohort.trial.timeout: timeout \"soon\" is not a positive"
                        + " duration; write for example \"90s\", \"30m\", \"2h\" or \"PT1H30M\"");
        CohortConfiguration fine = CohortConfiguration.from(parameters(Map.of(
                CohortConfiguration.RERUN, " FAILED ",
                CohortConfiguration.RESUME, "true",
                CohortConfiguration.TRIAL_TIMEOUT, "90s")));
        assertThat(fine.rerun()).isEqualTo(CohortConfiguration.Rerun.FAILED);
        assertThat(fine.resume()).isTrue();
        assertThat(fine.trialTimeout()).hasSeconds(90);
    }

    private String onlyResultsFile() {
        try (var files = java.nio.file.Files.list(results)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".jsonl"))
                    .collect(Collectors.collectingAndThen(Collectors.toList(), l -> {
                        assertThat(l).hasSize(1);
                        return l.get(0);
                    }));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String skipReason(Event event) {
        return event.getPayload(String.class).orElse("");
    }

    static ConfigurationParameters parameters(Map<String, String> values) {
        return new ConfigurationParameters() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(values.get(key));
            }

            @Override
            public Optional<Boolean> getBoolean(String key) {
                return get(key).map(Boolean::parseBoolean);
            }

            @Override
            public Set<String> keySet() {
                return values.keySet();
            }
        };
    }
}
