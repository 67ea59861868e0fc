package dev.cohort.query;

import dev.cohort.query.StudyStatus.ExperimentStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The status of a study as a plain-text table for a build log, followed by the missing trials. */
public final class StatusTable {

    private static final String[] HEADER = {"experiment", "configs", "seeds", "expected", "done", "failed", "missing"};

    private StatusTable() {}

    /**
     * The table's lines, then per experiment with missing trials a heading and at most {@code
     * listedMissing} of them, then {@code and N more}.
     */
    public static List<String> lines(List<ExperimentStatus> statuses, int listedMissing) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (ExperimentStatus s : statuses) {
            rows.add(new String[] {
                Results.shortName(s.experiment()),
                text(s.configurations()),
                text(s.seeds()),
                text(s.expected()),
                String.valueOf(s.done()),
                String.valueOf(s.failed()),
                s.expected() == null ? "?" : String.valueOf(s.missing().size())
            });
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-" + widths[0] + "s", row[0]));
            for (int i = 1; i < row.length; i++) {
                line.append(String.format(Locale.ROOT, "  %" + widths[i] + "s", row[i]));
            }
            lines.add(line.toString());
        }
        for (ExperimentStatus s : statuses) {
            if (s.expected() == null) {
                lines.add(Results.shortName(s.experiment())
                        + ": no recorded declaration (run it with this version of the engine), so the expected"
                        + " trials are unknown");
            }
            if (s.undeclared() > 0) {
                lines.add(Results.shortName(s.experiment()) + ": " + s.undeclared()
                        + " trials with results are not in the current declaration (an earlier sweep or seeds)");
            }
            if (!s.missing().isEmpty()) {
                lines.add("Missing trials of " + s.experiment() + ":");
                s.missing().stream().limit(listedMissing).forEach(m -> lines.add("  " + m));
                int more =
                        s.missing().size() - Math.min(listedMissing, s.missing().size());
                if (more > 0) {
                    lines.add("  and " + more + " more");
                }
            }
        }
        return lines;
    }

    private static String text(Integer value) {
        return value == null ? "?" : value.toString();
    }
}
