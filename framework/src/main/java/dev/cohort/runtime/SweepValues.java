package dev.cohort.runtime;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Converts the string values of a {@link dev.cohort.Sweep} to a parameter's type: {@code int}, {@code
 * long}, {@code double}, {@code float}, {@code boolean}, {@code String}, enums (by constant name) and
 * the boxed forms of the primitives.
 */
public final class SweepValues {

    private static final Map<Class<?>, Class<?>> BOXES = Map.of(
            int.class, Integer.class,
            long.class, Long.class,
            double.class, Double.class,
            float.class, Float.class,
            boolean.class, Boolean.class);

    private SweepValues() {}

    /** Whether sweep values can be converted to {@code type}. */
    public static boolean supports(Class<?> type) {
        Class<?> boxed = box(type);
        return boxed == String.class || boxed.isEnum() || BOXES.containsValue(boxed);
    }

    /** Whether {@code type} is a number a range can span: {@code int}, {@code long}, {@code float}, {@code double}. */
    public static boolean isNumeric(Class<?> type) {
        Class<?> boxed = box(type);
        return boxed == Integer.class || boxed == Long.class || boxed == Float.class || boxed == Double.class;
    }

    /**
     * Converts {@code raw} to {@code type}, or returns empty when it does not denote a value of that
     * type.
     *
     * @throws IllegalArgumentException when {@code type} is not {@linkplain #supports supported}
     */
    public static Optional<Object> convert(String raw, Class<?> type) {
        Class<?> boxed = box(type);
        String text = raw.strip();
        try {
            if (boxed == String.class) {
                return Optional.of(raw);
            } else if (boxed == Integer.class) {
                return Optional.of(Integer.valueOf(text));
            } else if (boxed == Long.class) {
                return Optional.of(Long.valueOf(text));
            } else if (boxed == Double.class) {
                return Optional.of(Double.valueOf(text));
            } else if (boxed == Float.class) {
                return Optional.of(Float.valueOf(text));
            } else if (boxed == Boolean.class) {
                return parseBoolean(text);
            } else if (boxed.isEnum()) {
                return enumConstant(boxed, text);
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        throw new IllegalArgumentException("Sweep values cannot be converted to " + type.getName());
    }

    /** How a value of {@code type} is named in messages: {@code a double}, {@code an int}, {@code a Mode}. */
    public static String describe(Class<?> type) {
        String name = type.isPrimitive() || type == String.class
                ? type.getSimpleName()
                : box(type).isEnum() ? "constant of " + type.getSimpleName() : type.getSimpleName();
        return ("aeiou".indexOf(Character.toLowerCase(name.charAt(0))) >= 0 ? "an " : "a ") + name;
    }

    private static Optional<Object> parseBoolean(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return Optional.of(Boolean.valueOf(lower));
        }
        return Optional.empty();
    }

    private static Optional<Object> enumConstant(Class<?> enumType, String name) {
        for (Object constant : enumType.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    private static Class<?> box(Class<?> type) {
        return BOXES.getOrDefault(type, type);
    }
}
