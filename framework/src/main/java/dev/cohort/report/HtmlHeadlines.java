package dev.cohort.report;

import dev.cohort.analysis.ExperimentAnalysis;
import java.util.List;

/**
 * The {@link Headline} at the top of each experiment's section; the navigation ({@link HtmlOutline}) lists
 * every experiment's answer.
 */
final class HtmlHeadlines {

    static final String STYLE = """
            div.headline { margin: .6rem 0 1rem; padding: .6rem .9rem; border-left: 4px solid #1a7f37;
                           background: #f6f8fa; }
            div.headline p { margin: .3rem 0; }
            div.headline p.description { font-style: italic; }
            div.headline p.answer { font-weight: 600; }
            div.headline ul { margin: .3rem 0; padding-left: 1.2rem; }
            div.headline ul.qualifications li { color: #9a6700; }
            """;

    private HtmlHeadlines() {}

    /** At the top of an experiment: the description, the answer, the expectations' verdicts, the warnings. */
    static final class Experiment implements HtmlSection.Experiment {
        @Override
        public void render(Html html, ExperimentAnalysis experiment, ReportContext context) {
            Headline headline = Headline.of(experiment, context);
            html.raw("<div class=\"headline\">\n");
            if (!headline.description().isEmpty()) {
                html.element("p", "description", headline.description()).raw("\n");
            }
            html.element("p", "answer", headline.answer()).raw("\n");
            list(html, "expectations", headline.expectations());
            list(html, "qualifications", headline.warnings());
            html.raw("</div>\n");
        }

        private static void list(Html html, String cssClass, List<String> items) {
            if (items.isEmpty()) {
                return;
            }
            html.raw("<ul class=\"" + cssClass + "\">\n");
            for (String item : items) {
                html.element("li", null, item).raw("\n");
            }
            html.raw("</ul>\n");
        }
    }
}
