package dev.cohort.maven;

import dev.cohort.results.ExperimentManifest;
import dev.cohort.runtime.ExperimentReader;
import dev.cohort.runtime.InvalidExperimentException;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The experiments declared in a project's compiled test classes, read with the engine's own {@link
 * ExperimentReader}, so {@code status} knows the expected trials before any run and after the code
 * changed. Classes are loaded without being initialized; Cohort's own classes come from the plugin, so
 * the annotations are the ones the reader knows.
 */
final class TestClassDeclarations {

    private TestClassDeclarations() {}

    /**
     * Reads every experiment of the classes under {@code testClasses}.
     *
     * @param classpath the project's test classpath (its classes and dependencies)
     * @param warnings receives a line for each class or experiment that cannot be read
     */
    static List<ExperimentManifest> read(Path testClasses, List<String> classpath, Consumer<String> warnings)
            throws IOException {
        if (!Files.isDirectory(testClasses)) {
            return List.of();
        }
        List<ExperimentManifest> declared = new ArrayList<>();
        Instant now = Instant.now();
        try (URLClassLoader loader = new URLClassLoader(urls(classpath), TestClassDeclarations.class.getClassLoader());
                Stream<Path> files = Files.walk(testClasses)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = className(testClasses.relativize(file));
                if (name.endsWith("module-info") || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type;
                try {
                    type = Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    warnings.accept("Cannot load test class " + name + ": " + e);
                    continue;
                }
                if (!ExperimentReader.isExperimentClass(type)) {
                    continue;
                }
                for (Method method : ExperimentReader.experimentMethods(type)) {
                    try {
                        declared.add(ExperimentReader.read(type, method).manifest(now));
                    } catch (InvalidExperimentException e) {
                        warnings.accept(e.getMessage());
                    }
                }
            }
        }
        return declared;
    }

    private static String className(Path relative) {
        String path = relative.toString().replace(relative.getFileSystem().getSeparator(), ".");
        return path.substring(0, path.length() - ".class".length());
    }

    private static URL[] urls(List<String> classpath) throws MalformedURLException {
        URL[] urls = new URL[classpath.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = Path.of(classpath.get(i)).toUri().toURL();
        }
        return urls;
    }
}
