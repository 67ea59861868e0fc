package dev.cohort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One property names the results directory for the engine and the Maven goals; the older one still works.
 * Worker options and the isolation mode are read as documented.
 */
class CohortConfigurationTest {

    private static Path resultsDirectory(Map<String, String> values) {
        return CohortConfiguration.from(ResumeTest.parameters(values), name -> null)
                .resultsDirectory();
    }

    @Test
    void theResultsDirectoryIsNamedByTheGoalsProperty() {
        assertThat(resultsDirectory(Map.of("cohort.results", "runs/a"))).isEqualTo(Path.of("runs/a"));
    }

    @Test
    void theOlderNameStillWorks() {
        assertThat(resultsDirectory(Map.of("cohort.results.dir", "runs/b"))).isEqualTo(Path.of("runs/b"));
    }

    @Test
    void bothNamesMayBeSetWhenTheyAgree() {
        assertThat(resultsDirectory(Map.of("cohort.results", "runs/c", "cohort.results.dir", "runs/./c")))
                .isEqualTo(Path.of("runs/c"));
    }

    @Test
    void twoDifferentDirectoriesAreAnErrorNamingBoth() {
        assertThatThrownBy(() -> resultsDirectory(Map.of("cohort.results", "runs/c", "cohort.results.dir", "runs/d")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cohort.results (\"runs/c\")")
                .hasMessageContaining("cohort.results.dir (\"runs/d\")")
                .hasMessageContaining("set cohort.results alone");
    }

    @Test
    void withoutEitherTheDefaultDirectory() {
        assertThat(resultsDirectory(Map.of("cohort.results", "  "))).isEqualTo(Path.of("target/cohort/results"));
    }

    @Test
    void workerJvmOptionsAreSeparatedBySpacesAndNoneByDefault() {
        assertThat(CohortConfiguration.from(
                                ResumeTest.parameters(Map.of("cohort.worker.jvmArgs", " -Xmx2g   -Dstudy=large ")),
                                name -> null)
                        .workerJvmArgs())
                .containsExactly("-Xmx2g", "-Dstudy=large");
        assertThat(CohortConfiguration.from(ResumeTest.parameters(Map.of()), name -> null)
                        .workerJvmArgs())
                .isEmpty();
    }

    @Test
    void isolationIsThreadByDefaultAndAnUnknownModeIsAnErrorNamingTheParameter() {
        assertThat(CohortConfiguration.from(ResumeTest.parameters(Map.of()), name -> null)
                        .isolation())
                .isEqualTo(CohortConfiguration.Isolation.THREAD);
        assertThatThrownBy(() -> CohortConfiguration.from(
                        ResumeTest.parameters(Map.of("cohort.isolation", "fork")), name -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cohort.isolation must be thread or process, was \"fork\"");
    }
}
