package dev.cohort.runtime.worker;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a worker JVM: this JVM's {@code java}, its options (heap size, agents such as
 * JaCoCo's, system properties) without those that would clash when a second JVM takes them (a debugger's
 * agent or a JMX port), then the configured extra options, this JVM's class path and {@link WorkerMain}.
 */
final class WorkerCommand {

    /** Options a second JVM must not take: each would open the same port or debug session again. */
    private static final List<String> CLASHING =
            List.of("-agentlib:jdwp", "-Xrunjdwp", "-Xdebug", "-Xnoagent", "-Dcom.sun.management.jmxremote");

    private WorkerCommand() {}

    /** The command for this JVM's options, followed by {@code extraOptions}. */
    static List<String> of(List<String> extraOptions) {
        return of(ManagementFactory.getRuntimeMXBean().getInputArguments(), extraOptions);
    }

    /** The command for a JVM started with {@code jvmOptions}, followed by {@code extraOptions}. */
    static List<String> of(List<String> jvmOptions, List<String> extraOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        jvmOptions.stream().filter(option -> !clashes(option)).forEach(command::add);
        command.addAll(extraOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(WorkerMain.class.getName());
        return List.copyOf(command);
    }

    static boolean clashes(String option) {
        return CLASHING.stream().anyMatch(option::startsWith);
    }
}
