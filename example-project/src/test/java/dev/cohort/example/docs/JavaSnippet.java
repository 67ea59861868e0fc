package dev.cohort.example.docs;

import dev.cohort.example.docs.MarkdownDocument.CodeBlock;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;

/**
 * A {@code java} block of the guide made into a compilation unit. The convention, for whoever writes a
 * page:
 *
 * <ul>
 *   <li>A block is compiled as it stands, as <b>members of a class</b> (methods, fields, nested classes and
 *       annotation types), in package {@code dev.cohort.example}, so the example study's classes
 *       ({@code Algorithm}, {@code DriftingTarget}, {@code StepSizeExperiments.SHAPE}, ...) are in reach.
 *   <li>{@code <!-- snippet: statements -->} on the line before the fence: the block is the body of a method
 *       that may throw anything.
 *   <li>{@code <!-- snippet: unit -->}: the block is a whole compilation unit (with its own package, or in
 *       {@code dev.cohort.example}).
 *   <li>Lines starting with {@code import} at the top of a block are the unit's imports; every block also
 *       imports {@link #IMPORTS}.
 *   <li>A body written <code>{ ... }</code> stands for code the page leaves out and is compiled as an empty
 *       body; any other {@code ...} is a compile error.
 * </ul>
 *
 * The generated source keeps the block's lines at a fixed offset, so a compiler error maps back to the
 * Markdown file's line.
 */
final class JavaSnippet {

    /** What every block may use without importing it. */
    static final List<String> IMPORTS = List.of(
            "dev.cohort.*",
            "dev.cohort.query.*",
            "dev.cohort.assertions.CohortAssertions",
            "java.lang.annotation.*",
            "java.nio.file.Path",
            "java.util.*",
            "java.util.random.RandomGenerator");

    private static final String PACKAGE = "dev.cohort.example";

    private final CodeBlock block;
    private final String className;
    private final String source;
    private final int offset;

    private JavaSnippet(CodeBlock block, String className, String source, int offset) {
        this.block = block;
        this.className = className;
        this.source = source;
        this.offset = offset;
    }

    /**
     * Wraps a block by its marker.
     *
     * @param index a number unique among the blocks compiled together, for the class name
     * @throws IllegalArgumentException for a marker this convention does not know
     */
    static JavaSnippet of(CodeBlock block, int index) {
        String kind = block.marker().orElse("members");
        String className = "Snippet" + index;
        List<String> imports = new ArrayList<>();
        List<String> body = new ArrayList<>();
        boolean header = true;
        for (String line : block.lines()) {
            String trimmed = line.trim();
            if (header && trimmed.startsWith("import ")) {
                imports.add(trimmed);
                body.add("");
            } else {
                header &= trimmed.isEmpty();
                body.add(line.replace("{ ... }", "{ }"));
            }
        }
        boolean hasPackage = body.stream().anyMatch(line -> line.trim().startsWith("package "));
        List<String> prefix = new ArrayList<>();
        if (!hasPackage) {
            prefix.add("package " + PACKAGE + ";");
        }
        IMPORTS.forEach(i -> prefix.add("import " + i + ";"));
        prefix.addAll(imports);
        List<String> suffix = new ArrayList<>();
        switch (kind) {
            case "members" -> {
                prefix.add("class " + className + " {");
                suffix.add("}");
            }
            case "statements" -> {
                prefix.add("class " + className + " {");
                prefix.add("void snippet() throws Throwable {");
                suffix.add("}}");
            }
            case "unit" -> {
                if (hasPackage) {
                    throw new IllegalArgumentException(block.file() + ":" + block.firstLine()
                            + ": a unit with its own package cannot take the default imports; leave the"
                            + " package out");
                }
                className = null;
            }
            default ->
                throw new IllegalArgumentException(String.format(
                        Locale.ROOT,
                        "%s:%d: unknown snippet kind '%s' (members, statements, unit)",
                        block.file(),
                        block.firstLine(),
                        kind));
        }
        List<String> all = new ArrayList<>(prefix);
        all.addAll(body);
        all.addAll(suffix);
        return new JavaSnippet(
                block, className == null ? "Unit" + index : className, String.join("\n", all), prefix.size());
    }

    CodeBlock block() {
        return block;
    }

    /** The Markdown line of a line of the generated source (1-based), or the block's first line. */
    int markdownLine(long sourceLine) {
        long line = sourceLine - offset - 1;
        return line < 0 || line >= block.lines().size() ? block.firstLine() : block.firstLine() + (int) line;
    }

    /** The source to compile, named so that no two snippets collide. */
    JavaFileObject fileObject() {
        return new SimpleJavaFileObject(
                URI.create("string:///" + PACKAGE.replace('.', '/') + "/" + className + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
    }
}
