package dev.cohort.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.StdConverter;
import dev.cohort.analysis.Comparison;
import dev.cohort.analysis.Coverage;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.StudyAnalysis;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code summary.json}: the analysis model as JSON, in the shape of SPEC section 5, pretty-printed.
 *
 * <p>The records are serialized directly, so every component appears under its own name, including
 * the ones beyond the specified shape ({@code reasons}, {@code parameters}, {@code trials},
 * {@code successful}, {@code failures}, {@code notRun}, {@code stale}), except the learning curves ({@link ExperimentAnalysis#curves()}),
 * which can be large and have a file of their own. A {@code null} statistic is written as {@code null}, never
 * omitted; a non-finite number, which JSON cannot hold, is written as {@code null} too. The entries of
 * every {@code reasons} object are sorted by name so the file is the same from run to run.
 */
public final class SummaryJsonFormat implements ReportFormat {

    /** The name of the file. */
    public static final String FILE_NAME = "summary.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("cohort-finite-doubles")
                    .addSerializer(Double.class, new FiniteDoubleSerializer())
                    .addSerializer(Double.TYPE, new FiniteDoubleSerializer()))
            .addMixIn(ExperimentAnalysis.class, WithoutCurves.class)
            .addMixIn(GroupSummary.class, SortedReasons.class)
            .addMixIn(Comparison.class, SortedReasons.class)
            .addMixIn(MetricAnalysis.class, SortedReasons.class)
            .addMixIn(Coverage.class, SortedReasons.class)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void write(StudyAnalysis study, ReportContext context, Writer out) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator generator = MAPPER.getFactory().createGenerator(out)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            MAPPER.writer(printer).writeValue(generator, study);
        }
        out.write('\n');
    }

    /** Writes {@code reasons} sorted by key, so the file is the same from run to run. */
    private abstract static class SortedReasons {
        @JsonSerialize(converter = SortedByKey.class)
        abstract Map<String, String> reasons();
    }

    /** A map's entries in key order. */
    private static final class SortedByKey extends StdConverter<Map<String, String>, SortedMap<String, String>> {
        @Override
        public SortedMap<String, String> convert(Map<String, String> value) {
            return new TreeMap<>(value);
        }
    }

    /** Leaves the learning curves out of an experiment; the model itself knows nothing of Jackson. */
    @JsonIgnoreProperties({"curves"})
    private abstract static class WithoutCurves {}

    /** Writes a double as a JSON number, or {@code null} when it is not finite. */
    private static final class FiniteDoubleSerializer extends StdSerializer<Double> {

        private static final long serialVersionUID = 1L;

        FiniteDoubleSerializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            if (value == null || !Double.isFinite(value)) {
                generator.writeNull();
            } else {
                generator.writeNumber(value);
            }
        }
    }
}
