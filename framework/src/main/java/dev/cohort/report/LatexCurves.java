package dev.cohort.report;

import dev.cohort.Goal;
import dev.cohort.analysis.ConfigurationCurve;
import dev.cohort.analysis.CurveAnalysis;
import dev.cohort.analysis.CurvePoint;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.results.MetricBounds;
import dev.cohort.results.RoundedDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The learning curves of an experiment as pgfplots figures: per logged metric, the mean over seeds of
 * each configuration as a line with its 95% confidence band shaded, one colour per configuration. The
 * points are the analysis's downsampled curve, so a figure stays small whatever the number of steps.
 */
final class LatexCurves implements LatexSection.Experiment {

    /** Colours every LaTeX installation with xcolor (loaded by pgfplots) knows, in legend order. */
    private static final List<String> COLOURS =
            List.of("blue", "red", "teal", "orange", "violet", "brown", "olive", "magenta", "cyan", "gray");

    @Override
    public void write(StringBuilder tex, ExperimentAnalysis experiment, ReportContext context) {
        for (CurveAnalysis curve : experiment.curves()) {
            figure(tex, experiment, curve);
        }
    }

    /**
     * Whether a legend entry, at the footnote size (about 0.8 of the text size), is wider than 0.6 of a
     * two-column article's column; then each entry breaks its line after every comma.
     */
    private static boolean wrapsLegend(CurveAnalysis curve) {
        return curve.configurations().stream()
                .anyMatch(c -> 0.8 * LatexTabular.width(Latex.escape(Labels.config(c.config())))
                        > 0.6 * LatexTabular.COLUMN_PT);
    }

    /**
     * Whether the legend, one entry under the other at the footnote size, would leave the figure taller
     * than a page ({@value #TALL_LEGEND_PT}pt of legend beside the plot and the caption) while two entries
     * fit side by side across a one-column page; then the figure spans the page and the legend has two
     * columns.
     */
    private static boolean splitsLegend(CurveAnalysis curve, boolean wrap) {
        double lines = 0;
        double widest = 0;
        for (ConfigurationCurve c : curve.configurations()) {
            String label = Latex.escape(Labels.config(c.config()));
            List<String> entryLines = wrap ? List.of(label.split(", ")) : List.of(label);
            lines += entryLines.size();
            for (String line : entryLines) {
                widest = Math.max(widest, 0.8 * LatexTabular.width(line) + LEGEND_SAMPLE_PT);
            }
        }
        return lines * FOOTNOTE_LINE_PT > TALL_LEGEND_PT && 2 * widest <= 0.9 * LatexTabular.PAGE_PT;
    }

    /** The baseline skip of {@code \\footnotesize} in a 10pt article. */
    private static final double FOOTNOTE_LINE_PT = 9.5;

    /** The most legend a figure holds below its plot and above its caption on a page. */
    private static final double TALL_LEGEND_PT = 280;

    /** A legend entry's line sample and the space around it. */
    private static final double LEGEND_SAMPLE_PT = 30;

    private static void figure(StringBuilder tex, ExperimentAnalysis experiment, CurveAnalysis curve) {
        String metric = Latex.escape(curve.metric());
        boolean wrap = wrapsLegend(curve);
        boolean split = splitsLegend(curve, wrap);
        String environment = split ? "figure*" : "figure";
        String goal = curve.goal() == null || curve.goal() == Goal.NONE ? "" : " (" + Labels.goal(curve.goal()) + ")";
        tex.append("\\begin{")
                .append(environment)
                .append("}[htbp]\n\\centering\n\\begin{tikzpicture}\n")
                .append("\\begin{axis}[width=0.9\\linewidth, height=0.55\\linewidth, xlabel={step}, ylabel={")
                .append(metric)
                .append(Latex.escape(goal))
                .append("}, legend cell align=left,")
                .append(split ? " legend columns=2," : "")
                .append(" legend style={font=\\footnotesize, at={(0.5,-0.2)}, anchor=north")
                .append(wrap ? ", nodes={align=left}" : "")
                .append("},")
                .append(" scaled x ticks=false, x tick label style={/pgf/number")
                .append(" format/fixed}, every axis plot/.append style={line join=round}]\n");
        List<ConfigurationCurve> configurations = curve.configurations();
        for (int i = 0; i < configurations.size(); i++) {
            configuration(tex, configurations.get(i), curve.bounds(), COLOURS.get(i % COLOURS.size()), wrap);
        }
        tex.append("\\end{axis}\n\\end{tikzpicture}\n\\caption{")
                .append(LatexTables.name(experiment))
                .append(": learning curves of ")
                .append(metric)
                .append(". Each line is a configuration's mean over seeds; the band is ")
                .append(Latex.escape(CurveBands.describe(curve)))
                .append(".}\n\\label{fig:cohort:")
                .append(Latex.labelKey(experiment.id()))
                .append(':')
                .append(Latex.labelKey(curve.metric()))
                .append(":curves}\n\\end{")
                .append(environment)
                .append("}\n");
    }

    private static void configuration(
            StringBuilder tex, ConfigurationCurve curve, MetricBounds bounds, String colour, boolean wrap) {
        List<CurvePoint> points = curve.points();
        if (points.isEmpty()) {
            return;
        }
        List<CurvePoint> banded = points.stream()
                .filter(p -> p.ciLow().isDefined() && p.ciHigh().isDefined())
                .toList();
        if (banded.size() >= 2) {
            tex.append("\\addplot[draw=none, fill=")
                    .append(colour)
                    .append(", fill opacity=0.18, forget plot]")
                    .append(" coordinates {");
            banded.forEach(p -> coordinate(tex, p.step(), p.bandHigh(bounds).value()));
            for (int j = banded.size() - 1; j >= 0; j--) {
                coordinate(
                        tex, banded.get(j).step(), banded.get(j).bandLow(bounds).value());
            }
            tex.append("} -- cycle;\n");
        }
        tex.append("\\addplot[thick, mark=none, color=").append(colour).append("] coordinates {");
        points.forEach(p -> coordinate(tex, p.step(), p.mean()));
        String label = Latex.escape(Labels.config(curve.config()));
        tex.append("};\n\\addlegendentry{")
                .append(wrap ? label.replace(", ", ",\\\\ ") : label)
                .append("}\n");
    }

    /** A point with six significant digits, in a form pgfplots parses ({@code 1.23457e-05}). */
    private static void coordinate(StringBuilder tex, double x, double y) {
        tex.append('(').append(sixDigits(x)).append(',').append(sixDigits(y)).append(')');
    }

    /**
     * {@code x} as {@code String.format(Locale.ROOT, "%.6g", x)} writes it: six significant digits,
     * plain from 1e-4 up to 1e6, else scientific with a signed exponent of at least two digits.
     */
    static String sixDigits(double x) {
        RoundedDecimal rounded = RoundedDecimal.significant(x, 6);
        if (rounded == null) {
            return String.format(Locale.ROOT, "%.6g", x);
        }
        int leading = rounded.exponent() + 5;
        if (leading >= -4 && leading < 6) {
            return rounded.plain();
        }
        String scientific = rounded.scientific();
        int e = scientific.indexOf('e');
        int exponent = Math.abs(leading);
        return scientific.substring(0, e) + (leading < 0 ? "e-" : "e+") + (exponent < 10 ? "0" : "") + exponent;
    }
}
