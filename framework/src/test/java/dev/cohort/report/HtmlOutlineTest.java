package dev.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.analysis.StudyAnalysis;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page's one navigation and its collapsible parts, in the markup (the browser: HtmlPageNavigationBrowserTest). */
class HtmlOutlineTest {

    private static final Pattern NAV_LINK = Pattern.compile("<a(?: class=\"[^\"]*\")? href=\"#([^\"]+)\">");

    private static String nav(String html) {
        int start = html.indexOf("<nav class=\"contents\"");
        assertThat(start).as("the navigation").isPositive();
        return html.substring(start, html.indexOf("</nav>", start));
    }

    private static List<String> links(String html) {
        return NAV_LINK.matcher(nav(html)).results().map(m -> m.group(1)).toList();
    }

    /** The opening tag of the element with {@code id}, asserting there is exactly one. */
    private static String element(String html, String id) {
        Matcher tags = Pattern.compile("<[a-z]+[^>]* id=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(html);
        assertThat(tags.find()).as("an element with id %s", id).isTrue();
        String tag = tags.group();
        assertThat(tags.find()).as("a second element with id %s", id).isFalse();
        return tag;
    }

    @Test
    void theNavigationNamesEachExperimentWithItsAnswerAndLinksToEveryPartOnThePage() {
        StudyAnalysis study = HtmlPageNavigationBrowserTest.study();
        String html = new HtmlReportFormat().render(study, Fixtures.context());

        assertThat(html).containsOnlyOnce("<nav class=\"contents\"").doesNotContain("<ol class=\"headlines\">");
        for (int i = 0; i < study.experiments().size(); i++) {
            String answer = HeadlineAnswer.of(
                            study.experiments().get(i), Fixtures.context().alpha())
                    .sentence();
            assertThat(nav(html)).contains("<p class=\"nav-answer\">" + Html.escape(answer) + "</p>");
        }
        List<String> links = links(html);
        assertThat(links)
                .startsWith("experiment-1", "experiment-1-confirmation")
                .contains("experiment-2-metric-1", "experiment-2-curves", "experiment-3-failures")
                .doesNotHaveDuplicates();
        for (String id : links) {
            element(html, id);
        }
        // every part with an id is in the navigation
        Matcher parts = Pattern.compile("<(?:details|div) class=\"(?:fold|fold metric|part)\" id=\"([^\"]+)\"")
                .matcher(html);
        assertThat(parts.results().map(m -> m.group(1)))
                .isNotEmpty()
                .allSatisfy(id -> assertThat(links).contains(id));
    }

    @Test
    void theHeadlineMetricStartsOpenTheLongPartsAndTheOtherMetricsCollapsed() {
        String html = new HtmlReportFormat().render(Fixtures.study(), Fixtures.context());

        assertThat(element(html, "experiment-1-metric-1"))
                .isEqualTo("<details class=\"fold metric\" id=\"experiment-1-metric-1\" open>");
        assertThat(element(html, "experiment-1-metric-2")).doesNotContain(" open");
        for (String part : List.of("metric-1-charts", "metric-1-anova", "metric-1-comparisons", "failures")) {
            assertThat(element(html, "experiment-1-" + part))
                    .startsWith("<details class=\"fold\"")
                    .doesNotContain(" open");
        }
        // the summary table is in the open metric, outside any collapsed part
        String metric = html.substring(html.indexOf("id=\"experiment-1-metric-1\""));
        assertThat(metric.indexOf("<table class=\"summary\">")).isLessThan(metric.indexOf("<details class=\"fold\""));
    }

    @Test
    void aPartWithNothingToShowIsNeitherOnThePageNorInTheNavigation() {
        String html = new HtmlReportFormat().render(Fixtures.study(), Fixtures.context());

        // accuracy (metric 2) has no comparisons; the experiment logs no learning curve
        assertThat(links(html))
                .contains("experiment-1-metric-1-comparisons", "experiment-1-metric-2-anova")
                .doesNotContain("experiment-1-metric-2-comparisons", "experiment-1-curves");
        assertThat(html).doesNotContain("id=\"experiment-1-metric-2-comparisons\"", "id=\"experiment-1-curves\"");
    }

    @Test
    void aTasksOwnSectionsAreCollapsedInsideItAndHaveNoIds() {
        String html = new HtmlReportFormat().render(TaskFixtures.study(), Fixtures.context());

        String perTask = html.substring(html.indexOf("id=\"experiment-1-metric-1-per-task\""));
        perTask = perTask.substring(0, perTask.indexOf("</section>"));
        assertThat(perTask)
                .contains(
                        "<details class=\"task\">", "<details class=\"fold\">\n<summary><h4>Pairwise comparisons</h4>");
        assertThat(perTask.substring(perTask.indexOf('\n'))).doesNotContain(" id=\"experiment-");
    }
}
