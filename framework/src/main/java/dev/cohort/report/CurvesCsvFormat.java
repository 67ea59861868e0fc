package dev.cohort.report;

import dev.cohort.analysis.ConfigurationCurve;
import dev.cohort.analysis.CurveAnalysis;
import dev.cohort.analysis.CurvePoint;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.results.ConfigId;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code curves.csv}: the aggregated learning curves in tidy long format, one row per point of a
 * configuration's curve (as plotted, so downsampled when the metric was logged at more steps than a
 * plot needs). Columns: {@code experiment, metric, config} (the configuration id), one column per swept
 * parameter of any experiment (empty where an experiment has no such parameter; a parameter whose name
 * is one of the fixed columns has no column of its own, its value is in {@code config}), then {@code
 * step, n} (seeds contributing), {@code mean, ciLow, ciHigh} (the t-based 95% interval of the mean,
 * empty when {@code n < 2}). Numbers are in full precision.
 */
public final class CurvesCsvFormat implements ReportFormat {

    /** The name of the file. */
    public static final String FILE_NAME = "curves.csv";

    /** One row: a point of a configuration's curve of one logged metric of one experiment. */
    record Row(ExperimentAnalysis experiment, CurveAnalysis metric, ConfigurationCurve curve, CurvePoint point) {}

    private static final List<Column<Row>> LEADING = List.of(
            Column.text("experiment", r -> r.experiment().id()),
            Column.text("metric", r -> r.metric().metric()),
            Column.text("config", r -> ConfigId.of(r.curve().config())));

    private static final List<Column<Row>> TRAILING = List.of(
            Column.text("step", r -> step(r.point().step())),
            Column.text("n", r -> r.point().n()),
            Column.text("mean", r -> Csv.number(r.point().mean())),
            Column.statistic("ciLow", r -> r.point().ciLow()),
            Column.statistic("ciHigh", r -> r.point().ciHigh()));

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    /** The columns of a study's file: the fixed ones around one per swept parameter. */
    static List<Column<Row>> columns(StudyAnalysis study) {
        List<List<String>> parameters = study.experiments().stream()
                .filter(e -> !e.curves().isEmpty())
                .map(ExperimentAnalysis::parameters)
                .toList();
        return Column.concat(
                LEADING,
                Column.parameters(parameters, "", r -> r.curve().config(), Column.concat(LEADING, TRAILING)),
                TRAILING);
    }

    @Override
    public void write(StudyAnalysis study, ReportContext context, Writer out) throws IOException {
        Column.write(new Csv(out), columns(study), () -> rows(study).iterator());
    }

    /** The rows, made as they are written: a study's curves can have many points. */
    private static Stream<Row> rows(StudyAnalysis study) {
        return study.experiments().stream()
                .flatMap(e -> e.curves().stream()
                        .flatMap(m -> m.configurations().stream()
                                .flatMap(c -> c.points().stream().map(p -> new Row(e, m, c, p)))));
    }

    /** A step as an integer when it is one, as logged. */
    private static String step(double step) {
        return step == Math.rint(step) && Math.abs(step) < 1e15 ? Long.toString((long) step) : Csv.number(step);
    }
}
