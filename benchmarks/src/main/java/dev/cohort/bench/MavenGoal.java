package dev.cohort.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code mvn cohort:report} as a user runs it, on results written elsewhere: a project of its own (a
 * POM and nothing else), the plugin named by its coordinates, Maven offline and quiet, with {@code
 * MAVEN_OPTS} as each run asks ({@code -Xmx512m}, say). The plugin must be installed in the local repository.
 */
final class MavenGoal {

    private final List<String> command;

    private MavenGoal(List<String> command) {
        this.command = command;
    }

    /** Writes the project into {@code project} and returns the goal that reports {@code results} from it. */
    static MavenGoal write(Path project, String mvnw, String pluginVersion, Path results) throws IOException {
        Files.createDirectories(project);
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId>
                  <artifactId>report-at-scale</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                </project>
                """);
        return new MavenGoal(List.of(
                Path.of(mvnw).toAbsolutePath().toString(),
                "-B",
                "-ntp",
                "-q",
                "-o",
                "-f",
                project.resolve("pom.xml").toString(),
                "dev.cohort:cohort-maven-plugin:" + pluginVersion + ":report",
                "-Dcohort.results=" + results.toAbsolutePath(),
                "-Dcohort.reports=" + project.resolve("report").toAbsolutePath()));
    }

    /** Runs the goal once with {@code MAVEN_OPTS} set to the given JVM options; returns its wall time in nanoseconds. */
    long time(List<String> mavenOptions) throws IOException, InterruptedException {
        return ChildProcess.time(command, Map.of("MAVEN_OPTS", String.join(" ", mavenOptions)));
    }
}
