package dev.cohort.results.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * The fields every trial line must hold (SPEC section 4): {@code experiment} (a string), {@code config}
 * (an object), {@code seed} (an integer) and {@code status} (a string), plus {@code metrics} (an object)
 * when the status is {@code SUCCESSFUL}. A line missing one is skipped with a warning instead of being
 * read with a default (a phantom configuration {@code {}}, seed 0, a success without metrics).
 */
final class RequiredFields {

    private RequiredFields() {}

    /** What is wrong with the trial line {@code node}, naming the field, or empty when nothing is. */
    static Optional<String> problem(JsonNode node) {
        if (!node.isObject()) {
            return Optional.of("not a JSON object but " + kind(node));
        }
        Optional<String> wrong = check(node, "experiment", JsonNode::isTextual, "a string")
                .or(() -> check(node, "config", JsonNode::isObject, "an object"))
                .or(() -> check(node, "seed", JsonNode::isIntegralNumber, "an integer"))
                .or(() -> check(node, "status", JsonNode::isTextual, "a string"));
        if (wrong.isPresent()) {
            return wrong;
        }
        if ("SUCCESSFUL".equals(node.get("status").asText())) {
            return check(node, "metrics", JsonNode::isObject, "an object (required for a SUCCESSFUL trial)");
        }
        return Optional.empty();
    }

    private static Optional<String> check(
            JsonNode node, String field, java.util.function.Predicate<JsonNode> valid, String expected) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.of("missing required field '" + field + "' (" + expected + "), line ignored");
        }
        if (!valid.test(value)) {
            return Optional.of(
                    "field '" + field + "' must be " + expected + " but is " + kind(value) + ", line ignored");
        }
        return Optional.empty();
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
