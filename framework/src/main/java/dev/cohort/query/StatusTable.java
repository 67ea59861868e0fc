package dev.cohort.query;

import dev.cohort.query.StudyStatus.ExperimentStatus;
import dev.cohort.query.StudyStatus.ShardStatus;
import dev.cohort.results.TrialStage;
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
                label(s),
                text(s.configurations()),
                text(s.seeds()),
                text(s.expected()),
                String.valueOf(s.done()),
                String.valueOf(s.failed()),
                s.expected() == null ? "?" : String.valueOf(s.missing().size())
            });
        }
        List<String> lines = aligned(rows, false);
        for (ExperimentStatus s : statuses) {
            if (s.expected() == null) {
                lines.add(Results.shortName(s.experiment())
                        + ": no recorded declaration (run it with this version of the engine), so the expected"
                        + " trials are unknown");
            }
            if (s.undeclared() > 0) {
                lines.add(label(s) + ": " + s.undeclared()
                        + (s.stage() == TrialStage.CONFIRMATION
                                ? " confirmation trials are of configurations the tuning stage no longer selects, or"
                                        + " of other seeds"
                                : " trials with results are not in the current declaration (an earlier sweep or"
                                        + " seeds)"));
            }
            if (!s.missing().isEmpty()) {
                lines.add("Missing " + (s.stage() == TrialStage.CONFIRMATION ? "confirmation " : "") + "trials of "
                        + s.experiment() + ":");
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

    /** The experiment's short name, with {@code (confirmation)} for the status of its confirmation stage. */
    private static String label(ExperimentStatus s) {
        String name = Results.shortName(s.experiment());
        return s.stage() == TrialStage.CONFIRMATION ? name + " (confirmation)" : name;
    }

    /**
     * The progress of every shard of a study split across JVMs, as a table: shard, expected, done,
     * failed and missing trials, then the runs that recorded trials as the shard (none yet: {@code -}).
     * Empty when the study was not split.
     */
    public static List<String> shardLines(List<ShardStatus> shards) {
        if (shards.isEmpty()) {
            return List.of();
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"shard", "expected", "done", "failed", "missing", "runs"});
        for (ShardStatus s : shards) {
            rows.add(new String[] {
                s.shard(),
                String.valueOf(s.expected()),
                String.valueOf(s.done()),
                String.valueOf(s.failed()),
                String.valueOf(s.missing()),
                s.runs().isEmpty() ? "-" : String.join(", ", s.runs())
            });
        }
        return aligned(rows, true);
    }

    /** The rows as lines: the first column left-aligned, the others right-aligned, or the last as text. */
    private static List<String> aligned(List<String[]> rows, boolean textLast) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-" + widths[0] + "s", row[0]));
            for (int i = 1; i < row.length; i++) {
                if (textLast && i == row.length - 1) {
                    line.append("  ").append(row[i]);
                } else {
                    line.append(String.format(Locale.ROOT, "  %" + widths[i] + "s", row[i]));
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static String text(Integer value) {
        return value == null ? "?" : value.toString();
    }
}
