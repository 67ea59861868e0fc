package dev.cohort.results;

/** How experiment ids read to people. */
public final class ExperimentNames {

    private ExperimentNames() {}

    /** {@code StepSizeExperiments#tracking} for {@code dev.cohort.example.StepSizeExperiments#tracking}. */
    public static String shortName(String id) {
        int hash = id.indexOf('#');
        if (hash < 0) {
            return id;
        }
        int dot = id.lastIndexOf('.', hash);
        return id.substring(dot + 1);
    }
}
