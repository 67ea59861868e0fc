package dev.cohort.maven;

import dev.cohort.Expect;
import dev.cohort.Expectations;
import dev.cohort.Experiment;
import dev.cohort.maven.CompiledDeclarations.Unreadable;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.runtime.ExperimentDefinition;
import dev.cohort.runtime.ExperimentReader;
import dev.cohort.runtime.InvalidExperimentException;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The experiments declared in a project's compiled test classes, read with the engine's own {@link
 * ExperimentReader}, so {@code status} knows the expected trials before any run and after the code
 * changed, and {@code check} the expectations the code declares now. Classes are loaded without being
 * initialized; Cohort's own classes come from the plugin, so the annotations are the ones the reader
 * knows.
 */
final class TestClassDeclarations {

    private TestClassDeclarations() {}

    /**
     * Reads every experiment of the classes under {@code testClasses}, and names the classes that cannot
     * be loaded and the experiments whose declaration is invalid.
     *
     * @param classpath the project's test classpath (its classes and dependencies)
     */
    static CompiledDeclarations scan(Path testClasses, List<String> classpath) throws IOException {
        if (!Files.isDirectory(testClasses)) {
            return CompiledDeclarations.NONE;
        }
        List<ExperimentManifest> declared = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        List<ExperimentDefinition> definitions = new ArrayList<>();
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
                    if (names(file, Experiment.class)) {
                        unreadable.add(new Unreadable(
                                name,
                                "the class cannot be loaded: " + e,
                                names(file, Expect.class) || names(file, Expectations.class)));
                    }
                    continue;
                }
                if (!ExperimentReader.isExperimentClass(type)) {
                    continue;
                }
                for (Method method : ExperimentReader.experimentMethods(type)) {
                    try {
                        ExperimentDefinition definition = ExperimentReader.read(type, method);
                        declared.add(definition.manifest(now));
                        definitions.add(definition);
                    } catch (InvalidExperimentException e) {
                        unreadable.add(new Unreadable(
                                name + "#" + method.getName(),
                                e.getMessage(),
                                ExperimentReader.declaresExpectations(method)));
                    }
                }
            }
        }
        return new CompiledDeclarations(declared, unreadable, definitions);
    }

    /**
     * Whether the class file names the annotation type (its descriptor is in the constant pool), as a
     * class annotated with it does: for classes that cannot be loaded.
     */
    private static boolean names(Path classFile, Class<?> annotation) throws IOException {
        String bytes = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
        return bytes.contains(annotation.descriptorString());
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
