package dev.cohort.report;

import dev.cohort.analysis.Statistic;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One column of a CSV file: its header and the field it reads from a row. A file declares its columns
 * once, in one list, so its header and its rows cannot drift apart.
 *
 * @param <R> the row type
 * @param header the header of the column
 * @param field the field of a row as written ({@code null} is the empty field)
 */
record Column<R>(String header, Function<R, String> field) {

    /** A column of text, or of any value written as {@link String#valueOf}; {@code null} is the empty field. */
    static <R> Column<R> text(String header, Function<R, ?> value) {
        return new Column<>(header, row -> {
            Object v = value.apply(row);
            return v == null ? null : String.valueOf(v);
        });
    }

    /** A column of a statistic in full precision; an undefined one is the empty field (its reason elsewhere). */
    static <R> Column<R> statistic(String header, Function<R, Statistic<?>> value) {
        return new Column<>(header, row -> {
            Statistic<?> statistic = value.apply(row);
            return statistic.isDefined() ? Csv.number(statistic.value()) : null;
        });
    }

    /**
     * One column per swept parameter of any experiment, in order of first appearance, headed {@code
     * prefix + name} and holding the parameter's value in the row's configuration (empty where the row's
     * experiment has no such parameter). A parameter whose header would repeat one of {@code reserved}
     * has no column of its own; its value is in the configuration id.
     */
    static <R> List<Column<R>> parameters(
            List<List<String>> parameters,
            String prefix,
            Function<R, Map<String, Object>> config,
            List<Column<R>> reserved) {
        Set<String> taken = new LinkedHashSet<>();
        reserved.forEach(c -> taken.add(c.header()));
        Set<String> names = new LinkedHashSet<>();
        parameters.forEach(names::addAll);
        List<Column<R>> columns = new ArrayList<>();
        for (String name : names) {
            if (taken.add(prefix + name)) {
                columns.add(text(prefix + name, row -> config.apply(row).get(name)));
            }
        }
        return columns;
    }

    /** The columns joined in order. */
    @SafeVarargs
    static <R> List<Column<R>> concat(List<Column<R>>... parts) {
        List<Column<R>> all = new ArrayList<>();
        for (List<Column<R>> part : parts) {
            all.addAll(part);
        }
        return List.copyOf(all);
    }

    /** The header row of the columns. */
    static <R> List<String> headers(List<Column<R>> columns) {
        return columns.stream().map(Column::header).toList();
    }

    /** Writes the header row, then one record per row. */
    static <R> void write(Csv csv, List<Column<R>> columns, Iterable<R> rows) throws IOException {
        csv.row(headers(columns));
        List<String> fields = new ArrayList<>(columns.size());
        for (R row : rows) {
            fields.clear();
            for (Column<R> column : columns) {
                fields.add(column.field().apply(row));
            }
            csv.row(fields);
        }
    }
}
