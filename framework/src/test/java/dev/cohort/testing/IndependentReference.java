package dev.cohort.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The values R computed for statistics Cohort must reproduce ({@code
 * src/test/resources/independent-reference/}, made by {@code src/test/r/independent-references.R}).
 */
public final class IndependentReference {

    /** The tolerance, relative or (near zero) absolute, of a value R wrote with 15 significant digits. */
    public static final double TOLERANCE = 1e-12;

    private static final ObjectMapper JSON = new ObjectMapper();

    private IndependentReference() {}

    /** The case {@code name}, for example {@code bootstrap.json}. */
    public static JsonNode read(String name) {
        String resource = "/independent-reference/" + name;
        try (InputStream in = IndependentReference.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The numbers of a JSON array, a null as NaN. */
    public static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).isNull() ? Double.NaN : array.get(i).asDouble();
        }
        return values;
    }

    /** The allowed difference from {@code expected}: {@link #TOLERANCE} relative, and absolute near zero. */
    public static double tolerance(double expected) {
        return TOLERANCE * Math.max(1, Math.abs(expected));
    }
}
