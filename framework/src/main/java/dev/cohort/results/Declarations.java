package dev.cohort.results;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which declaration of each experiment is the latest, when several sources hold one. */
public final class Declarations {

    private Declarations() {}

    /**
     * {@code newer} (for example read from the compiled experiment classes, newer than any run's) in
     * place of the {@code recorded} declarations of the same experiments; recorded declarations of other
     * experiments are kept.
     */
    public static List<ExperimentManifest> latest(List<ExperimentManifest> recorded, List<ExperimentManifest> newer) {
        Set<String> replaced = new HashSet<>();
        newer.forEach(d -> replaced.add(d.experiment()));
        List<ExperimentManifest> merged = new ArrayList<>(newer);
        recorded.stream().filter(m -> !replaced.contains(m.experiment())).forEach(merged::add);
        return List.copyOf(merged);
    }
}
