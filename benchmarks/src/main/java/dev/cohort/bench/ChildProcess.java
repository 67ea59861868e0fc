package dev.cohort.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs a command to its end with its output shown, and times it from start to exit. */
final class ChildProcess {

    private ChildProcess() {}

    /** A {@code java} command on this JVM's class path with the given JVM options, main class and arguments. */
    static List<String> java(List<String> jvmOptions, Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Runs the command; returns its wall time in nanoseconds.
     *
     * @throws IllegalStateException when it exits with another status than 0
     */
    static long time(List<String> command) throws IOException, InterruptedException {
        return time(command, Map.of());
    }

    /**
     * Runs the command with the given variables added to its environment; returns its wall time in
     * nanoseconds.
     *
     * @throws IllegalStateException when it exits with another status than 0
     */
    static long time(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        int status = process.waitFor();
        long elapsed = System.nanoTime() - start;
        if (status != 0) {
            throw new IllegalStateException("exit status " + status + " of " + String.join(" ", command));
        }
        return elapsed;
    }
}
