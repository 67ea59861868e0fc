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

    /**
     * The name a paper calls an experiment by: the method name, {@code tracking}, of an id
     * {@code dev.cohort.example.StepSizeExperiments#tracking} (a Java class name, {@code #}, a method), and any
     * other id, a name given with {@code @Experiment(name)}, as it is.
     */
    public static String methodOrName(String id) {
        int hash = id.lastIndexOf('#');
        if (hash <= 0 || hash == id.length() - 1) {
            return id;
        }
        for (String part : id.substring(0, hash).split("\\.", -1)) {
            if (part.isEmpty() || !Character.isJavaIdentifierStart(part.charAt(0))) {
                return id;
            }
            if (!part.chars().allMatch(Character::isJavaIdentifierPart)) {
                return id;
            }
        }
        return id.substring(hash + 1);
    }
}
