package dev.cohort.engine;

import dev.cohort.runtime.Configuration;
import dev.cohort.runtime.ExperimentDefinition;
import org.junit.platform.engine.UniqueId;

/**
 * One trial of an experiment's confirmation stage ({@code @Confirm}): a configuration the tuning stage
 * selected, on one of the fresh seeds, displayed as {@code confirmation: algorithm=IDBD, stepSize=0.01
 * seed #0 (455423)}. It runs, is stored (with {@code "stage": "confirmation"}), resumed and reported
 * exactly as a tuning trial, since its experiment is the {@linkplain ExperimentDefinition#confirmationStage()
 * confirmation stage} of the declared one. Registered dynamically by its {@link ExperimentDescriptor}
 * once the tuning trials ended ({@link ConfirmationStage}).
 */
final class ConfirmationTrialDescriptor extends TrialDescriptor {

    private final String legacyName;

    ConfirmationTrialDescriptor(
            UniqueId experimentId, ExperimentDefinition confirmation, Configuration configuration, int seedIndex) {
        super(
                CohortIds.forConfirmationTrial(experimentId, configuration, confirmation.seed(seedIndex)),
                "confirmation: " + configuration.displayName() + " ",
                confirmation,
                configuration,
                seedIndex);
        this.legacyName = confirmation.method().getName() + " " + getDisplayName();
    }

    /**
     * The name in Surefire's reports: {@code tracking confirmation: algorithm=IDBD, stepSize=0.01 seed #0
     * (455423)}.
     */
    @Override
    public String getLegacyReportingName() {
        return legacyName;
    }
}
