package dev.cohort.report;

import dev.cohort.analysis.ConfigurationCurve;
import dev.cohort.analysis.CurveAnalysis;
import dev.cohort.analysis.CurvePoint;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.results.ConfigId;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

    /** The columns before the parameter columns. */
    public static final List<String> LEADING = List.of("experiment", "metric", "config");

    /** The columns after the parameter columns. */
    public static final List<String> TRAILING = List.of("step", "n", "mean", "ciLow", "ciHigh");

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void write(StudyAnalysis study, ReportContext context, Writer out) throws IOException {
        Set<String> parameters = new LinkedHashSet<>();
        for (ExperimentAnalysis experiment : study.experiments()) {
            if (!experiment.curves().isEmpty()) {
                parameters.addAll(experiment.parameters());
            }
        }
        parameters.removeAll(LEADING);
        parameters.removeAll(TRAILING);
        List<String> header = new ArrayList<>(LEADING);
        header.addAll(parameters);
        header.addAll(TRAILING);
        Csv csv = new Csv(out);
        csv.row(header);
        List<String> row = new ArrayList<>(header.size());
        for (ExperimentAnalysis experiment : study.experiments()) {
            for (CurveAnalysis metric : experiment.curves()) {
                for (ConfigurationCurve curve : metric.configurations()) {
                    String config = ConfigId.of(curve.config());
                    for (CurvePoint point : curve.points()) {
                        row.clear();
                        row.add(experiment.id());
                        row.add(metric.metric());
                        row.add(config);
                        for (String parameter : parameters) {
                            Object value = curve.config().get(parameter);
                            row.add(value == null ? "" : String.valueOf(value));
                        }
                        row.add(step(point.step()));
                        row.add(Integer.toString(point.n()));
                        row.add(Csv.number(point.mean()));
                        row.add(Csv.number(point.ciLow()));
                        row.add(Csv.number(point.ciHigh()));
                        csv.row(row);
                    }
                }
            }
        }
    }

    /** A step as an integer when it is one, as logged. */
    private static String step(double step) {
        return step == Math.rint(step) && Math.abs(step) < 1e15 ? Long.toString((long) step) : Csv.number(step);
    }
}
