package dev.cohort.results;

import dev.cohort.Goal;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;

/**
 * Trials held by column rather than as objects: an immutable list whose {@link #get} builds the
 * {@link TrialResult} of a row when it is asked for, and whose accessors ({@link #seed}, {@link #config},
 * {@link #metric}, ...) read a row's fields without building it. What trials share (experiment,
 * configuration, goals, run, metric names, status, stage, configuration index) is held once per
 * distinct combination; per row remain the seed, its index, the duration, the start time (a number when
 * it is in the form the engine writes, {@link StartTimes}) and the metric values. A million trials of three
 * metrics cost about 56 bytes each instead of the 136 of their objects and the 64 to 72 of their start
 * times' strings.
 *
 * <p>A trial that could not be rebuilt from the columns (one with an error or a curve file, or a metric
 * recorded without a value) is also kept whole. {@link #select} makes a view of chosen rows that shares
 * the columns, so the analysis can group and order trials without holding one object per trial.
 */
public final class TrialTable extends AbstractList<TrialResult> implements RandomAccess {

    private final Columns columns;
    /** The rows of the columns this list shows, in order; {@code null}: the rows from {@link #first} on. */
    private final int[] rows;

    private final int first;
    private final int size;

    private TrialTable(Columns columns, int[] rows, int first, int size) {
        this.columns = columns;
        this.rows = rows;
        this.first = first;
        this.size = size;
    }

    /** A builder that appends trials one at a time. */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code trials} as a table: the list itself when it is one, else its trials copied into one. */
    public static TrialTable of(List<TrialResult> trials) {
        if (trials instanceof TrialTable table) {
            return table;
        }
        Builder builder = new Builder();
        trials.forEach(t -> builder.add(Objects.requireNonNull(t, "a trial of the list is null")));
        return builder.build();
    }

    /**
     * The trials at {@code positions[0, count)} of this list, in that order: a view sharing the columns,
     * which holds no positions when they are consecutive rows (an experiment's trials, say).
     */
    public TrialTable select(int[] positions, int count) {
        int[] chosen = new int[count];
        boolean consecutive = true;
        for (int k = 0; k < count; k++) {
            chosen[k] = row(positions[k]);
            consecutive &= chosen[k] == chosen[0] + k;
        }
        return count > 0 && consecutive
                ? new TrialTable(columns, null, chosen[0], count)
                : new TrialTable(columns, chosen, 0, count);
    }

    @Override
    public TrialResult get(int index) {
        return columns.trial(row(index));
    }

    @Override
    public int size() {
        return size;
    }

    /** The experiment of the trial at {@code index}. */
    public String experiment(int index) {
        return shape(index).experiment;
    }

    /** The configuration of the trial at {@code index}; trials of one configuration share this map. */
    public Map<String, Object> config(int index) {
        return shape(index).config;
    }

    /** The goals of the trial at {@code index}. */
    public Map<String, Goal> goals(int index) {
        return shape(index).goals;
    }

    /** The seed of the trial at {@code index}. */
    public long seed(int index) {
        return columns.seed[row(index)];
    }

    /** The seed index of the trial at {@code index}. */
    public int seedIndex(int index) {
        return columns.seedIndex[row(index)];
    }

    /** The configuration index of the trial at {@code index}, or {@code null}. */
    public Integer configIndex(int index) {
        return shape(index).configIndex;
    }

    /** The status of the trial at {@code index}. */
    public TrialStatus status(int index) {
        return shape(index).status;
    }

    /** Whether the trial at {@code index} succeeded. */
    public boolean isSuccessful(int index) {
        return shape(index).status == TrialStatus.SUCCESSFUL;
    }

    /** Whether the trial at {@code index} belongs to a confirmation stage. */
    public boolean isConfirmation(int index) {
        return shape(index).stage == TrialStage.CONFIRMATION;
    }

    /** The start time of the trial at {@code index} as recorded, or {@code null}. */
    public String startedAt(int index) {
        return columns.startedAt(row(index));
    }

    /**
     * When the trial at {@code index} started, or {@code null} when its start time is missing or not an
     * ISO-8601 instant ({@link LatestResult#startOf(String)}).
     */
    public Instant start(int index) {
        int row = row(index);
        long nanos = columns.startNanos[row];
        return nanos != StartTimes.NONE
                ? StartTimes.instant(nanos)
                : LatestResult.startOf(columns.otherStartTimes.get(row));
    }

    /** The curve file of the trial at {@code index}, or {@code null} when it logged none. */
    public String curves(int index) {
        TrialResult whole = columns.whole(row(index));
        return whole == null ? null : whole.curves();
    }

    /** The names of the metrics the trial at {@code index} recorded; trials of one shape share this set. */
    public Set<String> metricNames(int index) {
        int row = row(index);
        ArrayMap.Keys keys = columns.shape(row).metrics;
        return keys != null ? keys : columns.whole(row).metrics().keySet();
    }

    /** The value of {@code metric} the trial at {@code index} recorded, or {@code null} when it did not. */
    public Double metric(int index, String metric) {
        int row = row(index);
        ArrayMap.Keys keys = columns.shape(row).metrics;
        if (keys == null) {
            return columns.whole(row).metrics().get(metric);
        }
        String[] names = keys.names();
        for (int k = 0; k < names.length; k++) {
            if (names[k].equals(metric)) {
                return columns.values[columns.valuesAt(row) + k];
            }
        }
        return null;
    }

    private int row(int index) {
        Objects.checkIndex(index, size);
        return rows == null ? first + index : rows[index];
    }

    private Shape shape(int index) {
        return columns.shape(row(index));
    }

    /** What rows share; the reader shares (interns) every field, so they are compared by identity. */
    private record Shape(
            String experiment,
            Map<String, Object> config,
            Map<String, Goal> goals,
            RunInfo run,
            ArrayMap.Keys metrics,
            TrialStatus status,
            TrialStage stage,
            Integer configIndex) {

        static Shape of(TrialResult t) {
            return new Shape(
                    t.experiment(),
                    t.config(),
                    t.goals(),
                    t.run(),
                    t.metrics() instanceof MetricMap m ? m.keys() : null,
                    t.status(),
                    t.stage(),
                    t.configIndex());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Shape s
                    && experiment == s.experiment
                    && config == s.config
                    && goals == s.goals
                    && run == s.run
                    && metrics == s.metrics
                    && status == s.status
                    && stage == s.stage
                    && Objects.equals(configIndex, s.configIndex);
        }

        @Override
        public int hashCode() {
            int h = System.identityHashCode(experiment);
            h = 31 * h + System.identityHashCode(config);
            h = 31 * h + System.identityHashCode(goals);
            h = 31 * h + System.identityHashCode(metrics);
            return 31 * h + Objects.hashCode(configIndex);
        }
    }

    /** The columns of every row appended. */
    private static final class Columns {
        private final Shape[] shapes;
        /** Each row's shape number; its complement ({@code ~number}) for a row also kept whole. */
        private final int[] shape;

        private final long[] seed;
        private final int[] seedIndex;
        private final double[] durationMs;
        /** Each row's start time as a number, or {@link StartTimes#NONE}. */
        private final long[] startNanos;
        /** The rows' start times that are not such numbers, when they have one. */
        private final Map<Integer, String> otherStartTimes;
        /**
         * Where each row's metric values start in {@link #values}; {@code null} when every row has {@link
         * #valuesPerRow}, so that a row's start follows from its number.
         */
        private final int[] valuesAt;

        private final int valuesPerRow;

        private final double[] values;
        /** The rows a trial cannot be rebuilt from the columns for, with their trials. */
        private final Map<Integer, TrialResult> whole;

        Columns(Builder b) {
            this.shapes = b.shapes.toArray(new Shape[0]);
            this.shape = Arrays.copyOf(b.shape, b.size);
            this.seed = Arrays.copyOf(b.seed, b.size);
            this.seedIndex = Arrays.copyOf(b.seedIndex, b.size);
            this.durationMs = Arrays.copyOf(b.durationMs, b.size);
            this.startNanos = Arrays.copyOf(b.startNanos, b.size);
            this.otherStartTimes = Map.copyOf(b.otherStartTimes);
            this.valuesPerRow = b.valuesPerRow;
            this.valuesAt = b.valuesPerRow < 0 ? Arrays.copyOf(b.valuesAt, b.size) : null;
            this.values = Arrays.copyOf(b.values, b.valueCount);
            this.whole = Map.copyOf(b.whole);
        }

        int valuesAt(int row) {
            return valuesAt == null ? row * valuesPerRow : valuesAt[row];
        }

        String startedAt(int row) {
            long nanos = startNanos[row];
            return nanos != StartTimes.NONE ? StartTimes.text(nanos) : otherStartTimes.get(row);
        }

        Shape shape(int row) {
            int s = shape[row];
            return shapes[s < 0 ? ~s : s];
        }

        /** The trial of {@code row} when it is kept whole, else {@code null}. */
        TrialResult whole(int row) {
            return shape[row] < 0 ? whole.get(row) : null;
        }

        TrialResult trial(int row) {
            TrialResult kept = whole(row);
            if (kept != null) {
                return kept;
            }
            Shape common = shapes[shape[row]];
            return new TrialResult(
                    common.experiment,
                    common.config,
                    seed[row],
                    seedIndex[row],
                    common.status,
                    MetricMap.of(common.metrics, values, valuesAt(row)),
                    durationMs[row],
                    null,
                    common.goals,
                    null,
                    startedAt(row),
                    common.configIndex,
                    common.run,
                    common.stage);
        }
    }

    /** Appends trials, one row each; not thread-safe. */
    public static final class Builder {
        private static final Map<String, Object> EMPTY = Map.of();

        private final List<Shape> shapes = new ArrayList<>();
        private final Map<Shape, Integer> shapeNumbers = new HashMap<>();
        private Shape last;
        private int lastNumber;

        private int size;
        private int[] shape = new int[1024];
        private long[] seed = new long[1024];
        private int[] seedIndex = new int[1024];
        private double[] durationMs = new double[1024];
        private long[] startNanos = new long[1024];
        private final Map<Integer, String> otherStartTimes = new HashMap<>();
        private String lastStart;
        private long lastStartNanos = StartTimes.NONE;
        private int[] valuesAt = new int[1024];
        /** How many values every row appended so far has, or -1 once two rows differ. */
        private int valuesPerRow;

        private double[] values = new double[4096];
        private int valueCount;
        private final Map<Integer, TrialResult> whole = new HashMap<>();

        private Builder() {}

        /** Appends {@code trial} as the next row. */
        public Builder add(TrialResult trial) {
            if (size == shape.length) {
                grow();
            }
            shape[size] = shapeNumber(trial);
            seed[size] = trial.seed();
            seedIndex[size] = trial.seedIndex();
            durationMs[size] = trial.durationMs();
            startNanos[size] = startNanos(trial.startedAt());
            if (startNanos[size] == StartTimes.NONE && trial.startedAt() != null) {
                otherStartTimes.put(size, trial.startedAt());
            }
            valuesAt[size] = valueCount;
            MetricMap metrics = trial.metrics() instanceof MetricMap m ? m : null;
            int count = metrics == null ? 0 : metrics.size();
            if (size == 0) {
                valuesPerRow = count;
            } else if (count != valuesPerRow) {
                valuesPerRow = -1;
            }
            if (valueCount + count > values.length) {
                values = Arrays.copyOf(values, Math.max(2 * values.length, valueCount + count));
            }
            for (int k = 0; k < count; k++) {
                values[valueCount++] = metrics.value(k);
            }
            if (!rebuildable(trial)) {
                whole.put(size, trial);
                shape[size] = ~shape[size];
            }
            size++;
            return this;
        }

        /** The trials appended so far, in order. */
        public TrialTable build() {
            return new TrialTable(new Columns(this), null, 0, size);
        }

        /**
         * Whether the trial rebuilt from its row equals it and holds the very same maps: a trial's maps
         * are frozen when it is made, so an empty one is {@link Map#of()} and any other a frozen map.
         */
        private static boolean rebuildable(TrialResult trial) {
            return trial.metrics() instanceof MetricMap
                    && trial.error() == null
                    && trial.curves() == null
                    && shared(trial.config())
                    && shared(trial.goals());
        }

        private static boolean shared(Map<String, ?> map) {
            return map instanceof FrozenMap<?> || map == EMPTY;
        }

        private long startNanos(String startedAt) {
            // the reader shares a start time equal to the last line's
            if (startedAt != lastStart) {
                lastStart = startedAt;
                lastStartNanos = StartTimes.epochNanos(startedAt);
            }
            return lastStartNanos;
        }

        private int shapeNumber(TrialResult trial) {
            Shape s = Shape.of(trial);
            // rows of one configuration usually follow each other: one look-up for all
            if (s.equals(last)) {
                return lastNumber;
            }
            Integer number = shapeNumbers.get(s);
            if (number == null) {
                number = shapes.size();
                shapes.add(s);
                shapeNumbers.put(s, number);
            }
            last = s;
            lastNumber = number;
            return number;
        }

        private void grow() {
            int capacity = 2 * shape.length;
            shape = Arrays.copyOf(shape, capacity);
            seed = Arrays.copyOf(seed, capacity);
            seedIndex = Arrays.copyOf(seedIndex, capacity);
            durationMs = Arrays.copyOf(durationMs, capacity);
            startNanos = Arrays.copyOf(startNanos, capacity);
            valuesAt = Arrays.copyOf(valuesAt, capacity);
        }
    }
}
