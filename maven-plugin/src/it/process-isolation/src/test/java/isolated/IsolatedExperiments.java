package isolated;

import dev.cohort.Experiment;
import dev.cohort.Seeds;
import dev.cohort.Sweep;
import dev.cohort.Trial;

class IsolatedExperiments {

    @Experiment
    @Seeds(2)
    void run(@Sweep({"0", "1", "2", "3"}) int n, Trial trial) {
        if (n == 2 && trial.seedIndex() == 1) {
            System.out.println("about to end the JVM");
            System.exit(Integer.getInteger("study.exitStatus"));
        }
        trial.record("maxHeapMiB", Runtime.getRuntime().maxMemory() / 1048576.0);
        trial.record("pid", ProcessHandle.current().pid());
    }
}
