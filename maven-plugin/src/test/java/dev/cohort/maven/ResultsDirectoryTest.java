package dev.cohort.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cohort.results names the directory for every goal; the engine's older cohort.results.dir still works. */
class ResultsDirectoryTest {

    @TempDir
    Path build;

    private File defaultDirectory() {
        return build.resolve("cohort/results").toFile();
    }

    @Test
    void theDefaultWithoutEitherProperty() throws Exception {
        assertThat(ResultsDirectory.resolve(defaultDirectory(), null, build.toFile()))
                .isEqualTo(build.resolve("cohort/results"));
    }

    @Test
    void theOlderNameWhenTheCanonicalOneIsNotSet() throws Exception {
        Path elsewhere = build.resolve("elsewhere");

        assertThat(ResultsDirectory.resolve(defaultDirectory(), elsewhere.toFile(), build.toFile()))
                .isEqualTo(elsewhere);
    }

    @Test
    void twoDifferentDirectoriesAreAnErrorNamingBothProperties() {
        File one = build.resolve("one").toFile();
        File two = build.resolve("two").toFile();

        assertThatThrownBy(() -> ResultsDirectory.resolve(one, two, build.toFile()))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("cohort.results (" + one.toPath() + ")")
                .hasMessageContaining("cohort.results.dir (" + two.toPath() + ")")
                .hasMessageContaining("set cohort.results alone");
    }
}
