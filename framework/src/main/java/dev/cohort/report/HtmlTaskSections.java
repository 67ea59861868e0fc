package dev.cohort.report;

import dev.cohort.analysis.AggregateScores;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.FailedTrial;
import dev.cohort.analysis.Friedman;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.ImanDavenport;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.Nemenyi;
import dev.cohort.analysis.Statistic;
import dev.cohort.analysis.TaskAggregate;
import dev.cohort.analysis.TaskAnalysis;
import dev.cohort.analysis.TaskMetric;
import dev.cohort.analysis.TaskPair;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The sections of a metric compared across tasks ({@link MetricAnalysis#tasks()}): the tasks x
 * configurations table, the rank tests, the aggregate estimates, the pairs, and each task's own analysis
 * collapsed below.
 */
final class HtmlTaskSections {

    /** The mark of a configuration significantly worse than the task's best. */
    static final String WORSE = "▼";

    static final String STYLE = """
            table.tasks td.task-best { font-weight: 700; background: #dafbe1; }
            table.tasks .worse { color: #cf222e; font-size: .8em; }
            table.tasks tr.summary-row th, table.tasks tr.summary-row td { border-top: 2px solid #8c959f;
                background: #f6f8fa; }
            table.tasks tbody th { text-align: left; font-weight: 600; background: none; }
            details.task { margin: .3rem 0; border-left: 3px solid #d0d7de; padding-left: .8rem; }
            details.task > summary { cursor: pointer; color: #0969da; font-weight: 600; }
            """;

    private HtmlTaskSections() {}

    static String normalization(TaskAnalysis tasks) {
        return switch (tasks.normalization()) {
            case MIN_MAX -> "min-max per task over all its runs";
            case REFERENCE -> "by the reference scores declared per task";
            case NONE -> "none (scores as recorded)";
        };
    }

    /** Under the metric's heading: its tasks and normalisation. */
    static final class Heading implements HtmlSection.Metric {
        @Override
        public void render(Html html, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            TaskAnalysis tasks = metric.tasks();
            html.open("p", "meta")
                    .text("Compared within each task and aggregated across "
                            + StudyNotes.count(tasks.tasks().size(), "task")
                            + " (parameter " + tasks.parameter() + ": "
                            + String.join(
                                    ", ",
                                    tasks.tasks().stream().map(String::valueOf).toList())
                            + "). Normalisation: " + normalization(tasks) + ".")
                    .close("p");
        }
    }

    /**
     * Tasks as rows, configurations as columns: mean ± SD of each task's own analysis, the task's best in
     * bold, a mark where a configuration is significantly worse than the best; then the mean ranks and
     * the wins, ties and losses against the configuration with the best mean rank.
     */
    static final class TasksTable implements HtmlSection.Metric {
        @Override
        public void render(Html html, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            TaskAnalysis tasks = metric.tasks();
            TaskTable table = TaskTable.of(tasks, context.alpha());
            List<String> headers = new ArrayList<>();
            headers.add(tasks.parameter());
            table.columns().forEach(c -> headers.add(Labels.config(c)));
            html.raw("<table class=\"tasks\">\n").headerRow(headers).raw("<tbody>\n");
            boolean anyWorse = false;
            for (TaskTable.Row row : table.rows()) {
                html.raw("<tr>").element("th", null, Labels.value(row.task().task()));
                for (TaskTable.Cell cell : row.cells()) {
                    html.open("td", cell.best() ? "num task-best" : "num");
                    GroupSummary g = cell.group();
                    if (g == null) {
                        html.missing("the configuration has no results on this task");
                    } else {
                        html.number(g.mean()).text(" ± ").number(g.sd());
                    }
                    if (cell.worse()) {
                        html.element("span", "worse", " " + WORSE);
                        anyWorse = true;
                    }
                    html.raw("</td>");
                }
                html.raw("</tr>\n");
            }
            html.raw("<tr class=\"summary-row\">").element("th", null, "Mean rank");
            for (Statistic<Double> rank : table.meanRanks()) {
                html.open("td", "num").number(rank).raw("</td>");
            }
            html.raw("</tr>\n");
            Optional<Integer> leader = table.leader();
            if (leader.isPresent()) {
                int l = leader.get();
                html.raw("<tr class=\"summary-row\">")
                        .element(
                                "th",
                                null,
                                "W/T/L vs " + Labels.config(table.columns().get(l)));
                for (int c = 0; c < table.columns().size(); c++) {
                    Optional<int[]> record = c == l ? Optional.empty() : table.record(c, l);
                    if (c == l) {
                        html.element("td", "num", "");
                    } else if (record.isEmpty()) {
                        html.open("td", "num")
                                .missing("the aggregate holds no comparison of the two")
                                .raw("</td>");
                    } else {
                        int[] r = record.get();
                        html.element("td", "num", r[0] + " / " + r[1] + " / " + r[2]);
                    }
                }
                html.raw("</tr>\n");
            }
            html.raw("</tbody>\n</table>\n");
            html.element(
                            "p",
                            "caption",
                            "Each task's mean ± SD over its seeds, from that task's own analysis (below). Bold: the"
                                    + " task's best mean (" + Labels.goal(metric.goal()) + ")."
                                    + (anyWorse
                                            ? " " + WORSE + ": significantly worse than the task's best (Holm-adjusted"
                                                    + " p < " + Numbers.plain(context.alpha())
                                                    + " within the task, the test chosen per pair)."
                                            : "")
                                    + " Mean rank: the rank of the task mean on each task (1 = best, ties share the"
                                    + " average), averaged over tasks."
                                    + leader.map(l -> " W/T/L: the tasks on which the column's configuration is"
                                                    + " significantly better than, not significantly different from,"
                                                    + " or significantly worse than the one with the best mean rank.")
                                            .orElse(""))
                    .raw("\n");
        }
    }

    /** Friedman, Iman-Davenport and the Nemenyi critical difference in one line. */
    static final class RankTests implements HtmlSection.Metric {
        @Override
        public void render(Html html, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            TaskAggregate aggregate = metric.tasks().aggregate();
            Friedman friedman = aggregate.friedman();
            ImanDavenport iman = aggregate.imanDavenport();
            Nemenyi nemenyi = aggregate.nemenyi();
            html.open("p", "stat").element("strong", null, "Friedman: ");
            if (friedman.chiSquared().isDefined()) {
                html.text("χ²(")
                        .count(friedman.df())
                        .text(") = ")
                        .number(friedman.chiSquared())
                        .text(HtmlSections.pLabel(friedman.p()))
                        .pValue(friedman.p());
            } else {
                html.number(friedman.chiSquared());
            }
            html.text("; ").element("strong", null, "Iman-Davenport: ");
            if (iman.f().isDefined()) {
                html.text("F(")
                        .count(iman.df1())
                        .text(", ")
                        .count(iman.df2())
                        .text(") = ")
                        .number(iman.f())
                        .text(HtmlSections.pLabel(iman.p()))
                        .pValue(iman.p());
            } else {
                html.number(iman.f());
            }
            html.text("; ").element("strong", null, "Nemenyi: ");
            html.text("q = ")
                    .number(nemenyi.q())
                    .text(", critical difference = ")
                    .number(nemenyi.criticalDifference())
                    .text(".")
                    .close("p");
            html.element(
                            "p",
                            "caption",
                            "Rank tests over the tasks x configurations matrix of task means (Demšar 2006): Friedman"
                                    + " (R's friedman.test), its F form by Iman and Davenport, and the Nemenyi critical"
                                    + " difference of mean ranks at α = 0.05.")
                    .raw("\n");
        }
    }

    /** Every aggregate of every configuration with its interval, the numbers behind the interval plots. */
    static final class AggregateTable implements HtmlSection.Metric {
        @Override
        public void render(Html html, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            TaskAggregate aggregate = metric.tasks().aggregate();
            if (aggregate.configs().isEmpty()) {
                return;
            }
            html.raw("<table class=\"aggregates\">\n")
                    .headerRow(List.of(
                            "Configuration",
                            "Mean rank",
                            "Mean [95% CI]",
                            "Median [95% CI]",
                            "IQM [95% CI]",
                            "Optimality gap [95% CI]"))
                    .raw("<tbody>\n");
            for (AggregateScores s : aggregate.configs()) {
                html.raw("<tr>").element("td", null, Labels.config(s.config()));
                html.open("td", "num").number(s.meanRank()).raw("</td>");
                estimate(html, s.mean(), s.meanLow(), s.meanHigh());
                estimate(html, s.median(), s.medianLow(), s.medianHigh());
                estimate(html, s.iqm(), s.iqmLow(), s.iqmHigh());
                estimate(html, s.optimalityGap(), s.optimalityGapLow(), s.optimalityGapHigh());
                html.raw("</tr>\n");
            }
            html.raw("</tbody>\n</table>\n");
            html.element(
                            "p",
                            "caption",
                            "Aggregates of normalised scores (" + normalization(metric.tasks()) + "), with 95%"
                                    + " percentile intervals of a stratified bootstrap ("
                                    + aggregate.bootstrap().resamples() + " resamples, seed "
                                    + aggregate.bootstrap().seed() + "). Optimality gap: "
                                    + HtmlTaskCharts.gapDirection(metric.goal()) + ".")
                    .raw("\n");
        }

        private static void estimate(
                Html html, Statistic<Double> value, Statistic<Double> low, Statistic<Double> high) {
            html.open("td", "num")
                    .number(value)
                    .text(" [")
                    .number(low)
                    .text(", ")
                    .number(high)
                    .text("]");
            html.raw("</td>");
        }
    }

    /** Every pair across tasks: Wilcoxon signed-rank on the task means with Holm, improvement, W/T/L. */
    static final class PairsTable implements HtmlSection.Metric {
        @Override
        public void render(Html html, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            List<TaskPair> pairs = metric.tasks().aggregate().pairs();
            if (pairs.isEmpty()) {
                return;
            }
            html.element("p", "stat", "Pairs across tasks (" + pairs.size() + "):")
                    .raw("\n<table class=\"task-pairs\">\n")
                    .headerRow(List.of(
                            "a",
                            "b",
                            "Wilcoxon V",
                            "p",
                            "Holm p",
                            "P(a better than b) [95% CI]",
                            "IQM a − b [95% CI]",
                            "W / T / L"))
                    .raw("<tbody>\n");
            for (TaskPair pair : pairs) {
                boolean significant = pair.pHolm().isDefined() && pair.pHolm().value() < context.alpha();
                html.raw(significant ? "<tr class=\"sig\">" : "<tr>");
                html.element("td", null, Labels.config(pair.a()));
                html.element("td", null, Labels.config(pair.b()));
                html.open("td", "num").number(pair.wilcoxonV()).raw("</td>");
                html.open("td", "num").pValue(pair.wilcoxonP()).raw("</td>");
                html.open("td", "num holm").pValue(pair.pHolm()).raw("</td>");
                html.open("td", "num")
                        .number(pair.probabilityOfImprovement())
                        .text(" [")
                        .number(pair.poiLow())
                        .text(", ")
                        .number(pair.poiHigh())
                        .text("]")
                        .raw("</td>");
                html.open("td", "num")
                        .number(pair.iqmDifference())
                        .text(" [")
                        .number(pair.iqmDifferenceLow())
                        .text(", ")
                        .number(pair.iqmDifferenceHigh())
                        .text("]")
                        .raw("</td>");
                html.element("td", "num", pair.wins() + " / " + pair.ties() + " / " + pair.losses());
                html.raw("</tr>\n");
            }
            html.raw("</tbody>\n</table>\n");
            html.element(
                            "p",
                            "caption",
                            "Wilcoxon signed-rank test on the task means of a and b, paired by task (R's"
                                    + " wilcox.test(paired = TRUE); Benavoli, Corani and Mangili 2016), Holm over the "
                                    + pairs.size() + " pairs; bold: Holm p < " + Numbers.plain(context.alpha())
                                    + ". P(a better than b): the probability of improvement, averaged over tasks. IQM"
                                    + " a − b: the difference of the IQMs of normalised scores, a and b resampled"
                                    + " alike. W / T / L: tasks on which a is significantly better than b, not"
                                    + " significantly different, significantly worse (the within-task comparisons,"
                                    + " Holm-adjusted p < 0.05).")
                    .raw("\n");
        }
    }

    /**
     * The factorial ANOVA over all trials with the task as a factor, when the analysis has one: its
     * interaction terms with the task parameter say whether the configurations' differences depend on
     * the task.
     */
    static final class TaskFactorial implements HtmlSection.Metric {

        private final HtmlSections.FactorialTable table = new HtmlSections.FactorialTable();

        @Override
        public void render(Html html, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            if (metric.factorial() == null) {
                return;
            }
            html.element(
                            "p",
                            "caption",
                            "Over all trials of all tasks, with "
                                    + metric.tasks().parameter() + " as a factor: a term"
                                    + " that joins a parameter with "
                                    + metric.tasks().parameter() + " says how much"
                                    + " that parameter's effect differs between tasks.")
                    .raw("\n");
            table.render(html, experiment, metric, context);
        }
    }

    /**
     * Each task's own analysis, collapsed: the per-metric sections of an experiment without tasks, over
     * the task's trials, its configurations named without the task parameter.
     */
    static final class PerTask implements HtmlSection.Metric {

        private final List<HtmlSection.Metric> sections;

        PerTask(List<? extends HtmlSection.Metric> sections) {
            this.sections = List.copyOf(sections);
        }

        @Override
        public void render(Html html, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            TaskAnalysis tasks = metric.tasks();
            html.footnotes();
            for (TaskMetric task : tasks.perTask()) {
                ExperimentAnalysis view = view(experiment, tasks.parameter(), task);
                html.raw("<details class=\"task\">\n<summary>")
                        .text(tasks.parameter() + " = " + Labels.value(task.task()))
                        .raw("</summary>\n");
                for (HtmlSection.Metric section : sections) {
                    section.render(html, view, task.analysis(), context);
                }
                html.footnotes();
                html.raw("</details>\n");
            }
        }

        /**
         * The experiment as one task's analysis sees it: its id names the task (so chart ids stay unique),
         * its parameters and its failed and not-yet-run configurations are those of the task, without the
         * task parameter.
         */
        static ExperimentAnalysis view(ExperimentAnalysis experiment, String parameter, TaskMetric task) {
            List<String> parameters = experiment.parameters().stream()
                    .filter(p -> !p.equals(parameter))
                    .toList();
            List<FailedTrial> failures = new ArrayList<>();
            for (FailedTrial f : experiment.failures()) {
                if (onTask(f.config(), parameter, task)) {
                    failures.add(new FailedTrial(
                            without(f.config(), parameter),
                            f.seed(),
                            f.status(),
                            f.errorType(),
                            f.message(),
                            f.stackTrace()));
                }
            }
            List<Map<String, Object>> notRun = experiment.notRun().stream()
                    .filter(c -> onTask(c, parameter, task))
                    .map(c -> without(c, parameter))
                    .toList();
            int successful =
                    task.analysis().groups().stream().mapToInt(GroupSummary::n).sum();
            ExperimentAnalysis view = new ExperimentAnalysis(
                    experiment.id() + " [" + Labels.assignment(parameter, task.task()) + "]",
                    parameters,
                    successful + failures.size(),
                    successful,
                    failures,
                    List.of(task.analysis()));
            return view.withCoverage(view.coverage(), notRun, List.of());
        }

        private static boolean onTask(Map<String, Object> config, String parameter, TaskMetric task) {
            return Objects.equals(String.valueOf(config.get(parameter)), String.valueOf(task.task()));
        }

        private static Map<String, Object> without(Map<String, Object> config, String parameter) {
            Map<String, Object> rest = new LinkedHashMap<>(config);
            rest.remove(parameter);
            return rest;
        }
    }
}
