package dev.cohort.report;

import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.results.ExperimentNames;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Each experiment's {@link Headline} in {@code report.tex}: its parts as comments, and its answer as a
 * macro the paper can use, {@code \cohortHeadlineStepSizeExperimentsMetaStepSize}, named after the
 * experiment in letters only ({@link #macroNames}).
 */
final class LatexHeadlines {

    private static final String PREFIX = "cohortHeadline";
    private static final String[] DIGITS = {
        "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"
    };

    private LatexHeadlines() {}

    /**
     * The macro name of every experiment, without the backslash: {@code cohortHeadline} and the short
     * name's words capitalized, digits spelled out, everything else dropped; a name taken already gets
     * {@code B}, {@code C}, ... appended.
     */
    static Map<String, String> macroNames(StudyAnalysis study) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (ExperimentAnalysis experiment : study.experiments()) {
            String base = PREFIX + letters(ExperimentNames.shortName(experiment.id()));
            String name = base;
            for (int suffix = 0; !taken.add(name); suffix++) {
                name = base + suffixLetters(suffix);
            }
            names.put(experiment.id(), name);
        }
        return names;
    }

    /** The headline of one experiment: its parts as comments, then {@code \providecommand} of its answer. */
    static void write(StringBuilder tex, ExperimentAnalysis experiment, ReportContext context, String macro) {
        Headline headline = Headline.of(experiment, context);
        if (!headline.description().isEmpty()) {
            tex.append("% Question: ")
                    .append(Latex.comment(headline.description()))
                    .append('\n');
        }
        tex.append("% Answer: ").append(Latex.comment(headline.answer())).append('\n');
        for (String expectation : headline.expectations()) {
            tex.append("% ").append(Latex.comment(expectation)).append('\n');
        }
        for (String warning : headline.warnings()) {
            tex.append("% Warning: ").append(Latex.comment(warning)).append('\n');
        }
        tex.append("\\providecommand{\\")
                .append(macro)
                .append("}{")
                .append(Latex.escape(headline.answer()))
                .append("}\n");
    }

    private static String letters(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean upper = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else if (c >= '0' && c <= '9') {
                out.append(DIGITS[c - '0']);
                upper = true;
            } else {
                upper = true;
            }
        }
        return out.toString();
    }

    /** {@code B} for 0, ..., {@code Z} for 24, then {@code ZB}, ...: letters only, never empty. */
    private static String suffixLetters(int index) {
        return "Z".repeat(index / 25) + (char) ('B' + index % 25);
    }
}
