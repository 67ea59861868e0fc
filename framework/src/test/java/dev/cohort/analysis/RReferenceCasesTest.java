package dev.cohort.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cohort.report.SummaryJsonFormat;
import dev.cohort.testing.RReference;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reference case computed by R ({@code src/test/resources/stats-reference*}) turned into trials
 * and analyzed; every expected field, nulls included, must match with relative tolerance 1e-9 (absolute
 * 1e-12 near zero). {@code dev.cohort.pipeline.RReferenceReportTest} checks the same cases through the
 * results files and {@code summary.json}.
 */
class RReferenceCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> cases() throws IOException, URISyntaxException {
        return RReference.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesR(Path file) {
        JsonNode reference = RReference.read(file);
        StudyAnalysis study = Analyzer.analyze(RReference.trials(reference));
        assertThat(study.experiments()).hasSize(1);
        assertThat(study.experiments().get(0).metrics()).hasSize(1);
        JsonNode actual =
                SummaryJsonFormat.tree(study.experiments().get(0).metrics().get(0));
        assertThat(RReference.mismatches(reference, actual))
                .as("fields of %s that differ from R", file.getFileName())
                .isEmpty();
    }

    @Test
    void comparisonDetectsDifferences() throws IOException {
        List<String> out = new ArrayList<>();
        RReference.compare(
                "",
                JSON.readTree("{\"a\": 1.0, \"b\": null, \"c\": [1, 2], \"d\": 0}"),
                JSON.readTree("{\"a\": 1.00001, \"b\": 3, \"c\": [1], \"d\": 1e-13}"),
                out);
        assertThat(out).hasSize(3);
    }
}
