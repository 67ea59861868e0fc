package dev.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cohort.analysis.StudyAnalysis;
import java.io.IOException;
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

    @Test
    void aFailingFormatFailsTheWriteWhileEveryOtherFileIsWrittenWhole() throws Exception {
        Path reports = temp.resolve("report");
        ReportWriter writer = new ReportWriter(List.of(
                writing("a.txt", "first"),
                failing("b.txt", new IOException("disk full")),
                writing("c.txt", "third"),
                failing("d.txt", new IllegalStateException("a bug"))));

        assertThatThrownBy(() -> writer.write(new StudyAnalysis(List.of()), Fixtures.context(), reports))
                .isInstanceOf(IOException.class)
                .hasMessage("disk full")
                .satisfies(e -> assertThat(e.getSuppressed())
                        .singleElement()
                        .satisfies(s -> assertThat(s).hasMessage("a bug")));

        assertThat(reports.resolve("a.txt")).hasContent("first");
        assertThat(reports.resolve("c.txt")).hasContent("third");
        try (Stream<Path> files = Files.list(reports)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("a.txt", "c.txt");
        }
    }

    @Test
    void returnsTheFilesInFormatOrderWhateverOrderTheyAreWrittenIn() throws Exception {
        Path reports = temp.resolve("report");
        ReportFormat cheap = writing("cheap.txt", "x");
        ReportFormat costly = new ReportFormat() {
            @Override
            public String fileName() {
                return "costly.txt";
            }

            @Override
            public int relativeCost() {
                return 5;
            }

            @Override
            public void write(StudyAnalysis study, ReportContext context, Writer out) throws IOException {
                out.write("y");
            }
        };

        List<Path> written = new ReportWriter(List.of(cheap, costly))
                .write(new StudyAnalysis(List.of()), Fixtures.context(), reports);

        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("cheap.txt", "costly.txt");
        assertThat(reports.resolve("costly.txt")).hasContent("y");
    }

    private static ReportFormat writing(String name, String content) {
        return new ReportFormat() {
            @Override
            public String fileName() {
                return name;
            }

            @Override
            public void write(StudyAnalysis study, ReportContext context, Writer out) throws IOException {
                out.write(content);
            }
        };
    }

    private static ReportFormat failing(String name, Exception failure) {
        return new ReportFormat() {
            @Override
            public String fileName() {
                return name;
            }

            @Override
            public void write(StudyAnalysis study, ReportContext context, Writer out) throws IOException {
                out.write("half a file");
                if (failure instanceof IOException io) {
                    throw io;
                }
                throw (RuntimeException) failure;
            }
        };
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
