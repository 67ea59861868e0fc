package dev.cohort.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A booktabs table float that fits its column at the text size, never shrunk: its width is estimated
 * from its cells (Computer Modern at 10pt, with a margin), and it is a {@code table} when it fits the
 * column of a two-column article ({@value #COLUMN_PT}pt), else a {@code table*} across both columns. When
 * the label columns (the first ones, configuration names) make it wider than its float, they become
 * paragraph columns sharing what the other columns leave of {@code \linewidth}, and their names wrap.
 */
final class LatexTabular {

    /** {@code \columnwidth} of {@code \documentclass[twocolumn]{article}}, the narrowest target. */
    static final double COLUMN_PT = 229.5;

    /** {@code \textwidth} of {@code \documentclass{article}}, the narrowest page a {@code table*} spans. */
    static final double PAGE_PT = 345.0;

    /** Twice {@code \tabcolsep}: the space around each column. */
    private static final double COLUMN_SEP_PT = 12.0;

    /** The margin on every estimate, for the glyphs the estimate does not measure exactly. */
    private static final double MARGIN = 1.08;

    private final int labelColumns;
    private final String valueAlignment;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * @param labelColumns how many leading columns hold names that may wrap
     * @param valueAlignment the alignment of the other columns, for example {@code "rcc"}
     * @param header the header cells, LaTeX
     */
    LatexTabular(int labelColumns, String valueAlignment, List<String> header) {
        if (header.size() != labelColumns + valueAlignment.length()) {
            throw new IllegalArgumentException("LatexTabular: " + header.size() + " header cells for "
                    + (labelColumns + valueAlignment.length()) + " columns");
        }
        this.labelColumns = labelColumns;
        this.valueAlignment = valueAlignment;
        this.header = List.copyOf(header);
    }

    /** Adds a row of LaTeX cells, one per column. */
    LatexTabular row(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException(
                    "LatexTabular.row: " + cells.size() + " cells for " + header.size() + " columns");
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    /** Whether the table has no rows. */
    boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * The float: {@code \begin{table}} or {@code table*}, {@code caption} (the complete
     * {@code \caption{...}\label{...}} lines), the tabular, the end.
     */
    void write(StringBuilder tex, String caption) {
        double[] widths = new double[header.size()];
        double[] words = new double[labelColumns];
        for (List<String> cells : allRows()) {
            for (int c = 0; c < cells.size(); c++) {
                widths[c] = Math.max(widths[c], width(cells.get(c)) + COLUMN_SEP_PT);
                if (c < labelColumns) {
                    for (String word : cells.get(c).split(" ")) {
                        words[c] = Math.max(words[c], width(word) + COLUMN_SEP_PT);
                    }
                }
            }
        }
        double natural = 0;
        double values = 0;
        double longestWords = 0;
        for (int c = 0; c < widths.length; c++) {
            natural += widths[c];
            if (c >= labelColumns) {
                values += widths[c];
            } else {
                longestWords += words[c];
            }
        }
        boolean wide = natural > COLUMN_PT && values + longestWords > COLUMN_PT;
        boolean wrap = natural > (wide ? PAGE_PT : COLUMN_PT);
        String environment = wide ? "table*" : "table";
        tex.append("\\begin{")
                .append(environment)
                .append("}[htbp]\n\\centering\n")
                .append(caption);
        tex.append("\\begin{tabular}{");
        for (int c = 0; c < labelColumns; c++) {
            if (wrap) {
                String share =
                        "(\\linewidth-" + Math.ceil(values + labelColumns * COLUMN_SEP_PT) + "pt)/" + labelColumns;
                String least = Math.ceil(words[c] - COLUMN_SEP_PT) + "pt";
                tex.append("p{\\ifdim\\dimexpr")
                        .append(share)
                        .append("\\relax<")
                        .append(least)
                        .append(' ')
                        .append(least)
                        .append("\\else\\dimexpr")
                        .append(share)
                        .append("\\relax\\fi}");
            } else {
                tex.append('l');
            }
        }
        tex.append(valueAlignment).append("}\n\\toprule\n");
        line(tex, header, false);
        tex.append("\\midrule\n");
        for (List<String> cells : rows) {
            line(tex, cells, wrap);
        }
        tex.append("\\bottomrule\n\\end{tabular}\n\\end{").append(environment).append("}\n");
    }

    private List<List<String>> allRows() {
        List<List<String>> all = new ArrayList<>(rows.size() + 1);
        all.add(header);
        all.addAll(rows);
        return all;
    }

    private void line(StringBuilder tex, List<String> cells, boolean wrap) {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                tex.append(" & ");
            }
            if (wrap && c < labelColumns) {
                // the cell's group, closed by &, keeps \raggedright local; a \par here would add a line
                tex.append("\\raggedright ").append(cells.get(c));
            } else {
                tex.append(cells.get(c));
            }
        }
        tex.append(" \\\\\n");
    }

    /**
     * The typeset width of a cell in points, estimated: a command ({@code \pm}, {@code \%}) as one wide
     * glyph, braces, {@code $} and script marks as nothing, and the other characters by their class.
     */
    static double width(String cell) {
        double width = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\') {
                int end = i + 1;
                while (end < cell.length() && Character.isLetter(cell.charAt(end))) {
                    end++;
                }
                String command = cell.substring(i + 1, end);
                if (end == i + 1) {
                    end++; // an escaped character such as \% or \_
                }
                i = end - 1;
                width += glyphless(command) ? 0 : 8.0;
            } else if (c == '{' || c == '}' || c == '$' || c == '^' || c == '_') {
                // grouping and math shifts take no room
            } else {
                width += glyph(c);
            }
        }
        return width * MARGIN;
    }

    /** The width in points of a character of Computer Modern Roman at 10pt, rounded up. */
    private static double glyph(char c) {
        if (c >= 'a' && c <= 'z') {
            return LOWERCASE[c - 'a'];
        }
        if (c >= '0' && c <= '9') {
            return 5.0;
        }
        if (Character.isUpperCase(c)) {
            return c == 'M' || c == 'W' ? 10.3 : c == 'I' || c == 'J' ? 5.2 : 7.7;
        }
        return switch (c) {
            case ' ', '-' -> 3.4;
            case '.', ',', ':', ';', '[', ']', '\'', '!' -> 2.8;
            case '(', ')' -> 3.9;
            case '=', '+', '<', '>', '*' -> 7.8;
            default -> 8.4;
        };
    }

    /** Computer Modern Roman 10pt widths of a to z. */
    private static final double[] LOWERCASE = {
        5.0, 5.6, 4.5, 5.6, 4.5, 3.1, 5.0, 5.6, 2.8, 3.1, 5.3, 2.8, 8.4, 5.6, 5.0, 5.6, 5.3, 4.0, 4.0, 3.9, 5.6, 5.3,
        7.3, 5.3, 5.3, 4.5
    };

    /** Commands that change the font or the mode and print nothing themselves. */
    private static boolean glyphless(String command) {
        return switch (command) {
            case "textbf", "mathbf", "mathrm", "mbox", "text", "relax", "allowbreak" -> true;
            default -> false;
        };
    }
}
