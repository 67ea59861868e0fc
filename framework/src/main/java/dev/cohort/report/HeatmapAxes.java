package dev.cohort.report;

import dev.cohort.results.ConfigLabel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How the row and column labels of a pairwise heat map are written and laid out so that none overlaps
 * another at any number of configurations: a label is the configuration's full {@link Labels#config}
 * while the columns have room for it, else its parameter values alone ({@code 3.162e-4, 10}, the names
 * said once in the caption), cut to {@link #ROTATED_CHARACTERS} characters with an ellipsis and turned
 * upright when even those do not fit side by side. The full label is the hover text of the abbreviated
 * one. The grid is sized from the same estimate, so the labels always have the room they need.
 *
 * @param rows the row labels, in row order
 * @param columns the column labels, in column order
 * @param fullRows the full label of each row, in row order
 * @param fullColumns the full label of each column, in column order
 * @param rotate 90 when the column labels stand upright, else 0
 * @param top the grid's top margin in pixels, room for the column labels
 * @param left the grid's left margin in pixels, room for the row labels
 * @param cellLabels whether a cell is wide enough to print its p-value
 * @param abbreviated whether the labels are the parameter values alone
 */
record HeatmapAxes(
        List<String> rows,
        List<String> columns,
        List<String> fullRows,
        List<String> fullColumns,
        int rotate,
        int top,
        int left,
        boolean cellLabels,
        boolean abbreviated) {

    /** The width in pixels the page gives a chart ({@code main} is 1200 pixels wide with 2rem padding). */
    static final int CHART_WIDTH = 1130;

    /** A generous width of one character of the charts' 12 px sans-serif font, in pixels. */
    static final double CHARACTER = 7.2;

    /** The longest upright column label, in characters. */
    static final int ROTATED_CHARACTERS = 24;

    /** The longest row label, in characters. */
    static final int ROW_CHARACTERS = 48;

    /** The widest p-value a cell prints ({@code < 0.001}, {@code 4.1e-33}), in characters. */
    static final int CELL_CHARACTERS = 8;

    private static final int RIGHT = 24;
    private static final int GAP = 16;

    /**
     * The labels of a heat map of these configurations.
     *
     * @param order every configuration of the metric, in order: a cut label that another would share is
     *     numbered by its position here
     * @param rows the row configurations, in order
     * @param columns the column configurations, in order
     */
    static HeatmapAxes of(
            List<Map<String, Object>> order, List<Map<String, Object>> rows, List<Map<String, Object>> columns) {
        List<String> fullRows = rows.stream().map(Labels::config).toList();
        List<String> fullColumns = columns.stream().map(Labels::config).toList();
        int left = GAP + pixels(Math.min(ROW_CHARACTERS, longest(fullRows)));
        double columnWidth = (double) (CHART_WIDTH - left - RIGHT) / Math.max(1, columns.size());
        if (pixels(longest(fullColumns)) + 8 <= columnWidth) {
            Map<Map<String, Object>, String> rowLabels = cut(order, Labels::config, ROW_CHARACTERS);
            return new HeatmapAxes(
                    rows.stream().map(rowLabels::get).toList(),
                    fullColumns,
                    fullRows,
                    fullColumns,
                    0,
                    GAP + 24,
                    left,
                    cells(columnWidth),
                    false);
        }
        Map<Map<String, Object>, String> rowLabels = cut(order, HeatmapAxes::values, ROW_CHARACTERS);
        List<String> shortRows = rows.stream().map(rowLabels::get).toList();
        List<String> shortColumns = columns.stream().map(HeatmapAxes::values).toList();
        left = GAP + pixels(longest(shortRows));
        columnWidth = (double) (CHART_WIDTH - left - RIGHT) / Math.max(1, columns.size());
        if (pixels(longest(shortColumns)) + 8 <= columnWidth
                && shortColumns.stream().distinct().count() == shortColumns.size()) {
            return new HeatmapAxes(
                    shortRows, shortColumns, fullRows, fullColumns, 0, GAP + 24, left, cells(columnWidth), true);
        }
        Map<Map<String, Object>, String> columnLabels = cut(order, HeatmapAxes::values, ROTATED_CHARACTERS);
        List<String> upright = columns.stream().map(columnLabels::get).toList();
        return new HeatmapAxes(
                shortRows,
                upright,
                fullRows,
                fullColumns,
                90,
                GAP + 8 + pixels(longest(upright)),
                left,
                cells(columnWidth),
                true);
    }

    /** The font size of upright column labels: 12 px, 10 px where the columns are narrow. */
    int columnFontSize() {
        double width = (double) (CHART_WIDTH - left - RIGHT) / Math.max(1, columns.size());
        return rotate == 90 && width < 18 ? 10 : 12;
    }

    /** The full label of each abbreviated label, for the hover text of the axes. */
    Map<String, String> hoverTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).equals(fullRows.get(i))) {
                texts.put(rows.get(i), fullRows.get(i));
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            if (!columns.get(i).equals(fullColumns.get(i))) {
                texts.put(columns.get(i), fullColumns.get(i));
            }
        }
        return texts;
    }

    private static boolean cells(double columnWidth) {
        return pixels(CELL_CHARACTERS) + 6 <= columnWidth;
    }

    /** A configuration's parameter values alone, in declaration order. */
    static String values(Map<String, Object> config) {
        if (config == null || config.isEmpty()) {
            return Labels.config(config);
        }
        return config.values().stream().map(ConfigLabel::value).collect(Collectors.joining(", "));
    }

    /**
     * Each configuration's label cut to {@code characters} with an ellipsis; every label numbered by its
     * configuration's position ({@code (3) 0.01, LMS}) when cutting made two of them equal, so that every
     * category keeps a name of its own.
     */
    private static Map<Map<String, Object>, String> cut(
            List<Map<String, Object>> order, Function<Map<String, Object>, String> label, int characters) {
        Map<Map<String, Object>, String> cut = new LinkedHashMap<>();
        order.forEach(c -> cut.put(c, shorten(label.apply(c), characters)));
        if (cut.values().stream().distinct().count() == cut.size()) {
            return cut;
        }
        for (int i = 0; i < order.size(); i++) {
            String prefix = "(" + (i + 1) + ") ";
            cut.put(order.get(i), prefix + shorten(label.apply(order.get(i)), characters - prefix.length()));
        }
        return cut;
    }

    private static String shorten(String label, int characters) {
        return label.length() <= characters ? label : label.substring(0, characters - 1) + "…";
    }

    private static int longest(List<String> labels) {
        return labels.stream().mapToInt(String::length).max().orElse(0);
    }

    static int pixels(int characters) {
        return (int) Math.ceil(characters * CHARACTER);
    }
}
