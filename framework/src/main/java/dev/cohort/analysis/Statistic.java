package dev.cohort.analysis;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A statistic of the analysis: a finite value, or the reason it is undefined for the data (zero
 * variance, too few values, ...). Exactly one of the two is present; a value is never NaN or infinite,
 * so no writer can print one.
 *
 * <p>The records of the analysis hold their statistics as {@code Statistic} components; {@link
 * #reasonsOf} derives a record's {@code reasons} (component name to reason) from them, so a reason is
 * stored once, next to the value it explains.
 *
 * @param <T> {@link Double} for a real-valued statistic, {@link Integer} for a count
 * @param value the value, or {@code null} when the statistic is undefined
 * @param reason why the statistic is undefined, or {@code null} when it has a value
 */
public record Statistic<T extends Number>(T value, String reason) {

    /** Why a statistic computed from finite values is undefined when its arithmetic overflows. */
    static final String OVERFLOW = "not finite in double precision: the values are too large to compute it";

    /** Checks that the statistic is a finite value or a non-blank reason, not both. */
    public Statistic {
        if ((value == null) == (reason == null)) {
            throw new IllegalArgumentException("a statistic is a value or the reason it is undefined, got value "
                    + value + " and reason " + reason);
        }
        if (value != null && !Double.isFinite(value.doubleValue())) {
            throw new IllegalArgumentException(
                    "a statistic cannot be " + value + ": say why it is undefined with Statistic.finiteOr");
        }
        if (reason != null && reason.isBlank()) {
            throw new IllegalArgumentException("the reason of an undefined statistic is blank");
        }
    }

    /**
     * A defined real-valued statistic.
     *
     * @throws IllegalArgumentException if {@code value} is NaN or infinite: a computation that can give
     *     one must say why, with {@link #finiteOr}
     */
    public static Statistic<Double> of(double value) {
        return new Statistic<>(value, null);
    }

    /** A defined count. */
    public static Statistic<Integer> count(int value) {
        return new Statistic<>(value, null);
    }

    /** A statistic that is undefined for the data, for the given reason. */
    public static <T extends Number> Statistic<T> undefined(String reason) {
        return new Statistic<>(null, reason);
    }

    /** {@code value} when it is finite, else undefined for {@code reason}. */
    public static Statistic<Double> finiteOr(double value, String reason) {
        return Double.isFinite(value) ? of(value) : undefined(reason);
    }

    /** Whether the statistic has a value. */
    public boolean isDefined() {
        return value != null;
    }

    /** The value as a double, or {@code otherwise} when the statistic is undefined. */
    public double orElse(double otherwise) {
        return value == null ? otherwise : value.doubleValue();
    }

    /**
     * The reasons of a record's undefined statistics: for every {@code Statistic} component without a
     * value, its name and reason, sorted by name.
     */
    public static SortedMap<String, String> reasonsOf(Record record) {
        SortedMap<String, String> reasons = new TreeMap<>();
        for (RecordComponent component : STATISTICS.get(record.getClass())) {
            Statistic<?> statistic = read(record, component);
            if (statistic != null && !statistic.isDefined()) {
                reasons.put(component.getName(), statistic.reason());
            }
        }
        return Collections.unmodifiableSortedMap(reasons);
    }

    /**
     * The {@code Statistic} components of each record class, looked up once: {@link
     * Class#getRecordComponents} copies them on every call, tens of microseconds for a comparison.
     */
    private static final ClassValue<List<RecordComponent>> STATISTICS = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents())
                    .filter(c -> c.getType() == Statistic.class)
                    .toList();
        }
    };

    private static Statistic<?> read(Record record, RecordComponent component) {
        try {
            return (Statistic<?>) component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(
                    "cannot read " + record.getClass().getSimpleName() + "." + component.getName(), e);
        }
    }
}
