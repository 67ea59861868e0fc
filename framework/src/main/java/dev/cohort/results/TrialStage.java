package dev.cohort.results;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Which stage of its experiment a trial belongs to. An experiment without {@code @Confirm} has only the
 * tuning stage; with it, the best configurations of the tuning stage run again on fresh seeds in the
 * confirmation stage, on which its conclusions are drawn.
 */
public enum TrialStage {
    /** The sweep: every configuration on the experiment's seeds. Stored without a {@code stage} field. */
    TUNING,
    /** The selected configurations on fresh seeds, stored with {@code "stage": "confirmation"}. */
    CONFIRMATION;

    /** The stage as the results store writes it: {@code "tuning"} or {@code "confirmation"}. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
