package dev.cohort.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.testing.TestEnvironment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compiles the LaTeX report this build wrote ({@code target/cohort/report/report.tex}, both studies, the
 * across-task tables and critical-difference diagram included) with pdflatex in a minimal document, in
 * {@code article} and in {@code \\documentclass[twocolumn]{article}} (then with {@code comparisons.tex} too):
 * nothing shrunk below the text size, no box more than 20pt too wide.
 */
class ExampleLatexReportIT {

    private static final String DOCUMENT = """
            \\documentclass%s{article}
            \\usepackage{booktabs}
            \\usepackage{graphicx}
            \\usepackage{pgfplots}
            \\pgfplotsset{compat=1.16}
            \\begin{document}
            \\input{report}
            %s\\end{document}
            """;

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"", "[twocolumn]"})
    void theRealReportCompiles(String options) throws Exception {
        Path pdflatex = pdflatex();
        Path tex = Path.of("target", "cohort", "report", "report.tex");
        assertThat(tex).exists();
        assertThat(Files.readString(tex)).contains("acrossTasks", "flip2000-relevant15");
        Files.copy(tex, temp.resolve("report.tex"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(tex.resolveSibling("comparisons.tex"), temp.resolve("comparisons.tex"));
        String more = options.isEmpty() ? "" : "\\clearpage\n\\input{comparisons}\n";
        Files.writeString(temp.resolve("main.tex"), DOCUMENT.formatted(options, more), StandardCharsets.UTF_8);

        Process process = new ProcessBuilder(
                        pdflatex.toString(), "-interaction=nonstopmode", "-halt-on-error", "main.tex")
                .directory(temp.toFile())
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("pdflatex.out").toFile())
                .start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("pdflatex finished").isTrue();

        String log = Files.readString(temp.resolve("main.log"), StandardCharsets.ISO_8859_1);
        assertThat(process.exitValue()).as(log).isZero();
        assertThat(temp.resolve("main.pdf")).exists();
        assertThat(log).doesNotContain("Missing character");
        Matcher overfull = Pattern.compile("Overfull \\\\hbox \\(([0-9.]+)pt too wide\\)[^\\n]*\\n[^\\n]*")
                .matcher(log);
        while (overfull.find()) {
            assertThat(Double.parseDouble(overfull.group(1)))
                    .as("%s", overfull.group())
                    .isLessThanOrEqualTo(20.0);
        }
        for (String file : List.of("report.tex", "comparisons.tex")) {
            assertThat(Files.readString(temp.resolve(file)))
                    .doesNotContain("\\resizebox", "\\scalebox", "\\tiny", "\\scriptsize");
        }
    }

    private static Path pdflatex() {
        return TestEnvironment.requireProgram(
                "pdflatex",
                "apt-get install texlive-latex-base texlive-latex-recommended texlive-latex-extra texlive-pictures");
    }
}
