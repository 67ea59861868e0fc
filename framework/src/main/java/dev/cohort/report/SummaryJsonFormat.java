package dev.cohort.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonAppend;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.cohort.analysis.AggregateScores;
import dev.cohort.analysis.Anova;
import dev.cohort.analysis.Comparison;
import dev.cohort.analysis.ConfirmationAnalysis;
import dev.cohort.analysis.Coverage;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.Factorial;
import dev.cohort.analysis.FactorialTerm;
import dev.cohort.analysis.FailedTrial;
import dev.cohort.analysis.Friedman;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.ImanDavenport;
import dev.cohort.analysis.Levene;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.Nemenyi;
import dev.cohort.analysis.Statistic;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.analysis.TaskAnalysis;
import dev.cohort.analysis.TaskMetric;
import dev.cohort.analysis.TaskPair;
import dev.cohort.results.ConfirmationDeclaration;
import dev.cohort.results.ConfirmationSelection;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * {@code summary.json}: the analysis model as JSON, in the shape of SPEC section 5, pretty-printed.
 *
 * <p>The records are serialized directly, so every component appears under its own name, including
 * the ones beyond the specified shape ({@code parameters}, {@code trials}, {@code successful}, {@code
 * failures}, {@code notRun}, {@code stale}), except the learning curves ({@link ExperimentAnalysis#curves()}), which can be large and
 * have a file of their own. An undefined {@link Statistic} is written as {@code null}, never omitted, and
 * every object holding statistics has a {@code reasons} object next to them, derived from them: the
 * name of each undefined statistic and why, sorted by name so the file is the same from run to run.
 * What a design or a failed trial does not have (a factorial ANOVA with one swept parameter, an error
 * message) is left out rather than written as {@code null}.
 */
public final class SummaryJsonFormat implements ReportFormat {

    /** The name of the file. */
    public static final String FILE_NAME = "summary.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            // the shortest text that reads back as the same double (Schubfach), several times faster than
            // Double.toString on the millions of values a large study writes
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .addModule(new SimpleModule("cohort-statistics")
                    .addSerializer(Double.class, new FiniteDoubleSerializer())
                    .addSerializer(Double.TYPE, new FiniteDoubleSerializer())
                    .addSerializer(new StatisticSerializer()))
            .addMixIn(ExperimentAnalysis.class, WithoutCurves.class)
            .addMixIn(ConfirmationAnalysis.class, ConfirmationBlock.class)
            .addMixIn(ConfirmationSelection.class, SelectionParts.class)
            .addMixIn(MetricAnalysis.class, WithoutAbsentParts.class)
            .addMixIn(FailedTrial.class, WithoutUnrecordedError.class)
            .addMixIn(GroupSummary.class, GroupParts.class)
            .addMixIn(Comparison.class, WithReasons.class)
            .addMixIn(Anova.class, WithReasons.class)
            .addMixIn(Levene.class, WithReasons.class)
            .addMixIn(Factorial.class, WithReasons.class)
            .addMixIn(FactorialTerm.class, WithReasons.class)
            .addMixIn(Coverage.class, WithReasons.class)
            .addMixIn(TaskMetric.class, TaskThenMetricBlock.class)
            .addMixIn(AggregateScores.class, WithReasons.class)
            .addMixIn(Friedman.class, WithReasons.class)
            .addMixIn(ImanDavenport.class, WithReasons.class)
            .addMixIn(Nemenyi.class, WithReasons.class)
            .addMixIn(TaskPair.class, WithReasons.class)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    /** A part of the analysis model (a metric, a group, ...) as a JSON tree, in the form this file writes it. */
    public static JsonNode tree(Object model) {
        return MAPPER.valueToTree(model);
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    /** The costliest file of the report: it holds every value of every configuration. */
    @Override
    public int relativeCost() {
        return 3;
    }

    @Override
    public void write(StudyAnalysis study, ReportContext context, Writer out) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator generator = MAPPER.getFactory().createGenerator(out)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            MAPPER.writer(printer)
                    .withAttribute(HeadlineJsonProperty.CONTEXT, context)
                    .writeValue(generator, study);
        }
        out.write('\n');
    }

    /** Writes a record's {@code reasons}, derived from its statistics, after its components. */
    private abstract static class WithReasons {
        @JsonProperty("reasons")
        abstract Map<String, String> reasons();
    }

    /** A group's {@code reasons}, and its values written as one array of numbers. */
    private abstract static class GroupParts extends WithReasons {
        @JsonSerialize(using = FiniteValuesSerializer.class)
        abstract List<Double> values();
    }

    /**
     * Leaves out the parts of a metric that its design does not have: the factorial ANOVA with fewer than
     * two swept parameters (SPEC: present when two or more are), the reference of all-pairs comparisons.
     */
    private abstract static class WithoutAbsentParts {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Factorial factorial();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Map<String, Object> reference();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract TaskAnalysis tasks();
    }

    /** A {@code perTask} entry: the task, then the task's metric block in place (SPEC section 5, "tasks"). */
    @JsonPropertyOrder({"task"})
    private abstract static class TaskThenMetricBlock {
        @JsonUnwrapped
        abstract MetricAnalysis analysis();
    }

    /** Leaves out what a failed trial's error did not record (an exception without a message, say). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private abstract static class WithoutUnrecordedError {}

    /**
     * Leaves the learning curves out of an experiment; the model itself knows nothing of Jackson. Its
     * {@link Headline} follows its id, as {@code headline} and {@code headlineParts}. An
     * experiment with {@code @Confirm} has its {@code confirmation} block and {@code "exploratory": true}
     * (its own metrics are the tuning stage's); without one, neither is written.
     */
    @JsonIgnoreProperties({"curves"})
    @JsonAppend(
            prepend = true,
            props = {
                @JsonAppend.Prop(
                        value = HeadlineJsonProperty.Text.class,
                        name = "headline",
                        include = JsonInclude.Include.NON_NULL),
                @JsonAppend.Prop(
                        value = HeadlineJsonProperty.Parts.class,
                        name = "headlineParts",
                        include = JsonInclude.Include.NON_NULL)
            })
    @JsonPropertyOrder({"id", "headline", "headlineParts"})
    private abstract static class WithoutCurves {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract ConfirmationAnalysis confirmation();

        @JsonProperty("exploratory")
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        abstract boolean hasConfirmation();
    }

    /**
     * The {@code confirmation} block of SPEC section 5: {@code per}, {@code seeds} and {@code selected}
     * (each with {@code group}, {@code config} and {@code tuningMean}) in place, then the metric blocks over
     * the confirmation trials, and beyond the specified shape the selection metric and goal, the counts of
     * the tuning stage the selection was made from, the confirmation's counts, failures, coverage, unrun
     * and stale configurations, {@code reasons} (why parts are absent) and {@code warnings}.
     */
    @JsonPropertyOrder({"per", "metric", "goal", "seeds", "selected", "metrics"})
    private abstract static class ConfirmationBlock {
        @JsonUnwrapped
        abstract ConfirmationDeclaration declaration();

        @JsonUnwrapped
        abstract ConfirmationSelection selection();

        @JsonProperty("reasons")
        abstract Map<String, String> reasons();

        @JsonProperty("warnings")
        abstract List<String> warnings();
    }

    /** A selection with whether its tuning stage is complete, so the selection can no longer change. */
    private abstract static class SelectionParts {
        @JsonProperty("tuningComplete")
        abstract boolean tuningComplete();
    }

    /** Writes a double as a JSON number, or {@code null} when it is not finite. */
    private static final class FiniteDoubleSerializer extends StdSerializer<Double> {

        private static final long serialVersionUID = 1L;

        FiniteDoubleSerializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            write(value, generator);
        }

        static void write(Double value, JsonGenerator generator) throws IOException {
            if (value == null || !Double.isFinite(value)) {
                generator.writeNull();
            } else {
                generator.writeNumber(value);
            }
        }
    }

    /**
     * Writes a list of doubles as {@link FiniteDoubleSerializer} writes each, in one loop: a group's values,
     * the bulk of the file, then need no serializer found per element.
     */
    private static final class FiniteValuesSerializer extends StdSerializer<List<Double>> {

        private static final long serialVersionUID = 1L;

        FiniteValuesSerializer() {
            super(List.class, false);
        }

        @Override
        public void serialize(List<Double> values, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            int size = values.size();
            generator.writeStartArray(values, size);
            for (int i = 0; i < size; i++) {
                FiniteDoubleSerializer.write(values.get(i), generator);
            }
            generator.writeEndArray();
        }
    }

    /** Writes a statistic as its value, or {@code null} when it is undefined (its reason is in {@code reasons}). */
    private static final class StatisticSerializer extends StdSerializer<Statistic<?>> {

        private static final long serialVersionUID = 1L;

        StatisticSerializer() {
            super(Statistic.class, false);
        }

        @Override
        public void serialize(Statistic<?> statistic, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            Number value = statistic.value();
            if (value == null) {
                generator.writeNull();
            } else if (value instanceof Integer count) {
                generator.writeNumber(count);
            } else {
                generator.writeNumber(value.doubleValue());
            }
        }
    }
}
