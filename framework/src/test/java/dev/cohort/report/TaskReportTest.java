package dev.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.analysis.AggregateScores;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.Significance;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.analysis.TaskAnalysis;
import dev.cohort.analysis.TaskMetric;
import dev.cohort.analysis.TaskPair;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML and LaTeX of a metric compared across tasks, read against the model they render. */
class TaskReportTest {

    private static final StudyAnalysis STUDY = TaskFixtures.study();

    private static TaskAnalysis tasks(StudyAnalysis study) {
        return study.experiments().get(0).metrics().get(0).tasks();
    }

    private static String html(StudyAnalysis study) {
        return HtmlReportFormatTest.markup(new HtmlReportFormat().render(study, Fixtures.context()));
    }

    private static String tasksTable(String html) {
        return html.substring(
                html.indexOf("<table class=\"tasks\">"),
                html.indexOf("</table>", html.indexOf("<table class=\"tasks\">")));
    }

    @Test
    void theTasksTableHasATaskPerRowAConfigurationPerColumnAndTheBestInBold() {
        String table = tasksTable(html(STUDY));
        TaskAnalysis tasks = tasks(STUDY);

        assertThat(table)
                .contains("<th>game</th><th>algorithm=DQN</th><th>algorithm=C51</th><th>algorithm=Rainbow</th>"
                        + "<th>algorithm=PPO</th>");
        Matcher rows = Pattern.compile("<tr><th>([^<]*)</th>").matcher(table.substring(table.indexOf("<tbody>")));
        assertThat(rows.results().map(m -> m.group(1)).toList()).containsExactlyElementsOf(TaskFixtures.GAMES);
        for (TaskMetric task : tasks.perTask()) {
            MetricAnalysis metric = task.analysis();
            GroupSummary best = metric.groups().get(Best.of(metric).iterator().next());
            String row = row(table, String.valueOf(task.task()));
            assertThat(row)
                    .as("the best of %s in bold", task.task())
                    .contains("<td class=\"num task-best\">" + HtmlSections.num(best.mean()) + " ± "
                            + HtmlSections.num(best.sd()));
            assertThat(row.split("task-best", -1)).hasSize(2);
        }
    }

    @Test
    void marksExactlyTheConfigurationsSignificantlyWorseThanTheTasksBest() {
        String table = tasksTable(html(STUDY));
        for (TaskMetric task : tasks(STUDY).perTask()) {
            MetricAnalysis metric = task.analysis();
            GroupSummary best = metric.groups().get(Best.of(metric).iterator().next());
            long worse = metric.groups().stream()
                    .filter(g ->
                            g != best && Significance.of(metric, best, g, 0.05).isSignificantlyBetter())
                    .count();
            String row = row(table, String.valueOf(task.task()));
            assertThat(row.split(HtmlTaskSections.WORSE, -1).length - 1)
                    .as("marks on %s", task.task())
                    .isEqualTo((int) worse);
        }
        assertThat(table).contains(HtmlTaskSections.WORSE);
    }

    @Test
    void theLastRowsGiveMeanRanksAndWinsTiesLossesAgainstTheBestRanked() {
        String table = tasksTable(html(STUDY));
        TaskAnalysis tasks = tasks(STUDY);
        List<AggregateScores> configs = tasks.aggregate().configs();
        String ranks = row(table, "Mean rank");
        for (AggregateScores s : configs) {
            assertThat(ranks).contains(HtmlSections.num(s.meanRank()));
        }
        // Rainbow ranks best; DQN vs Rainbow is the pair (DQN, Rainbow) itself.
        TaskPair dqnRainbow = tasks.aggregate().pairs().get(1);
        assertThat(dqnRainbow.b()).isEqualTo(Map.of("algorithm", "Rainbow"));
        assertThat(row(table, "W/T/L vs algorithm=Rainbow"))
                .contains(dqnRainbow.wins() + " / " + dqnRainbow.ties() + " / " + dqnRainbow.losses());
        // Rainbow vs PPO is stored as (Rainbow, PPO): PPO's column reads it from PPO's side.
        TaskPair rainbowPpo = tasks.aggregate().pairs().get(5);
        assertThat(row(table, "W/T/L vs algorithm=Rainbow"))
                .endsWith(rainbowPpo.losses() + " / " + rainbowPpo.ties() + " / " + rainbowPpo.wins() + "</td>");
    }

    @Test
    void showsTheRankTestsPairsAndEachTaskCollapsed() {
        String html = html(STUDY);
        TaskAnalysis tasks = tasks(STUDY);

        assertThat(html)
                .contains("<strong>Friedman: </strong>χ²(3) = "
                        + HtmlSections.num(tasks.aggregate().friedman().chiSquared()))
                .contains("<strong>Iman-Davenport: </strong>F(3, 15) = ")
                .contains("critical difference = "
                        + HtmlSections.num(tasks.aggregate().nemenyi().criticalDifference()))
                .contains("<table class=\"task-pairs\">")
                .contains("300 resamples, seed 42")
                .doesNotContain("NaN");
        assertThat(html.split("<details class=\"task\">", -1)).hasSize(1 + TaskFixtures.GAMES.size());
        assertThat(html).contains("<summary>game = Pong</summary>");
        // the task's own sections, as today's: its summary table without the task parameter
        String pong = html.substring(html.indexOf("<summary>game = Pong</summary>"));
        assertThat(pong.substring(0, pong.indexOf("</details>\n<details class=\"task\">")))
                .contains("<table class=\"summary\">", "algorithm=Rainbow")
                .doesNotContain("game=Pong");
        // no summary table of all (algorithm, game) pairs
        assertThat(html.substring(0, html.indexOf("<details class=\"task\">")))
                .doesNotContain("table class=\"summary\"");
    }

    @Test
    void oneTaskLeavesTheRankTestsUndefinedWithTheirReasonNeverNaN() {
        StudyAnalysis one = TaskFixtures.study(TaskFixtures.ALGORITHMS, List.of("Pong"));

        String html = html(one);

        assertThat(html)
                .contains("<strong>Friedman: </strong><span class=\"na\" title=\"needs two or more tasks, got 1\">—")
                .contains("— needs two or more tasks, got 1")
                .doesNotContain("NaN");
    }

    @Test
    void criticalDifferenceGroupsAreMaximalRunsCloserThanTheDifference() {
        List<CriticalDifference.Entry> entries = List.of(entry(1.0), entry(2.333), entry(2.833), entry(3.833));

        assertThat(CriticalDifference.groups(entries, 1.915)).containsExactly(new int[] {0, 2}, new int[] {1, 3});
        assertThat(CriticalDifference.groups(entries, 0.4)).isEmpty();
        assertThat(CriticalDifference.groups(entries, 0.6)).containsExactly(new int[] {1, 2});
        assertThat(CriticalDifference.groups(entries, 10)).containsExactly(new int[] {0, 3});
        // a difference of exactly the critical difference is significant: no bar
        assertThat(CriticalDifference.groups(List.of(entry(1), entry(2)), 1.0)).isEmpty();
    }

    @Test
    void latexHasTheTasksTableWithoutResizeboxAndTheDiagramInTikz() {
        String tex = new LatexReportFormat().render(STUDY, Fixtures.context());
        TaskAnalysis tasks = tasks(STUDY);

        assertThat(tex)
                .contains("\\begin{table*}[htbp]", "game & DQN & C51 & Rainbow & PPO \\\\", "\\begin{tikzpicture}")
                .contains("Mean rank & 3.833 & ")
                .contains("W/T/L & ", "worse than Rainbow, the configuration with the best mean rank")
                .contains("CD = " + HtmlSections.num(tasks.aggregate().nemenyi().criticalDifference()))
                .doesNotContain("\\resizebox", "NaN");
        GroupSummary rainbowOnPong = tasks.perTask().get(0).analysis().groups().get(2);
        assertThat(tex)
                .contains("$\\mathbf{" + Numbers.latex(rainbowOnPong.mean().value()) + " \\pm ");
        assertThat(tex.split("\\^\\{\\\\dagger\\}\\$", -1).length - 1).isPositive();
    }

    @Test
    void aNarrowTableFitsOneColumn() {
        StudyAnalysis two = TaskFixtures.study(List.of("A", "B"), List.of("f1", "f2", "f3"));

        String tex = new LatexReportFormat().render(two, Fixtures.context());

        assertThat(tex).contains("\\begin{table}[htbp]").doesNotContain("table*");
    }

    private static CriticalDifference.Entry entry(double rank) {
        return new CriticalDifference.Entry(Map.of(), 0, rank);
    }

    private static String row(String table, String header) {
        int start = table.indexOf("<th>" + header + "</th>");
        assertThat(start).as("row %s", header).isNotNegative();
        return table.substring(start, table.indexOf("</tr>", start));
    }
}
