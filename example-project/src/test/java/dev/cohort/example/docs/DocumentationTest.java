package dev.cohort.example.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.example.docs.MarkdownDocument.CodeBlock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README, the example's README and the user guide in {@code docs/} say what the code does: every
 * {@code java} block compiles against the framework, the engine and the example (the convention for
 * fragments is {@link JavaSnippet}'s), every {@code xml} block is well-formed ({@link XmlSnippets}), every
 * relative link names a file that exists and, with {@code #anchor}, a heading of it ({@link
 * DocumentationLinks}), and the guide's index links every page. Failures name the Markdown file and line.
 */
class DocumentationTest {

    private static Path root;
    private static List<MarkdownDocument> documents;

    @BeforeAll
    static void readTheDocumentation() throws IOException {
        root = Path.of(System.getProperty("basedir", "."))
                .toAbsolutePath()
                .normalize()
                .getParent();
        List<Path> files =
                new ArrayList<>(List.of(root.resolve("README.md"), root.resolve("example-project/README.md")));
        try (Stream<Path> pages = Files.list(root.resolve("docs"))) {
            pages.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        documents = new ArrayList<>();
        for (Path file : files) {
            documents.add(MarkdownDocument.read(file));
        }
    }

    @Test
    void javaSnippetsCompile(@TempDir Path classes) throws IOException {
        List<JavaSnippet> snippets = new ArrayList<>();
        for (CodeBlock block : blocks("java")) {
            snippets.add(JavaSnippet.of(block, snippets.size()));
        }

        List<String> errors = new SnippetCompiler(SnippetCompiler.testClassPath(), classes).errors(snippets, root);

        assertThat(snippets).as("java blocks in the documentation").isNotEmpty();
        assertThat(errors)
                .as("compile errors in the documentation's java blocks")
                .isEmpty();
    }

    @Test
    void xmlSnippetsAreWellFormed() throws IOException {
        List<CodeBlock> xml = blocks("xml");

        assertThat(xml).as("xml blocks in the documentation").isNotEmpty();
        assertThat(XmlSnippets.malformed(xml, root)).as("malformed xml blocks").isEmpty();
    }

    @Test
    void linksNameFilesAndHeadingsThatExist() {
        assertThat(DocumentationLinks.broken(documents, root))
                .as("broken links")
                .isEmpty();
    }

    @Test
    void theGuidesIndexLinksEveryPage() {
        Path docs = root.resolve("docs");
        MarkdownDocument index = documents.stream()
                .filter(d -> d.file().equals(docs.resolve("README.md")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("docs/README.md, the guide's index, is missing"));
        List<Path> linked = index.links().stream()
                .map(l -> docs.resolve(l.target().replaceAll("#.*", "")).normalize())
                .toList();

        assertThat(documents.stream()
                        .map(MarkdownDocument::file)
                        .filter(f -> f.getParent().equals(docs) && !f.equals(index.file())))
                .as("pages of docs/ the index does not link")
                .isNotEmpty()
                .allMatch(linked::contains);
    }

    private static List<CodeBlock> blocks(String language) {
        return documents.stream()
                .flatMap(d -> d.blocks().stream())
                .filter(b -> b.language().equals(language))
                .toList();
    }
}
