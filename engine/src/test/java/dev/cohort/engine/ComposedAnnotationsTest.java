package dev.cohort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.cohort.Goal;
import dev.cohort.engine.fixtures.ComposedExperiments;
import dev.cohort.results.TrialResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's own annotations, meta-annotated with Cohort's, declare experiments the engine runs. */
class ComposedAnnotationsTest {

    @TempDir
    Path results;

    @Test
    void runsEveryTrialOfAnExperimentDeclaredThroughComposedAnnotations() {
        EngineRuns.execute(results, selectClass(ComposedExperiments.class))
                .testEvents()
                .assertStatistics(stats -> stats.started(6).succeeded(6).failed(0));

        List<TrialResult> trials = EngineRuns.trials(results);
        assertThat(trials)
                .allSatisfy(trial -> {
                    assertThat(trial.experiment()).isEqualTo(ComposedExperiments.class.getName() + "#sized");
                    assertThat(trial.goals()).containsEntry("score", Goal.MAXIMIZE);
                })
                .extracting(TrialResult::configId)
                .containsOnly("size=1", "size=2");
        assertThat(trials).extracting(TrialResult::seedIndex).containsOnly(0, 1, 2);
    }
}
