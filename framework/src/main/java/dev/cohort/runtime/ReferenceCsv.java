package dev.cohort.runtime;

import dev.cohort.TaskReference;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the reference scores of {@code @Task(references = "file.csv")}: UTF-8, the header {@code
 * task,low,high}, then one row per task. Strict: every row has three fields, a task listed once, and
 * decimal numbers ({@code NaN}, {@code Infinity} and Java's {@code 1d} suffixes are not numbers here). A
 * field may be quoted as in RFC 4180 ({@code "f1, shifted",0,1}); blank lines are skipped.
 */
final class ReferenceCsv {

    /** The header the file starts with. */
    static final List<String> HEADER = List.of("task", "low", "high");

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private ReferenceCsv() {}

    /**
     * The reference scores by task, in the order of the file.
     *
     * @param file the file's name as the messages show it
     * @throws IllegalArgumentException naming the file and line of the first problem
     */
    static Map<String, TaskReference> read(InputStream in, String file) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null) {
            throw new IllegalArgumentException(
                    file + " is empty; it needs the header task,low,high and a row per task");
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        if (!fields(header, file, 1).equals(HEADER)) {
            throw new IllegalArgumentException(
                    file + ", line 1: the header is \"" + header + "\"; it must be task,low,high");
        }
        Map<String, TaskReference> references = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        int number = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            List<String> row = fields(line, file, number);
            String where = file + ", line " + number + ": ";
            if (row.size() != HEADER.size()) {
                throw new IllegalArgumentException(
                        where + "has " + row.size() + " fields; a row is task,low,high, got \"" + line + "\"");
            }
            String task = row.get(0);
            if (task.isEmpty()) {
                throw new IllegalArgumentException(where + "the task is empty");
            }
            double low = number(row.get(1), "low", task, where);
            double high = number(row.get(2), "high", task, where);
            TaskReference reference;
            try {
                reference = new TaskReference(low, high);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "task " + task + ": " + e.getMessage(), e);
            }
            Integer first = lines.putIfAbsent(task, number);
            if (first != null) {
                throw new IllegalArgumentException(
                        where + "task " + task + " is listed again (first on line " + first + "); list each task once");
            }
            references.put(task, reference);
        }
        if (references.isEmpty()) {
            throw new IllegalArgumentException(file + " lists no task under its header task,low,high");
        }
        return references;
    }

    private static double number(String text, String column, String task, String where) {
        if (!NUMBER.matcher(text).matches()) {
            throw new IllegalArgumentException(
                    where + "task " + task + ": " + column + " \"" + text + "\" is not a number");
        }
        return Double.parseDouble(text);
    }

    /** The line's fields, each stripped of surrounding blanks; quoted fields as in RFC 4180. */
    private static List<String> fields(String line, String file, int number) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new IllegalArgumentException(file + ", line " + number + ": a quote is not closed");
                    }
                    char c = line.charAt(i++);
                    if (c == '"' && i < line.length() && line.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        break;
                    } else {
                        field.append(c);
                    }
                }
                while (i < line.length() && line.charAt(i) == ' ') {
                    i++;
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    throw new IllegalArgumentException(
                            file + ", line " + number + ": text after the closing quote of \"" + field + "\"");
                }
                fields.add(field.toString());
            } else {
                int end = line.indexOf(',', i);
                String text = end < 0 ? line.substring(i) : line.substring(i, end);
                fields.add(text.strip());
                i = end < 0 ? line.length() : end;
            }
            field.setLength(0);
            if (i >= line.length()) {
                return fields;
            }
            i++; // the comma
        }
    }
}
