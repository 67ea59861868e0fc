package dev.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cohort.analysis.StudyAnalysis;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    @TempDir
    Path temp;

    @Test
    void writesEveryFormatIntoTheReportsDirectoryCreatingIt() throws Exception {
        Path reports = temp.resolve("target/cohort/report");

        List<Path> written = ReportWriter.standard().write(Fixtures.study(), Fixtures.context(), reports);

        assertThat(written)
                .extracting(p -> p.getFileName().toString())
                .containsExactly(
                        "index.html",
                        "report.tex",
                        "comparisons.tex",
                        "summary.csv",
                        "comparisons.csv",
                        "summary.json",
                        "curves.csv",
                        "tasks.csv",
                        "aggregate.csv");
        assertThat(written).allSatisfy(p -> assertThat(p).isRegularFile().hasParent(reports.toAbsolutePath()));
        try (Stream<Path> files = Files.list(reports)) {
            assertThat(files).hasSize(9);
        }
        assertThat(Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8))
                .contains("org.acme.StepSize#tracking", "± ");
    }

    @Test
    void replacesAnEarlierReport() throws Exception {
        Path reports = temp.resolve("report");
        ReportWriter.standard().write(Fixtures.study(), Fixtures.context(), reports);

        ReportWriter.standard().write(new StudyAnalysis(List.of()), Fixtures.context(), reports);

        assertThat(reports.resolve("summary.json")).content().doesNotContain("StepSize");
        try (Stream<Path> files = Files.list(reports)) {
            assertThat(files).hasSize(9);
        }
    }

    @Test
    void refusesFileNamesOutsideTheReportsDirectory() {
        for (String name : List.of("../escape.html", "sub/x.html", "..", "")) {
            assertThatThrownBy(() -> new ReportWriter(List.of(named(name))))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new ReportWriter(List.of(named("a.txt"), named("a.txt"))))
                .hasMessageContaining("a.txt");
    }

    private static ReportFormat named(String name) {
        return new ReportFormat() {
            @Override
            public String fileName() {
                return name;
            }

            @Override
            public void write(StudyAnalysis study, ReportContext context, Writer out) {}
        };
    }
}
