package dev.cohort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.support.descriptor.MethodSource;

/** A class compiled without {@code -parameters} still runs, with a warning that says how to name its parameters. */
class ParameterNamesTest {

    @TempDir
    Path work;

    @Test
    void warnsWhenParameterNamesWereNotCompiledIn() throws Exception {
        Path source = work.resolve("src/org/acme/UnnamedExperiments.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package org.acme;
                public class UnnamedExperiments {
                    @dev.cohort.Experiment
                    void run(@dev.cohort.Sweep({"1", "2"}) int depth, dev.cohort.Trial trial) {
                        trial.record("depth", depth);
                    }
                }
                """);
        Path classes = Files.createDirectories(work.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(
                null,
                null,
                null,
                "-d",
                classes.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                source.toString());
        assertThat(status).isZero();

        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> type = loader.loadClass("org.acme.UnnamedExperiments");
            List<DiscoveryIssue> issues = EngineRuns.engine(work.resolve("results"))
                    .selectors(selectClass(type))
                    .discover()
                    .getDiscoveryIssues();

            assertThat(issues).singleElement().satisfies(issue -> {
                assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.WARNING);
                assertThat(issue.message())
                        .isEqualTo("UnnamedExperiments#run: parameter names were not compiled into the class, so"
                                + " configurations are named arg0, ... instead of the declared names; compile"
                                + " with -parameters (Maven:"
                                + " <maven.compiler.parameters>true</maven.compiler.parameters>)");
                assertThat(issue.source()).containsInstanceOf(MethodSource.class);
            });
            EngineRuns.engine(work.resolve("results"))
                    .selectors(selectClass(type))
                    .execute()
                    .testEvents()
                    .assertStatistics(stats -> stats.succeeded(2));
        }
    }
}
