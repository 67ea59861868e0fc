package dev.cohort.results.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cohort.results.TrialResult;
import java.io.IOException;
import java.util.Optional;

/** The JSON form of one trial line (SPEC section 4). Thread-safe. */
final class TrialJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private TrialJson() {}

    /** The writer's binding, made at the first line written (a report reads lines only). */
    private static final class Writing {
        static final TrialLineWriter WRITER = new TrialLineWriter(MAPPER);
    }

    /** The reader's binding, made at the first line the streaming parser leaves to it (most reads need none). */
    private static final class Reading {
        static final ObjectReader READER = MAPPER.readerFor(TrialResult.class);
    }

    /** The trial as one line of JSON, without the line break. */
    static String toLine(TrialResult trial) {
        try {
            return Writing.WRITER.toLine(trial);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot write trial of " + trial.experiment() + " as JSON", e);
        }
    }

    /**
     * The trial a line holds; throws {@link JsonProcessingException} for a malformed line and for a line
     * missing a required field ({@link RequiredFields}), the message naming the field.
     */
    static TrialResult fromLine(String line) throws IOException {
        JsonNode node = MAPPER.readTree(line);
        if (node == null || node.isMissingNode()) {
            throw new MissingFieldException("an empty line");
        }
        Optional<String> problem = RequiredFields.problem(node);
        if (problem.isPresent()) {
            throw new MissingFieldException(problem.get());
        }
        return Reading.READER.readValue(node);
    }

    /** A well-formed JSON line that is not a complete trial. */
    static final class MissingFieldException extends JsonProcessingException {
        private static final long serialVersionUID = 1L;

        MissingFieldException(String message) {
            super(message);
        }
    }
}
