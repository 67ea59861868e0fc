package dev.cohort.report;

import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.Statistic;
import dev.cohort.analysis.TaskAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The parts of {@code report.tex} for a metric compared across tasks: the tasks x configurations table
 * (booktabs) and the critical-difference diagram (TikZ).
 */
final class LatexTaskSections {

    /**
     * The width, in points, the tasks table may take: a one-column article's text width (345pt); a table
     * wider than a two-column paper's column (about 240pt) goes into {@code table*}.
     */
    static final double TEXT_WIDTH = 340;

    /** The width of one column of a two-column paper, in points. */
    static final double COLUMN_WIDTH = 240;

    /**
     * Widths in points of {@code \footnotesize} (8pt Computer Modern) as pdflatex measures them: a digit,
     * a bold digit, a point, {@code \pm} with its spaces, a dagger superscript, a letter of text.
     */
    private static final double DIGIT = 4.25;

    private static final double BOLD_DIGIT = 4.9;
    private static final double POINT = 2.4;
    private static final double PLUS_MINUS = 10.4;
    private static final double DAGGER = 3.5;
    private static final double LETTER = 4.7;

    /** What an estimate of a width is multiplied by, so that a table estimated to fit does. */
    private static final double SAFETY = 1.08;

    /** Twice {@code \tabcolsep} as the table sets it (4pt), in points. */
    private static final double SEPARATION = 8;

    /** A LaTeX command's name, which a cell does not show. */
    private static final Pattern COMMAND = Pattern.compile("\\\\[a-zA-Z]+");

    /** The markup around a cell's numbers, which it does not show either. */
    private static final Pattern MARKUP = Pattern.compile("[${}^ ]");

    private LatexTaskSections() {}

    /**
     * Tasks as rows, configurations as columns: mean ± SD per task, the task's best in bold, a dagger on
     * a configuration significantly worse than the task's best; the mean ranks and the wins, ties and
     * losses against the configuration with the best mean rank in the last rows. Too many configurations
     * for the text width are split over several tabulars of the same table, each with the task column,
     * rather than shrunk.
     */
    static final class TasksTable implements LatexSection.Metric {
        @Override
        public void write(
                StringBuilder tex, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            TaskAnalysis tasks = metric.tasks();
            TaskTable table = TaskTable.of(tasks, context.alpha());
            if (table.columns().isEmpty()) {
                return;
            }
            Map<String, String> notes = new TreeMap<>();
            List<String> headers = table.headers();
            Optional<Integer> leader = table.leader();
            String leaderLabel = leader.isPresent() ? "W/T/L" : "";
            List<List<String>> cells = new ArrayList<>();
            for (TaskTable.Row row : table.rows()) {
                List<String> line = new ArrayList<>();
                for (TaskTable.Cell cell : row.cells()) {
                    line.add(cell(cell, notes));
                }
                cells.add(line);
            }
            List<String> ranks = new ArrayList<>();
            table.meanRanks().forEach(r -> ranks.add(stat(r, "meanRank", notes)));
            List<String> records = new ArrayList<>();
            for (int c = 0; c < table.columns().size(); c++) {
                int column = c;
                records.add(leader.filter(l -> l != column)
                        .flatMap(l -> table.record(column, l))
                        .map(r -> r[0] + "/" + r[1] + "/" + r[2])
                        .orElse(""));
            }
            int firstChars = Math.max(tasks.parameter().length(), "Mean rank".length());
            for (TaskTable.Row row : table.rows()) {
                firstChars =
                        Math.max(firstChars, Labels.value(row.task().task()).length());
            }
            double first = SEPARATION + SAFETY * LETTER * firstChars;
            double[] widths = new double[headers.size()];
            for (int c = 0; c < headers.size(); c++) {
                double width = LETTER * headers.get(c).length();
                for (List<String> line : cells) {
                    width = Math.max(width, width(line.get(c)));
                }
                widths[c] = SEPARATION + SAFETY * width;
            }
            List<int[]> chunks = chunks(first, widths);
            double total = first;
            for (double w : widths) {
                total += w;
            }
            String environment = chunks.size() == 1 && total <= COLUMN_WIDTH ? "table" : "table*";
            caption(tex, experiment, metric, context, table, environment, leader.map(headers::get));
            for (int[] chunk : chunks) {
                tex.append("\\begin{tabular}{l")
                        .append("r".repeat(chunk[1] - chunk[0]))
                        .append("}\n\\toprule\n");
                tex.append(Latex.escape(tasks.parameter()));
                for (int c = chunk[0]; c < chunk[1]; c++) {
                    tex.append(" & ").append(Latex.escape(headers.get(c)));
                }
                tex.append(" \\\\\n\\midrule\n");
                for (int r = 0; r < table.rows().size(); r++) {
                    tex.append(
                            Latex.escape(Labels.value(table.rows().get(r).task().task())));
                    for (int c = chunk[0]; c < chunk[1]; c++) {
                        tex.append(" & ").append(cells.get(r).get(c));
                    }
                    tex.append(" \\\\\n");
                }
                tex.append("\\midrule\nMean rank");
                for (int c = chunk[0]; c < chunk[1]; c++) {
                    tex.append(" & ").append(ranks.get(c));
                }
                tex.append(" \\\\\n");
                if (leader.isPresent()) {
                    tex.append(Latex.escape(leaderLabel));
                    for (int c = chunk[0]; c < chunk[1]; c++) {
                        tex.append(" & ").append(records.get(c));
                    }
                    tex.append(" \\\\\n");
                }
                tex.append("\\bottomrule\n\\end{tabular}\n");
                if (chunk[1] < headers.size()) {
                    tex.append("\n\\medskip\n");
                }
            }
            tex.append("\\end{").append(environment).append("}\n");
            notes.forEach((field, reason) -> tex.append("% --- ")
                    .append(Latex.comment(field))
                    .append(": ")
                    .append(Latex.comment(reason))
                    .append('\n'));
        }

        private static void caption(
                StringBuilder tex,
                ExperimentAnalysis experiment,
                MetricAnalysis metric,
                ReportContext context,
                TaskTable table,
                String environment,
                Optional<String> leader) {
            TaskAnalysis tasks = metric.tasks();
            String alpha = Numbers.plain(context.alpha());
            tex.append("\\begin{").append(environment).append("}[htbp]\n\\centering\n\\footnotesize\n");
            tex.append("\\setlength{\\tabcolsep}{4pt}\n\\caption{Experiment ")
                    .append(LatexTables.name(experiment))
                    .append(", metric ")
                    .append(Latex.escape(metric.name()))
                    .append(" (")
                    .append(Labels.goal(metric.goal()))
                    .append(") on ")
                    .append(tasks.tasks().size())
                    .append(" tasks: mean $\\pm$ standard deviation over the seeds of each task (columns: ")
                    .append(Latex.escape(table.parameters()))
                    .append("); the task's best mean in bold; $^{\\dagger}$: significantly worse than the task's"
                            + " best (")
                    .append(Latex.escape(Labels.policyName(context.analysis().testChoice())))
                    .append("; Holm-adjusted $p < ")
                    .append(alpha)
                    .append("$ within the task). Mean rank: ranks within each task (1 = best), averaged over"
                            + " tasks");
            leader.ifPresent(l -> tex.append("; W/T/L: tasks on which the column is significantly better than, not")
                    .append(" different from, or worse than ")
                    .append(Latex.escape(l))
                    .append(", the configuration with the best mean rank"));
            tex.append(".}\n\\label{tab:cohort:")
                    .append(Latex.labelKey(experiment.id() + ":" + metric.name() + ":tasks"))
                    .append("}\n");
        }

        private static String cell(TaskTable.Cell cell, Map<String, String> notes) {
            GroupSummary g = cell.group();
            if (g == null) {
                notes.putIfAbsent("task", "a configuration has no results on a task");
                return LatexTables.MISSING;
            }
            if (!g.mean().isDefined()) {
                notes.putIfAbsent("mean", g.mean().reason());
                return LatexTables.MISSING;
            }
            String content = Numbers.latex(g.mean().value()) + " \\pm " + stat(g.sd(), "sd", notes);
            String math = cell.best() ? "\\mathbf{" + content + "}" : content;
            return "$" + math + (cell.worse() ? "^{\\dagger}" : "") + "$";
        }

        /** About how wide a cell of the table is, in points: its LaTeX without commands and braces. */
        private static double width(String cell) {
            boolean bold = cell.contains("\\mathbf");
            String shown = cell.replace("\\pm", "\u00b1").replace("^{\\dagger}", "\u2020");
            shown = MARKUP.matcher(COMMAND.matcher(shown).replaceAll("")).replaceAll("");
            double width = 0;
            for (int i = 0; i < shown.length(); i++) {
                char c = shown.charAt(i);
                if (c == '.' || c == ',') {
                    width += POINT;
                } else if (c == '\u00b1') {
                    width += PLUS_MINUS;
                } else if (c == '\u2020') {
                    width += DAGGER;
                } else if (Character.isDigit(c)) {
                    width += bold ? BOLD_DIGIT : DIGIT;
                } else {
                    width += LETTER;
                }
            }
            return width;
        }

        /** Consecutive columns [from, to) that fit the text width beside the first column. */
        private static List<int[]> chunks(double first, double[] widths) {
            List<int[]> chunks = new ArrayList<>();
            int start = 0;
            double used = first;
            for (int c = 0; c < widths.length; c++) {
                if (c > start && used + widths[c] > TEXT_WIDTH) {
                    chunks.add(new int[] {start, c});
                    start = c;
                    used = first;
                }
                used += widths[c];
            }
            chunks.add(new int[] {start, widths.length});
            return chunks;
        }
    }

    /**
     * Demšar's critical-difference diagram in TikZ: the mean-rank axis (1 = best, on the left), each
     * configuration joined to its rank by a leader line, thick bars over configurations closer than the
     * Nemenyi critical difference, and that difference as a scale bar above the axis. It scales with
     * {@code \linewidth}.
     */
    static final class CriticalDifferenceFigure implements LatexSection.Metric {
        @Override
        public void write(
                StringBuilder tex, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            TaskAnalysis tasks = metric.tasks();
            CriticalDifference diagram = CriticalDifference.of(tasks.aggregate());
            List<CriticalDifference.Entry> entries = diagram.entries();
            if (entries.isEmpty()) {
                return;
            }
            int k = Math.max(2, tasks.aggregate().configs().size());
            int half = (entries.size() + 1) / 2;
            double edge = 0.04 * (k - 1);
            TaskTable table = TaskTable.of(tasks, context.alpha());
            List<String> names = table.headers();
            double firstRow = -(0.7 * diagram.groups().size() + 1.2);
            tex.append("\\begin{figure}[htbp]\n\\centering\n\\begin{tikzpicture}[x=")
                    .append(number(0.44 / (k - 1)))
                    .append("\\linewidth, y=1em, font=\\footnotesize]\n");
            tex.append("\\draw[thick] (1,0) -- (").append(k).append(",0);\n");
            for (int i = 1; i <= k; i++) {
                tex.append("\\draw (")
                        .append(i)
                        .append(",0) -- (")
                        .append(i)
                        .append(",0.4) node[above] {")
                        .append(i)
                        .append("};\n");
            }
            for (int g = 0; g < diagram.groups().size(); g++) {
                int[] group = diagram.groups().get(g);
                tex.append("\\draw[line width=2pt] (")
                        .append(number(entries.get(group[0]).meanRank() - 0.03))
                        .append(',')
                        .append(number(-0.7 * (g + 1)))
                        .append(") -- (")
                        .append(number(entries.get(group[1]).meanRank() + 0.03))
                        .append(',')
                        .append(number(-0.7 * (g + 1)))
                        .append(");\n");
            }
            for (int i = 0; i < entries.size(); i++) {
                CriticalDifference.Entry e = entries.get(i);
                boolean left = i < half;
                int row = left ? i : entries.size() - 1 - i;
                double y = firstRow - 1.1 * row;
                double end = left ? 1 - edge : k + edge;
                tex.append("\\draw (")
                        .append(number(e.meanRank()))
                        .append(",0) |- (")
                        .append(number(end))
                        .append(',')
                        .append(number(y))
                        .append(") node[anchor=")
                        .append(left ? "east" : "west")
                        .append(", text width=0.2\\linewidth, align=")
                        .append(left ? "right" : "left")
                        .append("] {")
                        .append(Latex.escape(names.get(e.column())))
                        .append(" (")
                        .append(Numbers.readable(e.meanRank()))
                        .append(")};\n");
            }
            Statistic<Double> cd = diagram.criticalDifference();
            if (cd.isDefined()) {
                double length = Math.min(cd.value(), k - 1);
                tex.append("\\draw[|-|, thick] (1,2.2) -- node[above] {CD = ")
                        .append(Numbers.readable(cd.value()))
                        .append("} (")
                        .append(number(1 + length))
                        .append(",2.2);\n");
            }
            tex.append("\\end{tikzpicture}\n\\caption{Experiment ")
                    .append(LatexTables.name(experiment))
                    .append(", metric ")
                    .append(Latex.escape(metric.name()))
                    .append(": mean ranks of ")
                    .append(Latex.escape(table.parameters()))
                    .append(" over ")
                    .append(tasks.tasks().size())
                    .append(" tasks (1 = best, ")
                    .append(Labels.goal(metric.goal()))
                    .append("; Dem\\v{s}ar 2006). ");
            if (cd.isDefined()) {
                tex.append("Thick bars join configurations whose mean ranks differ by less than the Nemenyi critical"
                        + " difference (CD, $\\alpha = 0.05$).");
            } else {
                tex.append("The Nemenyi critical difference is undefined: ")
                        .append(Latex.escape(cd.reason()))
                        .append('.');
            }
            tex.append("}\n\\label{fig:cohort:")
                    .append(Latex.labelKey(experiment.id() + ":" + metric.name() + ":cd"))
                    .append("}\n\\end{figure}\n");
        }

        private static String number(double x) {
            return String.format(Locale.ROOT, "%.4f", x);
        }
    }

    /** A statistic as math, or {@code ---} with its reason noted under {@code field}. */
    private static String stat(Statistic<Double> statistic, String field, Map<String, String> notes) {
        if (!statistic.isDefined()) {
            notes.putIfAbsent(field, statistic.reason());
            return "\\mbox{" + LatexTables.MISSING + "}";
        }
        return Numbers.latex(statistic.value());
    }
}
