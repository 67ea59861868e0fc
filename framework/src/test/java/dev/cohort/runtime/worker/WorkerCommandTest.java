package dev.cohort.runtime.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A worker JVM starts as this one did, without what would clash, with the extra options last. */
class WorkerCommandTest {

    @Test
    void keepsHeapAgentsAndPropertiesDropsDebuggersAndJmxPortsAndAddsTheExtraOptionsLast() {
        List<String> command = WorkerCommand.of(
                List.of(
                        "-Xmx2g",
                        "-javaagent:/m2/org/jacoco/org.jacoco.agent.jar=destfile=/p/target/jacoco.exec",
                        "-Dstudy.size=large",
                        "-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
                        "-Xdebug",
                        "-Dcom.sun.management.jmxremote.port=9010"),
                List.of("-Xmx256m"));

        assertThat(command.get(0))
                .isEqualTo(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString());
        assertThat(command.subList(1, command.size()))
                .containsExactly(
                        "-Xmx2g",
                        "-javaagent:/m2/org/jacoco/org.jacoco.agent.jar=destfile=/p/target/jacoco.exec",
                        "-Dstudy.size=large",
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        WorkerMain.class.getName());
    }
}
