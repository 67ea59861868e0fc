package dev.cohort.example.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.example.docs.MarkdownDocument.CodeBlock;
import dev.cohort.example.docs.MarkdownDocument.Link;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The README, the example's README and the user guide in {@code docs/} say what the code does: every
 * {@code java} block compiles against the framework, the engine and the example (the convention for
 * fragments is {@link JavaSnippet}'s), every {@code xml} block is well-formed (fragments with several
 * elements are wrapped in one root first), every relative link names a file that exists and, with
 * {@code #anchor}, a heading of it, and the guide's index links every page. Failures name the Markdown
 * file and line.
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
        assertThat(snippets).as("java blocks in the documentation").isNotEmpty();

        List<String> errors = new SnippetCompiler(SnippetCompiler.testClassPath(), classes).errors(snippets, root);

        assertThat(errors)
                .as("compile errors in the documentation's java blocks")
                .isEmpty();
    }

    @Test
    void aBrokenSnippetIsReportedWithItsFileAndLine(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("page.md");
        Files.writeString(
                page,
                "# A page\n\n<!-- snippet: statements -->\n```java\nint fine = 1;\nString wrong = fine;\n```\n",
                StandardCharsets.UTF_8);
        CodeBlock block = MarkdownDocument.read(page).blocks().get(0);

        List<String> errors = new SnippetCompiler(
                        SnippetCompiler.testClassPath(), Files.createDirectory(dir.resolve("out")))
                .errors(List.of(JavaSnippet.of(block, 0)), dir);

        assertThat(errors).singleElement().asString().startsWith("page.md:6: ").contains("incompatible types");
    }

    @Test
    void xmlSnippetsAreWellFormed() throws Exception {
        List<String> errors = new ArrayList<>();
        List<CodeBlock> xml = blocks("xml");
        for (CodeBlock block : xml) {
            String text = String.join("\n", block.lines());
            String document = text.trim().startsWith("<?xml") ? text : "<snippet>\n" + text + "\n</snippet>";
            try {
                var builder = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder();
                builder.setErrorHandler(new DefaultHandler());
                builder.parse(new InputSource(new StringReader(document)));
            } catch (SAXException e) {
                errors.add(block.where(root) + ": " + e.getMessage());
            }
        }

        assertThat(xml).as("xml blocks in the documentation").isNotEmpty();
        assertThat(errors).as("malformed xml blocks").isEmpty();
    }

    @Test
    void linksNameFilesAndHeadingsThatExist() {
        Map<Path, MarkdownDocument> byFile = new TreeMap<>();
        documents.forEach(d -> byFile.put(d.file(), d));
        List<String> broken = new ArrayList<>();
        for (MarkdownDocument document : documents) {
            for (Link link : document.links()) {
                String target = link.target();
                if (target.matches("^[a-z]+:.*")) {
                    continue; // https:, mailto: — outside this repository
                }
                int hash = target.indexOf('#');
                String path = hash < 0 ? target : target.substring(0, hash);
                Path file = path.isEmpty()
                        ? document.file()
                        : document.file().getParent().resolve(path).normalize();
                String where = root.relativize(document.file()) + ":" + link.line() + ": " + target;
                if (!Files.exists(file)) {
                    broken.add(where + ": no such file");
                } else if (hash >= 0) {
                    MarkdownDocument linked = byFile.get(file);
                    String anchor = target.substring(hash + 1);
                    if (linked == null) {
                        broken.add(where + ": an anchor into a file the test does not read");
                    } else if (!linked.anchors().contains(anchor)) {
                        broken.add(where + ": no heading with this anchor; there are " + linked.anchors());
                    }
                }
            }
        }

        assertThat(broken).as("broken links").isEmpty();
    }

    @Test
    void theGuidesIndexLinksEveryPage() {
        MarkdownDocument index = documents.stream()
                .filter(d -> d.file().equals(root.resolve("docs/README.md")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("docs/README.md, the guide's index, is missing"));
        List<Path> linked = index.links().stream()
                .map(l -> root.resolve("docs")
                        .resolve(l.target().replaceAll("#.*", ""))
                        .normalize())
                .toList();

        assertThat(documents.stream()
                        .map(MarkdownDocument::file)
                        .filter(f -> f.getParent().equals(root.resolve("docs")) && !f.equals(index.file())))
                .as("pages of docs/ the index does not link")
                .allMatch(linked::contains);
    }

    private static List<CodeBlock> blocks(String language) {
        return documents.stream()
                .flatMap(d -> d.blocks().stream())
                .filter(b -> b.language().equals(language))
                .toList();
    }
}
