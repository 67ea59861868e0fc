package dev.cohort.example.docs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles the guide's {@link JavaSnippet}s in one compiler run against the test class path. */
final class SnippetCompiler {

    private final String classPath;
    private final Path output;

    /**
     * @param classPath the class path to compile against (the framework, the engine API, the example's classes)
     * @param output the directory for the class files
     */
    SnippetCompiler(String classPath, Path output) {
        this.classPath = classPath;
        this.output = output;
    }

    /** The class path of the running tests: Surefire's, when it forks with a manifest-only jar. */
    static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /**
     * Compiles every snippet.
     *
     * @return one message per compile error, {@code file:line: message}, with the Markdown file's line
     */
    List<String> errors(List<JavaSnippet> snippets, Path root) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no system Java compiler: run the tests on a JDK, not a JRE");
        }
        Map<JavaFileObject, JavaSnippet> bySource = new IdentityHashMap<>();
        snippets.forEach(s -> bySource.put(s.fileObject(), s));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of(
                    "-classpath",
                    classPath,
                    "-d",
                    output.toString(),
                    "-proc:none",
                    "-implicit:none",
                    "-parameters",
                    "--release",
                    "17");
            compiler.getTask(null, files, diagnostics, options, null, bySource.keySet())
                    .call();
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            JavaSnippet snippet = bySource.get(diagnostic.getSource());
            String where = snippet == null
                    ? "(no snippet)"
                    : root.relativize(snippet.block().file()) + ":" + snippet.markdownLine(diagnostic.getLineNumber());
            errors.add(where + ": " + diagnostic.getMessage(Locale.ROOT));
        }
        return errors;
    }
}
