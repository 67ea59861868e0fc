package dev.cohort.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The page's one navigation: per experiment its name, its headline's answer and links to the parts
 * written for it (the confirmation, each metric and its collapsible parts, the learning curves, the
 * failed trials). It is filled while the page is written, so it links only to parts that are on the
 * page, and written after them; the style places it as a sticky sidebar on wide screens and a sticky
 * bar at the top on narrow ones. {@code navigation.js} opens the collapsed parts a link leads into.
 */
final class HtmlOutline {

    static final String STYLE = """
            body { display: grid; grid-template-columns: minmax(0, 1fr); }
            main { grid-row: 2; grid-column: 1; min-width: 0; }
            nav.contents { grid-row: 1; grid-column: 1; position: sticky; top: 0; z-index: 10; background: #f6f8fa;
                           border-bottom: 1px solid #d0d7de; padding: .35rem 1rem; font-size: .85rem;
                           white-space: nowrap; overflow-x: auto; }
            nav.contents ol, nav.contents ul { display: inline; margin: 0; padding: 0; list-style: none; }
            nav.contents li { display: inline; margin-right: .7rem; }
            nav.contents .nav-title, nav.contents .nav-answer, nav.contents ul.nav-parts { display: none; }
            nav.contents a { color: #0969da; text-decoration: none; }
            nav.contents a:hover { text-decoration: underline; }
            nav.contents a.nav-experiment { font-weight: 600; }
            [id] { scroll-margin-top: 2.6rem; }
            @media (min-width: 1000px) {
              body { grid-template-columns: 19rem minmax(0, 1fr); }
              main { grid-row: 1; grid-column: 2; }
              nav.contents { grid-row: 1; grid-column: 1; align-self: start; height: 100vh; box-sizing: border-box;
                             overflow-y: auto; white-space: normal; border-bottom: 0; border-right: 1px solid #d0d7de;
                             padding: 1rem .9rem 2rem; }
              nav.contents .nav-title { display: block; font-weight: 600; margin: 0 0 .4rem; }
              nav.contents .nav-answer { display: block; color: #59636e; font-size: .8rem; margin: .15rem 0 .3rem; }
              nav.contents ol, nav.contents ul { display: block; }
              nav.contents ol > li { display: block; margin: 0 0 .9rem; overflow-wrap: anywhere; }
              nav.contents ul li { display: block; margin: .1rem 0 .1rem .6rem; }
              nav.contents ul.nav-parts { display: block; }
              nav.contents ul.nav-parts li { display: inline; margin: 0 .45rem 0 0; font-size: .8rem; }
              [id] { scroll-margin-top: .5rem; }
            }
            details.fold { margin: .8rem 0; }
            details.fold > summary { cursor: pointer; }
            details.fold > summary > h3, details.fold > summary > h4 { display: inline; margin: 0; }
            details.fold > summary > .goal { margin-left: .3rem; }
            """;

    private record Link(String anchor, String label, boolean isMetric, List<Link> parts) {}

    private record Entry(String anchor, String name, String answer, List<Link> links) {}

    private final List<Entry> experiments = new ArrayList<>();

    /** Starts the links of an experiment, whose section has the id {@code anchor}. */
    void experiment(String anchor, String name, String answer) {
        experiments.add(new Entry(anchor, name, answer, new ArrayList<>()));
    }

    /** A part of the last experiment, with the id {@code anchor}. */
    void part(String anchor, String label) {
        last().links().add(new Link(anchor, label, false, List.of()));
    }

    /** A metric of the last experiment, whose section has the id {@code anchor}. */
    void metric(String anchor, String name) {
        last().links().add(new Link(anchor, name, true, new ArrayList<>()));
    }

    /** A part of the last metric of the last experiment, with the id {@code anchor}. */
    void metricPart(String anchor, String label) {
        List<Link> links = last().links();
        Link metric = links.isEmpty() ? null : links.get(links.size() - 1);
        if (metric == null || !metric.isMetric()) {
            throw new IllegalStateException("HtmlOutline.metricPart(" + anchor + "): no metric was started");
        }
        metric.parts().add(new Link(anchor, label, false, List.of()));
    }

    private Entry last() {
        if (experiments.isEmpty()) {
            throw new IllegalStateException("HtmlOutline: no experiment was started");
        }
        return experiments.get(experiments.size() - 1);
    }

    /** Writes the navigation and the script that opens the parts its links lead into. */
    void render(Html html) {
        if (experiments.isEmpty()) {
            return;
        }
        html.raw("<nav class=\"contents\" aria-label=\"Contents\">\n")
                .element("p", "nav-title", "Contents")
                .raw("\n<ol>\n");
        for (Entry entry : experiments) {
            html.raw("<li>");
            link(html, "nav-experiment", entry.anchor(), entry.name());
            html.raw("\n").element("p", "nav-answer", entry.answer()).raw("\n");
            if (!entry.links().isEmpty()) {
                html.raw("<ul>\n");
                for (Link link : entry.links()) {
                    html.raw("<li>");
                    link(html, null, link.anchor(), link.label());
                    if (!link.parts().isEmpty()) {
                        html.raw("<ul class=\"nav-parts\">");
                        for (Link part : link.parts()) {
                            html.raw("<li>");
                            link(html, null, part.anchor(), part.label());
                            html.raw("</li>");
                        }
                        html.raw("</ul>");
                    }
                    html.raw("</li>\n");
                }
                html.raw("</ul>\n");
            }
            html.raw("</li>\n");
        }
        html.raw("</ol>\n</nav>\n<script>\n")
                .raw(HtmlCharts.scriptSafe(script()))
                .raw("\n</script>\n");
    }

    private static void link(Html html, String cssClass, String anchor, String label) {
        html.raw("<a" + (cssClass == null ? "" : " class=\"" + cssClass + "\"") + " href=\"#" + Html.escape(anchor)
                        + "\">")
                .text(label)
                .raw("</a>");
    }

    private static String script() {
        String path = "dev/cohort/report/navigation.js";
        try (InputStream in = HtmlOutline.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("The report needs " + path + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
