package dev.cohort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cohort.Experiment;
import dev.cohort.Normalization;
import dev.cohort.Sweep;
import dev.cohort.Task;
import dev.cohort.TaskReference;
import dev.cohort.Zip;
import dev.cohort.results.TaskDeclaration;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code @Task} read by the {@link ExperimentReader}: what the definition and its manifest hold. */
class TaskReaderTest {

    /** A composed annotation: the games of a benchmark, a task normalised by their scores. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.PARAMETER)
    @Task(references = "scores")
    @Sweep({"1", "2", "3"})
    @interface Levels {}

    static class Tasks {
        @Experiment
        void composed(@Sweep({"a", "b"}) String algorithm, @Levels int level) {}

        static Map<Object, TaskReference> scores() {
            return Map.of(1, new TaskReference(0, 1), 2, new TaskReference(0, 2), 3, new TaskReference(0, 3));
        }

        @Experiment
        void plain(@Sweep({"a", "b"}) String algorithm, @Sweep({"1", "2"}) int level) {}

        @Experiment
        void single(@Sweep({"a", "b"}) String algorithm, @Task @Sweep("Pong") String game) {}

        @Experiment
        void onTrial(@Sweep({"a", "b"}) String algorithm, @Task dev.cohort.Trial trial) {}

        @Experiment
        @Zip({"algorithm", "game"})
        void zipped(@Sweep({"a", "b"}) String algorithm, @Task @Sweep({"Pong", "Breakout"}) String game) {}

        @Experiment
        void clashing(@Sweep({"a", "b"}) String algorithm, @Task(references = "twice") @Sweep({"1", "2"}) int level) {}

        static Map<Object, TaskReference> twice() {
            return Map.of(1, new TaskReference(0, 1), "1", new TaskReference(0, 2));
        }
    }

    @Test
    void aComposedTaskKeyedByValuesRecordsItsReferencesInSweepOrder() {
        ExperimentDefinition definition = read("composed");

        TaskDeclaration task = definition.task().orElseThrow();
        assertThat(task.parameter()).isEqualTo("level");
        assertThat(task.normalization()).isEqualTo(Normalization.REFERENCE);
        assertThat(task.references().keySet()).containsExactly("1", "2", "3");
        assertThat(definition.manifest(Instant.EPOCH).task()).isEqualTo(task);
        assertThat(definition.warnings()).isEmpty();
    }

    @Test
    void anExperimentWithoutATaskRecordsNone() {
        ExperimentDefinition definition = read("plain");

        assertThat(definition.task()).isEmpty();
        assertThat(definition.manifest(Instant.EPOCH).task()).isNull();
    }

    @Test
    void oneTaskRunsWithAWarning() {
        assertThat(read("single").warnings())
                .containsExactly("Tasks#single parameter 'game': @Task with the one task Pong: nothing is aggregated"
                        + " across tasks (ranks, Friedman and the intervals need two or more); sweep more tasks");
    }

    @Test
    void rejectsATaskTheSweepCannotCompare() {
        assertThatThrownBy(() -> read("onTrial"))
                .isInstanceOf(InvalidExperimentException.class)
                .hasMessage("Tasks#onTrial parameter 'trial': @Task on a parameter that is not swept; list the tasks"
                        + " with @Sweep({...}) or @SweepSource(\"method\")");
        assertThatThrownBy(() -> read("zipped"))
                .hasMessage("Tasks#zipped parameter 'game': task Pong lacks 1 configuration the other tasks run"
                        + " (algorithm=b); tasks are compared on the same configurations, so run every"
                        + " configuration of the other parameters on every task (no @Sample, @Valid or @Zip"
                        + " across the task)");
        assertThatThrownBy(() -> read("clashing"))
                .hasMessage("Tasks#clashing parameter 'level': @Task(references = \"twice\"): twice() has two keys"
                        + " that read 1; key each task once, by its value as in the sweep");
    }

    private static ExperimentDefinition read(String name) {
        Method method = ExperimentReader.experimentMethods(Tasks.class).stream()
                .filter(m -> m.getName().equals(name))
                .findFirst()
                .orElseThrow();
        return ExperimentReader.read(Tasks.class, method);
    }
}
