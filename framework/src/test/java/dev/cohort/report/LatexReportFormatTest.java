package dev.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.Goal;
import dev.cohort.analysis.AnalysisOptions;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.analysis.TestChoice;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatexReportFormatTest {

    private final LatexReportFormat format = new LatexReportFormat();

    @Test
    void escapesEverySpecialCharacter() {
        assertThat(Latex.escape("< & % _ # { \\")).isEqualTo("\\textless{} \\& \\% \\_ \\# \\{ \\textbackslash{}");
        assertThat(Latex.escape("} $ ^ ~ > |"))
                .isEqualTo("\\} \\$ \\textasciicircum{} \\textasciitilde{} \\textgreater{} \\textbar{}");
        assertThat(Latex.escape("two\nlines")).isEqualTo("two lines");
        assertThat(Latex.labelKey("org.acme.X#run:final_error")).isEqualTo("org.acme.X-run:final-error");
    }

    @Test
    void replacesWhatPdflatexCannotTypesetAndKeepsAccentedLetters() {
        assertThat(Latex.escape("nul\u0000 bell\u0007 del\u007f c1\u0085")).isEqualTo("nul? bell? del? c1?");
        assertThat(Latex.escape("rocket \ud83d\ude80!")).isEqualTo("rocket ?!");
        assertThat(Latex.escape("\u200eltr \u200frtl \u202eover\u202c \u2066iso\u2069"))
                .isEqualTo("?ltr ?rtl ?over? ?iso?");
        assertThat(Latex.escape("zero\u200bwidth\u200d\ufeff")).isEqualTo("zero?width??");
        assertThat(Latex.escape("\u4e2d\u0434 \u0127 \u00f0")).isEqualTo("?? ? ?");
        assertThat(Latex.escape("Cr\u00e8me br\u00fbl\u00e9e, \u0141\u00f3d\u017a, Erd\u0151s \u2013 \u201cok\u201d"))
                .isEqualTo("Cr\u00e8me br\u00fbl\u00e9e, \u0141\u00f3d\u017a, Erd\u0151s \u2013 \u201cok\u201d");
        assertThat(Latex.escape("no\u00a0break")).isEqualTo("no~break");
        assertThat(Latex.escape("lone \ud800 surrogate")).isEqualTo("lone ? surrogate");
        assertThat(Latex.comment("a\u0000b\tc\u2028d\ne \u202eg\u200b \u00e9")).isEqualTo("a?b c?d e ?g? \u00e9");
    }

    @Test
    void separatesExperimentsWithAClearpageSoFloatsDoNotPileUp() {
        MetricAnalysis metric =
                Fixtures.metric("m", Goal.NONE, List.of(Fixtures.group(Fixtures.config("p", 1), 5, 1.0, 0.5)));
        StudyAnalysis study = new StudyAnalysis(List.of(
                new ExperimentAnalysis("first", List.of("p"), 5, 5, List.of(), List.of(metric)),
                new ExperimentAnalysis("second", List.of("p"), 5, 5, List.of(), List.of(metric))));

        String tex = format.render(study, Fixtures.context());

        assertThat(tex.split("\\\\clearpage", -1)).hasSize(2);
        assertThat(tex.indexOf("\\clearpage"))
                .isGreaterThan(tex.indexOf("% Experiment first"))
                .isLessThan(tex.indexOf("% Experiment second"));
    }

    @Test
    void escapesNamesAndValuesInTables() {
        String hostile = "a<b & 50% _x #1 {y} \\z";
        MetricAnalysis metric = Fixtures.metric(
                hostile, Goal.MINIMIZE, List.of(Fixtures.group(Fixtures.config("p", hostile), 5, 1.0, 0.5)));
        StudyAnalysis study = new StudyAnalysis(
                List.of(new ExperimentAnalysis(hostile, List.of("p"), 5, 5, List.of(), List.of(metric))));

        String tex = format.render(study, Fixtures.context());
        String escaped = Latex.escape(hostile);

        assertThat(tex).contains("\\caption{" + escaped + ", " + escaped + " (lower is better)");
        assertThat(tex).contains("\\textbf{p=" + escaped + "} & $\\mathbf{1.00 \\pm 0.50}$");
        assertThat(withoutComments(tex)).doesNotContain(hostile);
        assertBalancedBraces(tex);
    }

    @Test
    void boldsTheBestConfigurationByGoal() {
        String tex = format.render(Fixtures.study(), Fixtures.context());

        assertThat(tex)
                .contains("\\textbf{alpha=0.01, algorithm=IDBD} & $\\mathbf{0.25 \\pm 0.05}$"
                        + " & $\\mathbf{[0.15, 0.35]}$ \\\\");
        assertThat(tex).contains("alpha=0.01, algorithm=LMS$^{\\dagger}$ & $0.50 \\pm 0.10$ & $[0.40, 0.60]$ \\\\");
        assertThat(tex).contains("\\textbf{alpha=0.1, algorithm=IDBD} & 2 & $\\mathbf{1.5 \\pm 0.7}$");
    }

    @Test
    void boldsNothingWithoutAGoal() {
        MetricAnalysis metric = Fixtures.metric(
                "m",
                Goal.NONE,
                List.of(
                        Fixtures.group(Fixtures.config("x", 1), 3, 1.0, 0.1),
                        Fixtures.group(Fixtures.config("x", 2), 3, 2.0, 0.1)));
        StudyAnalysis study =
                new StudyAnalysis(List.of(new ExperimentAnalysis("e", List.of("x"), 6, 6, List.of(), List.of(metric))));

        String tex = format.render(study, Fixtures.context());

        assertThat(tex).doesNotContain("\\textbf", "\\mathbf", "in bold");
    }

    @Test
    void writesBooktabsTablesWithCaptionsNamingSeedsTestsAndAlpha() {
        String tex = format.render(Fixtures.study(), Fixtures.context());

        assertThat(tex).contains("\\toprule", "\\midrule", "\\bottomrule", "\\begin{tabular}{lcc}");
        assertThat(tex).contains("over $n = 30$ seeds per configuration");
        assertThat(tex).contains("$n = 2$--$30$ seeds per configuration");
        assertThat(tex).contains("Test per pair: chosen per pair (policy AUTO)");
        assertThat(tex).contains("tests used: Welch's t, Mann-Whitney U, Student's t");
        assertThat(tex).contains("$\\alpha = 0.05$");
        assertThat(tex).contains("$p_{\\mathrm{Holm}}$");
        // against the best, alpha=0.01, algorithm=IDBD (b of the stored pair): g of the other minus the best
        assertThat(tex).contains("\nalpha=0.01, algorithm=LMS & Welch $t$ & $\\mathbf{0.002}$ & $-0.7800$ \\\\");
        assertThat(tex).contains("\\begin{tabular}{lrrrrr}", "Configuration & 2 & $12.50$ & $1.2 \\times 10^{-5}$");
        assertThat(tex).contains("alpha $\\times$ algorithm & 1 & $0.5000$ & $\\mbox{---}$ & --- \\\\");
        assertThat(tex).contains("\\label{tab:cohort:org.acme.StepSize-tracking:final-error}");
        assertBalancedBraces(tex);
        assertThat(tex.chars().filter(c -> c == '$').count() % 2).isZero();
    }

    @Test
    void marksConfigurationsSignificantlyWorseThanTheBestWithADagger() {
        String tex = format.render(Fixtures.study(), Fixtures.context());

        assertThat(tex).contains("; $^{\\dagger}$: worse than the best (Holm $p < 0.05$).}");
        assertThat(tex)
                .contains("$p$ adjusted by Holm (and Bonferroni, in comparisons.csv) over all 3 pairs of the 3"
                        + " configurations.\nSignificance level $\\alpha = 0.05$");
        // IDBD at alpha=0.1 against the best: Holm p = 0.8, not significant
        assertThat(tex).contains("\nalpha=0.1, algorithm=IDBD & $0.75 ");
    }

    @Test
    void namesAFixedTestPolicy() {
        ReportContext context = Fixtures.context(AnalysisOptions.defaults().withTestChoice(TestChoice.MANN_WHITNEY));

        String tex = format.render(Fixtures.study(), context);

        assertThat(tex)
                .contains("Test per pair: Mann-Whitney U for every pair (policy MANN\\_WHITNEY, set with"
                        + " cohort.test; the automatic choice is off)");
    }

    @Test
    void marksMissingStatisticsAndGivesTheirReasons() {
        String tex = format.render(Fixtures.study(), Fixtures.context());

        assertThat(tex).doesNotContain("null");
        MetricAnalysis accuracy =
                Fixtures.study().experiments().get(0).metrics().get(1);
        assertThat(accuracy.groups().get(2).shapiroP().isDefined()).isFalse();
        String meanMissing = format.render(
                new StudyAnalysis(List.of(new ExperimentAnalysis(
                        "e",
                        List.of(),
                        1,
                        0,
                        List.of(),
                        List.of(Fixtures.metric("m", Goal.MINIMIZE, List.of(Fixtures.group(null, 0, null, null))))))),
                Fixtures.context());
        assertThat(meanMissing).contains("(no swept parameters) & --- & --- \\\\");
        assertThat(meanMissing).contains("% --- mean: " + Records.UNSET);
    }

    private static String withoutComments(String tex) {
        return tex.lines().filter(line -> !line.startsWith("%")).reduce("", (a, b) -> a + b + "\n");
    }

    private static void assertBalancedBraces(String tex) {
        String body = withoutComments(tex).replace("\\{", "").replace("\\}", "");
        int depth = 0;
        for (char c : body.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertThat(depth).isNotNegative();
        }
        assertThat(depth).isZero();
    }
}
