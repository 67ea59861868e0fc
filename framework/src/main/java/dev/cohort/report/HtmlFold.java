package dev.cohort.report;

import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.MetricAnalysis;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Sections of the page shown together under one title: a {@code <details>} that starts open or
 * collapsed, a {@code <div>} that cannot collapse, or the sections as they are. Its wrapper is written
 * only once one of its sections writes something, so the page holds no empty part and the navigation
 * ({@link HtmlOutline}) links to none.
 */
final class HtmlFold {

    /** How a part is shown. */
    enum Display {
        /** The sections as they are: no wrapper, no id, not in the navigation. */
        PLAIN,
        /** In a {@code <div>} with an id, always shown. */
        FIXED,
        /** In a {@code <details>} with an id, open when the page loads. */
        OPEN,
        /** In a {@code <details>} with an id, collapsed when the page loads. */
        COLLAPSED;

        boolean isLinked() {
            return this != PLAIN;
        }
    }

    /** Where the markup goes after each section, so the page is never held in memory whole. */
    interface Sink {
        void flush(Html html) throws IOException;
    }

    /** One section of a part, bound to what it renders. */
    interface Body {
        void render(Html html);
    }

    /** A sink that keeps everything in the builder, for parts nested in a section that writes them itself. */
    static final Sink KEEP = html -> {};

    private HtmlFold() {}

    /**
     * Writes {@code sections} as one part.
     *
     * @param id the part's id, or {@code null} for a part nothing links to
     * @param summary the markup of the {@code <summary>} of a collapsible part, written by this package
     * @return whether anything was written
     */
    static boolean write(Html html, Display display, String id, String summary, List<Body> sections, Sink sink)
            throws IOException {
        boolean written = false;
        for (Body section : sections) {
            int mark = html.mark();
            section.render(html);
            if (!written && html.mark() > mark) {
                html.insert(mark, open(display, id, summary));
                written = true;
            }
            sink.flush(html);
        }
        if (written) {
            html.raw(close(display));
            sink.flush(html);
        }
        return written;
    }

    private static String open(Display display, String id, String summary) {
        String idAttribute = id == null ? "" : " id=\"" + Html.escape(id) + "\"";
        return switch (display) {
            case PLAIN -> "";
            case FIXED -> "<div class=\"part\"" + idAttribute + ">\n";
            case OPEN, COLLAPSED ->
                "<details class=\"fold\"" + idAttribute + (display == Display.OPEN ? " open" : "") + ">\n<summary>"
                        + summary + "</summary>\n";
        };
    }

    private static String close(Display display) {
        return switch (display) {
            case PLAIN -> "";
            case FIXED -> "</div>\n";
            case OPEN, COLLAPSED -> "</details>\n";
        };
    }

    /** The markup of a summary: {@code title} escaped in a heading of {@code level}. */
    static String heading(int level, String title) {
        return "<h" + level + ">" + Html.escape(title) + "</h" + level + ">";
    }

    /**
     * A part of an experiment's section.
     *
     * @param key the end of its id, after the experiment's anchor
     * @param label its name in the navigation
     * @param title its title on the page (a collapsible part's summary), from the experiment
     * @param display how it is shown
     * @param sections what it holds
     */
    record ExperimentPart(
            String key,
            String label,
            Function<ExperimentAnalysis, String> title,
            Display display,
            List<HtmlSection.Experiment> sections) {

        ExperimentPart {
            Objects.requireNonNull(display, "display");
            sections = List.copyOf(sections);
        }

        /** Sections shown as they are. */
        static ExperimentPart plain(HtmlSection.Experiment... sections) {
            return new ExperimentPart(null, null, e -> "", Display.PLAIN, List.of(sections));
        }

        /** Writes the part; its id is {@code anchor-key}. */
        boolean write(Html html, ExperimentAnalysis experiment, ReportContext context, String anchor, Sink sink)
                throws IOException {
            List<Body> bodies = sections.stream()
                    .<Body>map(s -> h -> s.render(h, experiment, context))
                    .toList();
            return HtmlFold.write(
                    html,
                    display,
                    display.isLinked() ? anchor + "-" + key : null,
                    heading(3, title.apply(experiment)),
                    bodies,
                    sink);
        }
    }

    /**
     * A part of a metric's section. As a {@link HtmlSection.Metric} it is written without an id (inside
     * a task's own section, which the navigation does not enter).
     *
     * @param key the end of its id, after the metric's anchor
     * @param label its name in the navigation
     * @param title its title on the page (a collapsible part's summary)
     * @param display how it is shown
     * @param sections what it holds
     */
    record MetricPart(String key, String label, String title, Display display, List<HtmlSection.Metric> sections)
            implements HtmlSection.Metric {

        MetricPart {
            Objects.requireNonNull(display, "display");
            sections = List.copyOf(sections);
        }

        /** Sections shown as they are. */
        static MetricPart plain(HtmlSection.Metric... sections) {
            return new MetricPart(null, null, "", Display.PLAIN, List.of(sections));
        }

        /** Collapsed sections under {@code title}. */
        static MetricPart collapsed(String key, String label, String title, HtmlSection.Metric... sections) {
            return new MetricPart(key, label, title, Display.COLLAPSED, List.of(sections));
        }

        /** Writes the part; its id is {@code anchor-key}, none when {@code anchor} is {@code null}. */
        boolean write(
                Html html,
                ExperimentAnalysis experiment,
                MetricAnalysis metric,
                ReportContext context,
                String anchor,
                Sink sink)
                throws IOException {
            List<Body> bodies = sections.stream()
                    .<Body>map(s -> h -> s.render(h, experiment, metric, context))
                    .toList();
            return HtmlFold.write(
                    html,
                    display,
                    anchor != null && display.isLinked() ? anchor + "-" + key : null,
                    heading(4, title),
                    bodies,
                    sink);
        }

        @Override
        public void render(Html html, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            try {
                write(html, experiment, metric, context, null, KEEP);
            } catch (IOException e) {
                throw new IllegalStateException("a part kept in memory cannot fail to write", e);
            }
        }
    }
}
