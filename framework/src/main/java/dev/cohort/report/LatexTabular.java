package dev.cohort.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

    /** A minus sign in math mode: the glyph of {@code +}, not of the hyphen. */
    private static final double MATH_MINUS_PT = 7.8;

    /** A binary operator such as {@code \\pm} between two operands: its glyph and a medium space each side. */
    private static final double BINARY_OPERATOR_PT = 12.2;

    private static final Set<String> BINARY_OPERATORS = Set.of("pm", "times", "cdot", "mp");

    /** The lines of rows one float holds: a page's text height less its caption, header and rules. */
    static final int LINES_PER_FLOAT = 36;

    /** The size of a superscript or subscript against the text: 7pt against 10pt. */
    private static final double SCRIPT_SCALE = 0.7;

    /** An interword space of Computer Modern Roman at 10pt. */
    private static final double SPACE_PT = 3.4;

    /** The margin on every estimate, for the glyphs the estimate does not measure exactly. */
    private static final double MARGIN = 1.08;

    private final int labelColumns;
    private final String valueAlignment;
    private final List<Cell> header;
    private final List<List<Cell>> rows = new ArrayList<>();

    /**
     * A value cell: its LaTeX on one line and the lines it may be stacked into when the table would
     * otherwise not fit its float (a diverged run's mean in scientific notation, say). A cell that cannot
     * be stacked has itself as its only line.
     *
     * @param line the cell on one line, LaTeX
     * @param lines the cell stacked, one LaTeX line each, top to bottom
     */
    record Cell(String line, List<String> lines) {

        Cell {
            lines = List.copyOf(lines);
            if (lines.isEmpty()) {
                throw new IllegalArgumentException("LatexTabular.Cell: no lines for " + line);
            }
        }

        /** A cell that stays on one line. */
        static Cell of(String line) {
            return new Cell(line, List.of(line));
        }

        /** A cell shown as {@code line}, or as {@code lines} one under the other when its column must narrow. */
        static Cell stackable(String line, List<String> lines) {
            return new Cell(line, lines);
        }

        /** Its width on one line, with the column's spacing. */
        double width() {
            return LatexTabular.width(line) + COLUMN_SEP_PT;
        }

        /** Its width stacked, with the column's spacing: that of its widest line. */
        double stackedWidth() {
            double widest = 0;
            for (String stacked : lines) {
                widest = Math.max(widest, LatexTabular.width(stacked));
            }
            return widest + COLUMN_SEP_PT;
        }
    }

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
        this.header = header.stream().map(Cell::of).toList();
    }

    /** Adds a row of LaTeX cells, one per column, each on one line. */
    LatexTabular row(List<String> cells) {
        return cells(cells.stream().map(Cell::of).toList());
    }

    /** Adds a row of cells, one per column, the value cells possibly {@linkplain Cell#stackable stackable}. */
    LatexTabular cells(List<Cell> cells) {
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
     * The caption lines of each float a table is set in: a table longer than a page continues in further
     * floats.
     */
    @FunctionalInterface
    interface Captions {

        /**
         * The complete {@code \caption{...}\label{...}} lines of the float holding rows {@code from} to
         * {@code to - 1} of the table's {@code rows}.
         */
        String of(int from, int to, int rows);

        /**
         * {@code caption} on the first float; on each later one a caption without a label or an entry in
         * the list of tables, saying which rows of the table {@code name} it continues with.
         */
        static Captions continuing(String caption, String name) {
            return (from, to, rows) -> from == 0
                    ? caption
                    : "\\caption[]{" + name + ", continued: rows " + (from + 1) + "--" + to + " of " + rows + ".}\n";
        }
    }

    /**
     * The float: {@code \begin{table}} or {@code table*}, {@code caption} (the complete
     * {@code \caption{...}\label{...}} lines), the tabular, the end; a table longer than a page
     * continues in further floats, as {@link Captions#continuing} names them.
     */
    void write(StringBuilder tex, String caption, String name) {
        write(tex, Captions.continuing(caption, name));
    }

    /**
     * The table in as many floats as it needs pages, each {@code \begin{table}} or {@code table*}, its
     * caption lines from {@code captions}, its part of the rows, the end. When even wrapped label columns
     * leave too little room, first the value columns narrow (their cells wider than the narrowest the
     * column can be are stacked), then the labels also break after {@code =}, between a parameter and its
     * value. A float holds as many rows as fill {@value #LINES_PER_FLOAT} lines, each row counted by
     * its tallest cell.
     */
    void write(StringBuilder tex, Captions captions) {
        double[] widths = new double[header.size()];
        double[] stackedWidths = new double[header.size()];
        double[] words = new double[labelColumns];
        double[] pieces = new double[labelColumns];
        for (List<Cell> cells : allRows()) {
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = cells.get(c);
                widths[c] = Math.max(widths[c], cell.width());
                stackedWidths[c] = Math.max(stackedWidths[c], cell.stackedWidth());
                if (c < labelColumns) {
                    for (String word : words(cell.line())) {
                        words[c] = Math.max(words[c], width(word) + COLUMN_SEP_PT);
                        for (String piece : pieces(word)) {
                            pieces[c] = Math.max(pieces[c], width(piece) + COLUMN_SEP_PT);
                        }
                    }
                }
            }
        }
        double natural = sum(widths, 0, widths.length);
        double values = sum(widths, labelColumns, widths.length);
        double longestWords = sum(words, 0, labelColumns);
        boolean wide = natural > COLUMN_PT && values + longestWords > COLUMN_PT;
        double room = wide ? PAGE_PT : COLUMN_PT;
        boolean wrap = natural > room;
        boolean stack = wrap && values + longestWords > room;
        if (stack) {
            values = sum(stackedWidths, labelColumns, stackedWidths.length);
        }
        boolean breakLabels = stack && values + longestWords > room;
        Layout layout =
                breakLabels ? Layout.BROKEN_LABELS : stack ? Layout.STACKED : wrap ? Layout.WRAPPED : Layout.ONE_LINE;
        double[] least = breakLabels ? pieces : words;
        double share = (room - values) / labelColumns - COLUMN_SEP_PT;
        String environment = wide ? "table*" : "table";
        int from = 0;
        while (from < rows.size() || from == 0) {
            int to = from;
            int lines = 0;
            while (to < rows.size()) {
                int rowLines = lines(rows.get(to), layout, stackedWidths, least, share);
                if (to > from && lines + rowLines > LINES_PER_FLOAT) {
                    break;
                }
                lines += rowLines;
                to++;
            }
            tex.append("\\begin{")
                    .append(environment)
                    .append("}[htbp]\n\\centering\n")
                    .append(captions.of(from, to, rows.size()));
            tex.append("\\begin{tabular}{");
            for (int c = 0; c < labelColumns; c++) {
                if (wrap) {
                    String columnShare =
                            "(\\linewidth-" + Math.ceil(values + labelColumns * COLUMN_SEP_PT) + "pt)/" + labelColumns;
                    String leastWidth = Math.ceil(least[c] - COLUMN_SEP_PT) + "pt";
                    tex.append("p{\\ifdim\\dimexpr")
                            .append(columnShare)
                            .append("\\relax<")
                            .append(leastWidth)
                            .append(' ')
                            .append(leastWidth)
                            .append("\\else\\dimexpr")
                            .append(columnShare)
                            .append("\\relax\\fi}");
                } else {
                    tex.append('l');
                }
            }
            tex.append(valueAlignment).append("}\n\\toprule\n");
            line(tex, header, Layout.ONE_LINE, stackedWidths);
            tex.append("\\midrule\n");
            for (List<Cell> cells : rows.subList(from, to)) {
                line(tex, cells, layout, stackedWidths);
            }
            tex.append("\\bottomrule\n\\end{tabular}\n\\end{")
                    .append(environment)
                    .append("}\n");
            if (to == rows.size()) {
                break;
            }
            from = to;
        }
    }

    /**
     * The lines a row takes: its stacked cells' lines, and its wrapped labels' lines when set greedily,
     * as TeX's ragged right sets them, in a column as wide as the narrowest page gives it.
     */
    private int lines(List<Cell> cells, Layout layout, double[] stackedWidths, double[] least, double share) {
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = cells.get(c);
            if (c < labelColumns) {
                if (layout != Layout.ONE_LINE) {
                    double column = Math.max(least[c] - COLUMN_SEP_PT, share);
                    lines = Math.max(lines, wrappedLines(cell.line(), column, layout == Layout.BROKEN_LABELS));
                }
            } else if (stacks(cell, c, layout, stackedWidths)) {
                lines = Math.max(lines, cell.lines().size());
            }
        }
        return lines;
    }

    /**
     * The lines of {@code label} set ragged right in {@code column} points: between words, and a word
     * wider than the column also after its {@code =} when {@code afterEquals}.
     */
    private static int wrappedLines(String label, double column, boolean afterEquals) {
        int lines = 1;
        double filled = 0;
        for (String word : words(label)) {
            double whole = width(word);
            List<String> parts = afterEquals && whole > column ? pieces(word) : List.of(word);
            for (int p = 0; p < parts.size(); p++) {
                double part = parts.size() == 1 ? whole : width(parts.get(p));
                double space = filled == 0 || p > 0 ? 0 : SPACE_PT;
                if (filled > 0 && filled + space + part > column) {
                    lines++;
                    filled = part;
                } else {
                    filled += space + part;
                }
            }
        }
        return lines;
    }

    private static List<String> words(String label) {
        return List.of(label.split(" "));
    }

    /**
     * The parts of a word between which a label may break after {@code =}: each ends with its {@code =},
     * the last with the rest of the word (what {@code word.split("(?<==)")} gives, without compiling a
     * pattern for every word).
     */
    static List<String> pieces(String word) {
        List<String> pieces = new ArrayList<>(2);
        int start = 0;
        for (int at = word.indexOf('='); at >= 0 && at < word.length() - 1; at = word.indexOf('=', at + 1)) {
            pieces.add(word.substring(start, at + 1));
            start = at + 1;
        }
        pieces.add(word.substring(start));
        return pieces;
    }

    /** Whether a value cell is set stacked: in a narrowed column, when it is wider than the column's narrowest. */
    private boolean stacks(Cell cell, int column, Layout layout, double[] stackedWidths) {
        return column >= labelColumns
                && layout.compareTo(Layout.STACKED) >= 0
                && cell.lines().size() > 1
                && cell.width() > stackedWidths[column];
    }

    /** How a row is set, from the roomiest to the narrowest. */
    private enum Layout {
        /** Every cell on one line. */
        ONE_LINE,
        /** The labels wrap between words. */
        WRAPPED,
        /** The labels wrap, and value cells wider than their column's narrowest are stacked. */
        STACKED,
        /** As {@link #STACKED}, and the labels also break after {@code =}. */
        BROKEN_LABELS
    }

    private static double sum(double[] widths, int from, int to) {
        double sum = 0;
        for (int c = from; c < to; c++) {
            sum += widths[c];
        }
        return sum;
    }

    private List<List<Cell>> allRows() {
        List<List<Cell>> all = new ArrayList<>(rows.size() + 1);
        all.add(header);
        all.addAll(rows);
        return all;
    }

    private void line(StringBuilder tex, List<Cell> cells, Layout layout, double[] stackedWidths) {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                tex.append(" & ");
            }
            Cell cell = cells.get(c);
            if (c < labelColumns) {
                if (layout != Layout.ONE_LINE) {
                    // the cell's group, closed by &, keeps \raggedright local; a \par here would add a line
                    tex.append("\\raggedright ");
                }
                tex.append(layout == Layout.BROKEN_LABELS ? breakableAfterEquals(cell.line()) : cell.line());
            } else if (stacks(cell, c, layout, stackedWidths)) {
                char alignment = valueAlignment.charAt(c - labelColumns);
                tex.append("\\begin{tabular}[t]{@{}")
                        .append(alignment)
                        .append("@{}}")
                        .append(String.join(" \\\\ ", cell.lines()))
                        .append("\\end{tabular}");
            } else {
                tex.append(cell.line());
            }
        }
        tex.append(" \\\\\n");
    }

    /**
     * {@code label} with a costly line break after each {@code =} of its text (not inside math, not an
     * escaped character), so that a name and its value go on two lines of a column too narrow for them,
     * and only then: TeX breaks between words wherever it can.
     */
    static String breakableAfterEquals(String label) {
        StringBuilder broken = new StringBuilder(label.length() + 16);
        boolean math = false;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            broken.append(c);
            if (c == '\\' && i + 1 < label.length()) {
                broken.append(label.charAt(++i));
            } else if (c == '$') {
                math = !math;
            } else if (c == '=' && !math) {
                broken.append("\\penalty5000\\relax ");
            }
        }
        return broken.toString();
    }

    /**
     * The typeset width of a cell in points, estimated: a command ({@code \\%}, {@code \\dagger}) as one
     * wide glyph, a binary operator ({@code \\pm}, {@code \\times}) with its spaces, a minus sign in math
     * as wide as a plus, a superscript or subscript at the script size, braces and {@code $} as nothing,
     * and the other characters by their class.
     */
    static double width(String cell) {
        // over the characters in an array, whose reads the JIT compiles to plain loads: this method runs
        // for every cell of every table, and with String.charAt it was one of the report's largest compiles
        char[] text = cell.toCharArray();
        return width(text, 0, text.length, false) * MARGIN;
    }

    /** The width of {@code text[from, to)}. */
    private static double width(char[] text, int from, int to, boolean inMath) {
        double width = 0;
        boolean math = inMath;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c == '$') {
                math = !math;
            } else if (math && c == '-') {
                width += MATH_MINUS_PT;
            } else if (math && (c == '^' || c == '_') && i + 1 < to) {
                int end = scriptEnd(text, i + 1, to);
                width += SCRIPT_SCALE * width(text, i + 1, end, true);
                i = end - 1;
            } else if (c == '\\') {
                int end = commandEnd(text, i, to);
                String command = new String(text, i + 1, end - i - 1);
                i = end - 1;
                width += glyphless(command) ? 0 : BINARY_OPERATORS.contains(command) ? BINARY_OPERATOR_PT : 8.0;
            } else if (c == '{' || c == '}' || c == '^' || c == '_') {
                // grouping takes no room
            } else {
                width += glyph(c);
            }
        }
        return width;
    }

    /**
     * The end of the command starting with the backslash at {@code start}: its letters, or one escaped
     * character; at most {@code to}.
     */
    private static int commandEnd(char[] text, int start, int to) {
        int end = start + 1;
        while (end < to && Character.isLetter(text[end])) {
            end++;
        }
        return end == start + 1 ? Math.min(end + 1, to) : end;
    }

    /** The end of the script starting at {@code start}: a braced group, a command or one character; at most {@code to}. */
    private static int scriptEnd(char[] text, int start, int to) {
        char first = text[start];
        if (first == '\\') {
            return commandEnd(text, start, to);
        }
        if (first != '{') {
            return start + 1;
        }
        int depth = 0;
        for (int i = start; i < to; i++) {
            char c = text[i];
            if (c == '\\') {
                i = commandEnd(text, i, to) - 1;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return to;
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
